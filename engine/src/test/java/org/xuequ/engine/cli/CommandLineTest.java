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
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CommandLineTest {

    private static final String SEED = "0123456789abcdef";

    @TempDir
    Path dir;

    private String stdout;
    private String stderr;

    @BeforeEach
    void writeValidInputs() throws IOException {
        write("S.csv", "school_id,capacity\nS1,1\nS2,2\n");
        write("A.csv", "applicant_id,choices\nA1,S1|S2\nA2,S1|S2\n\"A,3\",S1\n");
        write("P.csv", "school_id,applicant_id,tier\nS1,A2,1\n");
    }

    @Test
    void allocateWritesOneRowPerApplicantInInputOrderAndTheCutoffs() throws IOException {
        assertThat(run(
                        "allocate",
                        "--schools",
                        p("S.csv"),
                        "--applicants",
                        p("A.csv"),
                        "--priorities",
                        p("P.csv"),
                        "--mechanism",
                        "da",
                        "--seed",
                        SEED,
                        "--out",
                        p("OUT.csv"),
                        "--cutoffs",
                        p("CUT.csv")))
                .isZero();
        List<String> rows = Files.readAllLines(dir.resolve("OUT.csv"));
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).isEqualTo("applicant_id,school_id,lottery");
        assertThat(rows.get(1)).startsWith("A1,S2,");
        assertThat(rows.get(2)).startsWith("A2,S1,");
        assertThat(rows.get(3)).startsWith("\"A,3\",,"); // ids with commas are quoted, unplaced is empty
        assertThat(Files.readAllLines(dir.resolve("CUT.csv")))
                .first()
                .isEqualTo("stage,school_id,seats,admitted,cutoff_tier,cutoff_lottery,round");
        assertThat(Files.readString(dir.resolve("CUT.csv"))).contains("\nDA,S1,1,1,1,");
        assertThat(stdout).contains("placed 2 of 3 applicants");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.endsWith(".tmp"));
        }
    }

    @Test
    void aLotteryColumnReplaysAnOfficialDrawWithoutASeed() throws IOException {
        write("R.csv", "applicant_id,choices,lottery\nA1,S1|S2,2\nA2,S1|S2,18446744073709551615\n\"A,3\",S1,1\n");
        assertThat(run(
                        "allocate",
                        "--schools",
                        p("S.csv"),
                        "--applicants",
                        p("R.csv"),
                        "--mechanism",
                        "SERIAL",
                        "--out",
                        p("OUT.csv")))
                .isZero();
        assertThat(Files.readAllLines(dir.resolve("OUT.csv")))
                .containsExactly(
                        "applicant_id,school_id,lottery", "A1,S2,2", "A2,S2,18446744073709551615", "\"A,3\",S1,1");
    }

    @Test
    void verifyReportsAnExactReplayAndEveryDifference() throws IOException {
        String[] inputs = {
            "--schools",
            p("S.csv"),
            "--applicants",
            p("A.csv"),
            "--priorities",
            p("P.csv"),
            "--mechanism",
            "BOSTON",
            "--seed",
            SEED
        };
        assertThat(run(concat(new String[] {"allocate"}, inputs, "--out", p("OUT.csv"))))
                .isZero();
        String commitment = org.xuequ.engine.lottery.Lottery.ofHexSeed(SEED).commitment();
        assertThat(run(concat(new String[] {"verify"}, inputs, "--result", p("OUT.csv"), "--commitment", commitment)))
                .isZero();
        assertThat(stdout).contains("verified: 3 applicants");

        String published = Files.readString(dir.resolve("OUT.csv"));
        write("TAMPERED.csv", published.replace("A1,S2,", "A1,S1,").replace("\"A,3\"", "A4"));
        assertThat(run(concat(
                        new String[] {"verify"},
                        inputs,
                        "--result",
                        p("TAMPERED.csv"),
                        "--commitment",
                        "00" + commitment.substring(2))))
                .isEqualTo(Main.DIFFERENT);
        assertThat(stdout)
                .contains("the seed's SHA-256 is " + commitment)
                .contains("TAMPERED.csv:2: applicant A1 has school 'S1', the replay gives 'S2'")
                .contains("applicant A4 is not in the applicants file")
                .contains("applicant A,3 is missing")
                .contains("4 differences");
    }

    @Test
    void explainTellsAnApplicantWhyTheyMissedTheirFirstChoice() {
        assertThat(run(
                        "explain",
                        "--schools",
                        p("S.csv"),
                        "--applicants",
                        p("A.csv"),
                        "--priorities",
                        p("P.csv"),
                        "--mechanism",
                        "DA",
                        "--seed",
                        SEED,
                        "--applicant",
                        "A1"))
                .isZero();
        assertThat(stdout)
                .contains("Placed at S2 (choice 2)")
                .contains("Not placed at S1 (choice 1)")
                .contains("its last admitted applicant had tier 1");
    }

    @Test
    void stagesAndPreAssignedSeatsAreReadFromTheirFiles() throws IOException {
        write("ST.csv", "stage,mechanism,schools\n二批次,BOSTON,S1\n三批次,DA,*\n");
        write("PRE.csv", "applicant_id,school_id\nA1,S2\n");
        assertThat(run(
                        "allocate",
                        "--schools",
                        p("S.csv"),
                        "--applicants",
                        p("A.csv"),
                        "--priorities",
                        p("P.csv"),
                        "--preassigned",
                        p("PRE.csv"),
                        "--stages",
                        p("ST.csv"),
                        "--seed",
                        SEED,
                        "--out",
                        p("OUT.csv"),
                        "--cutoffs",
                        p("CUT.csv")))
                .isZero();
        assertThat(Files.readAllLines(dir.resolve("OUT.csv"))).anyMatch(r -> r.startsWith("A1,S2,"));
        assertThat(Files.readString(dir.resolve("CUT.csv")))
                .contains("二批次,S1,1,1,1,")
                .contains("三批次,S2,2,");
    }

    @Test
    void commitPrintsTheSha256OfTheSeed() {
        assertThat(run("commit", "--seed", "00")).isZero();
        assertThat(stdout.trim()).isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
        assertThat(run("commit", "--new")).isZero();
        assertThat(stdout).contains("seed ").contains("commitment ");
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of(
                        "S.csv",
                        "school_id,capacity\nS1,1\nS2,-2\n",
                        "S.csv:3: capacity must be a non-negative integer, got '-2'"),
                Arguments.of("S.csv", "school_id,capacity\nS1,1\nS1,2\n", "S.csv:3: school S1 is listed twice"),
                Arguments.of(
                        "S.csv",
                        "school_id,seats\nS1,1\n",
                        "S.csv:1: expected header school_id,capacity, found school_id,seats"),
                Arguments.of("S.csv", "school_id,capacity\nS1,1,9\n", "S.csv:2: expected 2 fields, found 3"),
                Arguments.of("S.csv", "", "S.csv:1: empty file"),
                Arguments.of("A.csv", "applicant_id,choices\nA1,S1|S9\n", "A.csv:2: unknown school S9 in choices"),
                Arguments.of(
                        "A.csv", "applicant_id,choices\nA1,S1\n\nA1,S2\n", "A.csv:4: applicant A1 is listed twice"),
                Arguments.of(
                        "A.csv",
                        "applicant_id,choices\nA1,S1|S2|S1\n",
                        "A.csv:2: school S1 is listed twice in choices"),
                Arguments.of("A.csv", "applicant_id,choices\nA1,S1||S2\n", "A.csv:2: empty school id in choices"),
                Arguments.of("A.csv", "applicant_id,choices\nA1\n", "A.csv:2: expected 2 fields, found 1"),
                Arguments.of("A.csv", "applicant_id,choices\n\"A1,S1\n", "A.csv:2: unterminated quoted field"),
                Arguments.of("A.csv", "applicant_id,choices\n,S1\n", "A.csv:2: applicant_id is empty"),
                Arguments.of(
                        "A.csv",
                        "applicant_id,choices,lottery\nA1,S1,-5\n",
                        "A.csv:2: lottery must be an integer from 0 to 18446744073709551615, got '-5'"),
                Arguments.of(
                        "A.csv",
                        "applicant_id,choices,lottery\nA1,S1,18446744073709551616\n",
                        "A.csv:2: lottery must be an integer"),
                Arguments.of("P.csv", "school_id,applicant_id,tier\nS1,A9,1\n", "P.csv:2: unknown applicant A9"),
                Arguments.of(
                        "P.csv",
                        "school_id,applicant_id,tier\nS1,A1,0\n",
                        "P.csv:2: tier must be an integer from 1 to 126, got '0'"),
                Arguments.of(
                        "P.csv",
                        "school_id,applicant_id,tier\nS1,A1,1\nS1,A1,2\n",
                        "P.csv:3: priority of applicant A1 at school S1 is given twice"));
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void badInputExitsWithCodeTwoNamingFileLineAndReasonAndWritesNothing(String file, String content, String message)
            throws IOException {
        write(file, content);
        write("OUT.csv", "previous result\n");
        assertThat(run(
                        "allocate",
                        "--schools",
                        p("S.csv"),
                        "--applicants",
                        p("A.csv"),
                        "--priorities",
                        p("P.csv"),
                        "--mechanism",
                        "DA",
                        "--seed",
                        SEED,
                        "--out",
                        p("OUT.csv"),
                        "--cutoffs",
                        p("CUT.csv")))
                .isEqualTo(Main.BAD_INPUT);
        assertThat(stderr).startsWith("error: " + dir.resolve(file)).contains(message.substring(file.length()));
        assertThat(Files.readString(dir.resolve("OUT.csv"))).isEqualTo("previous result\n");
        assertThat(dir.resolve("CUT.csv")).doesNotExist();
    }

    static Stream<Arguments> badUsage() {
        return Stream.of(
                Arguments.of(new String[] {"--mechanism", "TTC", "--seed", SEED}, "--mechanism: unknown mechanism TTC"),
                Arguments.of(new String[] {"--seed", SEED}, "--mechanism is required"),
                Arguments.of(
                        new String[] {"--mechanism", "DA", "--seed", "xyz"},
                        "--seed: the seed must have an even number"),
                Arguments.of(
                        new String[] {"--mechanism", "DA"}, "--seed is required: 3 applicants have no lottery number"),
                Arguments.of(
                        new String[] {"--mechanism", "DA", "--seed", SEED, "--bogus", "1"}, "unknown option --bogus"));
    }

    @ParameterizedTest
    @MethodSource("badUsage")
    void badUsageExitsWithCodeTwo(String[] options, String message) {
        String[] args = concat(
                new String[] {"allocate", "--schools", p("S.csv"), "--applicants", p("A.csv"), "--out", p("OUT.csv")},
                options);
        assertThat(run(args)).isEqualTo(Main.BAD_INPUT);
        assertThat(stderr).contains(message);
        assertThat(dir.resolve("OUT.csv")).doesNotExist();
    }

    @Test
    void missingFilesAndUnknownCommandsExitWithCodeTwo() {
        assertThat(run(
                        "allocate",
                        "--schools",
                        p("NONE.csv"),
                        "--applicants",
                        p("A.csv"),
                        "--mechanism",
                        "DA",
                        "--seed",
                        SEED,
                        "--out",
                        p("OUT.csv")))
                .isEqualTo(Main.BAD_INPUT);
        assertThat(stderr).contains("NONE.csv: no such file");
        assertThat(run(
                        "allocate",
                        "--schools",
                        p("S.csv"),
                        "--applicants",
                        p("A.csv"),
                        "--mechanism",
                        "DA",
                        "--seed",
                        SEED,
                        "--out",
                        p("missing/OUT.csv")))
                .isEqualTo(Main.BAD_INPUT);
        assertThat(stderr).contains("does not exist");
        assertThat(run("shuffle")).isEqualTo(Main.BAD_INPUT);
        assertThat(run()).isEqualTo(Main.BAD_INPUT);
    }

    @Test
    void spreadsheetExportsWithBomCrlfAndQuotesAreRead() throws IOException {
        Files.write(
                dir.resolve("S.csv"),
                ("\uFEFFschool_id,capacity\r\n\"S1\",1\r\nS2,2\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(run(
                        "allocate",
                        "--schools",
                        p("S.csv"),
                        "--applicants",
                        p("A.csv"),
                        "--mechanism",
                        "DA",
                        "--seed",
                        SEED,
                        "--out",
                        p("OUT.csv")))
                .isZero();
    }

    private int run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        stdout = out.toString(StandardCharsets.UTF_8);
        stderr = err.toString(StandardCharsets.UTF_8);
        return code;
    }

    private String p(String name) {
        return dir.resolve(name).toString();
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content);
    }

    private static String[] concat(String[] first, String[] second, String... more) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(second));
        all.addAll(List.of(more));
        return all.toArray(new String[0]);
    }

    private static String[] concat(String[] first, String... more) {
        return concat(first, new String[0], more);
    }
}
