package org.xuequ.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --region-stage} with its two location files adds the region stage (区级统筹) to allocate, verify
 * and explain; without them every output is what it always was. Lottery numbers are given, so the
 * outcome is checked by hand: A1 fills FULL; in lottery order A2 takes NEAREST's only seat (1.1 km),
 * A3 the next nearest, FAR (3.3 km); A4 has no location and stays unplaced.
 */
class TheRegionStageOptionsKeepTheAllocateContractTest {

    @TempDir
    Path dir;

    private String stdout;
    private String stderr;

    @BeforeEach
    void writeInputs() throws IOException {
        write("S.csv", "school_id,capacity\nFULL,1\nNEAREST,1\nFAR,2\n");
        write("A.csv", "applicant_id,choices,lottery\nA1,FULL,1\nA2,FULL,2\nA3,FULL,3\nA4,FULL,4\n");
        write("SL.csv", "school_id,lon,lat\nFULL,116.0,40.0\nNEAREST,116.0,40.01\nFAR,116.0,40.03\n");
        write("AL.csv", "applicant_id,lon,lat\nA1,116.0,40.0\nA2,116.0,40.0\nA3,116.0,40.0\n");
    }

    @Test
    void withoutTheNewOptionsTheOutputsAreExactlyAsBefore() throws IOException {
        assertThat(run(allocate())).isZero();
        assertThat(read("OUT.csv")).isEqualTo("applicant_id,school_id,lottery\nA1,FULL,1\nA2,,2\nA3,,3\nA4,,4\n");
        assertThat(read("CUT.csv"))
                .isEqualTo("stage,school_id,seats,admitted,cutoff_tier,cutoff_lottery,round\n"
                        + "DA,FULL,1,1,,1,\nDA,NEAREST,1,0,,,\nDA,FAR,2,0,,,\n");
        assertThat(stdout).isEqualTo("placed 1 of 4 applicants\n");
    }

    @Test
    void theRegionStagePlacesTheUnplacedAtTheNearestSeatWithItsOwnCutoffs() throws IOException {
        assertThat(run(withRegion(allocate()))).isZero();
        assertThat(read("OUT.csv"))
                .isEqualTo("applicant_id,school_id,lottery\nA1,FULL,1\nA2,NEAREST,2\nA3,FAR,3\nA4,,4\n");
        assertThat(read("CUT.csv"))
                .isEqualTo("stage,school_id,seats,admitted,cutoff_tier,cutoff_lottery,round\n"
                        + "DA,FULL,1,1,,1,\nDA,NEAREST,1,0,,,\nDA,FAR,2,0,,,\n"
                        + "区级统筹,FULL,0,0,,,\n区级统筹,NEAREST,1,1,,2,\n区级统筹,FAR,2,1,,3,\n");
        assertThat(stdout).isEqualTo("placed 3 of 4 applicants\nregion stage 区级统筹 placed 2; 1 unplaced\n");
    }

    @Test
    void verifyAndExplainReproduceTheRegionStage() throws IOException {
        assertThat(run(withRegion(allocate()))).isZero();
        List<String> verify = inputs("verify");
        verify.addAll(List.of("--result", p("OUT.csv")));
        assertThat(run(withRegion(verify))).isZero();
        assertThat(run(inputs("verify", "--result", p("OUT.csv"))))
                .as("without the region stage the published result is not reproduced")
                .isEqualTo(Main.DIFFERENT);

        assertThat(run(withRegion(inputs("explain", "--applicant", "A3")))).isZero();
        assertThat(stdout)
                .contains("Placed at FAR in stage 区级统筹: the nearest school with a seat left, 3.3 km away.")
                .contains("Not placed at FULL (choice 1) in stage DA");
        assertThat(run(withRegion(inputs("explain", "--applicant", "A4")))).isZero();
        assertThat(stdout).contains("Not placed in stage 区级统筹: no location was given.");
    }

    @Test
    void badRegionInputIsRefusedAndNothingIsWritten() throws IOException {
        List<String> partial = allocate();
        partial.addAll(List.of("--region-stage", "区级统筹", "--school-locations", p("SL.csv")));
        assertThat(run(partial)).isEqualTo(Main.BAD_INPUT);
        assertThat(stderr).contains("give all three or none");

        write("AL.csv", "applicant_id,lon,lat\nA1,116.0,40.0\nA9,116.0,40.0\n");
        assertThat(run(withRegion(allocate()))).isEqualTo(Main.BAD_INPUT);
        assertThat(stderr).isEqualTo("error: " + p("AL.csv") + ":3: unknown applicant A9\n");

        write("AL.csv", "applicant_id,lon,lat\nA1,116.0,1e2\n");
        assertThat(run(withRegion(allocate()))).isEqualTo(Main.BAD_INPUT);
        assertThat(stderr).contains(p("AL.csv") + ":2: lat must be a decimal number of degrees, got '1e2'");

        write("AL.csv", "applicant_id,lon,lat\nA1,116.0,40\nA1,116.0,40\n");
        assertThat(run(withRegion(allocate()))).isEqualTo(Main.BAD_INPUT);
        assertThat(stderr).contains(p("AL.csv") + ":3: location of applicant A1 is given twice");

        write("SL.csv", "school_id,lon,lat\nFULL,181,40\n");
        assertThat(run(withRegion(allocate()))).isEqualTo(Main.BAD_INPUT);
        assertThat(stderr).contains(p("SL.csv") + ":2: lon 181 is outside -180…180");

        writeInputs();
        List<String> clash = allocate();
        clash.addAll(List.of(
                "--region-stage", "DA", "--school-locations", p("SL.csv"), "--applicant-locations", p("AL.csv")));
        assertThat(run(clash)).isEqualTo(Main.BAD_INPUT);
        assertThat(stderr).contains("--region-stage: stage DA is already in the run");

        List<String> nearest = inputs("allocate", "--out", p("OUT.csv"));
        nearest.set(nearest.indexOf("DA"), "NEAREST");
        assertThat(run(nearest)).as("NEAREST is not a --mechanism").isEqualTo(Main.BAD_INPUT);
        assertThat(stderr).contains("--mechanism: unknown mechanism NEAREST (expected DA, BOSTON or SERIAL)");
        assertThat(dir.resolve("OUT.csv")).doesNotExist();
    }

    private List<String> allocate() {
        return inputs("allocate", "--out", p("OUT.csv"), "--cutoffs", p("CUT.csv"));
    }

    private List<String> inputs(String command, String... more) {
        List<String> args = new ArrayList<>(
                List.of(command, "--schools", p("S.csv"), "--applicants", p("A.csv"), "--mechanism", "DA"));
        args.addAll(List.of(more));
        return args;
    }

    private List<String> withRegion(List<String> args) {
        args.addAll(List.of(
                "--region-stage", "区级统筹", "--school-locations", p("SL.csv"), "--applicant-locations", p("AL.csv")));
        return args;
    }

    private int run(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                args.toArray(new String[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        stdout = out.toString(StandardCharsets.UTF_8);
        stderr = err.toString(StandardCharsets.UTF_8);
        return code;
    }

    private String read(String name) throws IOException {
        return Files.readString(dir.resolve(name));
    }

    private String p(String name) {
        return dir.resolve(name).toString();
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content);
    }
}
