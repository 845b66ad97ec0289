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

/** The {@code balance} command's contract: files, columns, exit codes, messages. */
class BalanceCommandLineTest {

    private static final String HEADER = "school_id,primary_pupils,junior_pupils,qualified_teachers,backbone_teachers,"
            + "pe_art_teachers,teaching_area_m2,sports_area_m2,equipment_yuan,multimedia_rooms";

    /*
     * The hand-worked region: per 100 pupils qualified 5 everywhere, backbone 2.0 / 1.0 / 0.6 (CV √0.28),
     * PE-art 1.0, multimedia 2.5 / 2.333 / 2.4 (X̄ 2.4, CV 0.024056); per pupil 5 m², 8 m², equipment
     * 2500 / 2000 / 1500 yuan (X̄ 1850, CV 0.211088). C's backbone 0.6 is 60 % of the minimum: C fails.
     */
    private static final String REGION = HEADER + "\n"
            + "A,200,0,10,4,2,1000,1600,500000,5\n"
            + "B,300,0,15,3,3,1500,2400,600000,7\n"
            + "C,500,0,25,3,5,2500,4000,750000,12\n";

    @TempDir
    Path dir;

    private String stdout;
    private String stderr;

    @BeforeEach
    void writeRegion() throws IOException {
        write("S.csv", REGION);
    }

    @Test
    void theQualityStandardWritesOneRowPerIndicatorAndOnePerSchoolAndIndicator() throws IOException {
        assertThat(run(
                        "balance",
                        "--schools",
                        p("S.csv"),
                        "--level",
                        "PRIMARY",
                        "--out",
                        p("O.csv"),
                        "--schools-out",
                        p("P.csv")))
                .isZero();
        assertThat(Files.readAllLines(dir.resolve("O.csv")))
                .containsExactly(
                        "indicator,value,cv,threshold,passes",
                        "qualified_teachers,5.000000,0.000000,0.5,true",
                        "backbone_teachers,1.000000,0.529150,0.5,false",
                        "pe_art_teachers,1.000000,0.000000,0.5,true",
                        "multimedia_rooms,2.400000,0.024056,0.5,true",
                        "teaching_area_m2,5.000000,0.000000,0.5,true",
                        "sports_area_m2,8.000000,0.000000,0.5,true",
                        "equipment_yuan,1850.000000,0.211088,0.5,true");
        List<String> schools = Files.readAllLines(dir.resolve("P.csv"));
        assertThat(schools).hasSize(1 + 3 * 7);
        assertThat(schools.get(0)).isEqualTo("school_id,indicator,value,minimum,meets");
        assertThat(schools)
                .contains(
                        "A,qualified_teachers,5.000000,4.2,true",
                        "A,equipment_yuan,2500.000000,2000,true",
                        "B,multimedia_rooms,2.333333,2.3,true",
                        "C,backbone_teachers,0.600000,1,false",
                        "C,sports_area_m2,8.000000,7.5,true");
        assertThat(stdout)
                .contains("balance of 3 primary schools (1000 pupils), standard 2017")
                .contains("backbone_teachers")
                .contains("FAIL (1 of 7 indicators above)")
                .contains("2 pass, 1 fail");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.endsWith(".tmp"));
        }
    }

    @Test
    void theBasicStandardReadsItsColumnsByNameAndAddsTheCompositeRow() throws IOException {
        // columns in another order, an extra one, senior_pupils; N is a nine-year school split 600 : 330
        write(
                "S2.csv",
                "name,books,school_id,junior_pupils,primary_pupils,senior_pupils,teachers,qualified_teachers,"
                        + "senior_title_teachers,computers,teaching_area_m2,sports_area_m2,equipment_yuan\n"
                        + "九年,9300,N,300,600,0,93,62,31,93,4650,7440,1860000\n"
                        + "小学,4000,\"P,东\",0,400,0,32,20,12,48,2000,3200,800000\n"
                        + "高中,9999,H,0,0,800,80,70,40,90,9000,9000,9000000\n");
        assertThat(run(
                        "balance",
                        "--schools",
                        p("S2.csv"),
                        "--level",
                        "primary",
                        "--standard",
                        "2012",
                        "--out",
                        p("O.csv"),
                        "--schools-out",
                        p("P.csv")))
                .isZero();
        List<String> rows = Files.readAllLines(dir.resolve("O.csv"));
        assertThat(rows).hasSize(1 + 8 + 1);
        assertThat(rows.get(0)).isEqualTo("indicator,value,cv,threshold,passes");
        assertThat(rows.get(1)).startsWith("teaching_area_m2,5.000000,").endsWith(",,");
        assertThat(rows.get(5)).isEqualTo("books,10.000000,0.000000,,"); // 6000 + 4000 books, 1000 pupils
        assertThat(rows.get(9)).startsWith("composite,,").endsWith(",0.65,true");
        List<String> schools = Files.readAllLines(dir.resolve("P.csv"));
        assertThat(schools).hasSize(1 + 2 * 8).contains("N,books,10.000000,,", "\"P,东\",books,10.000000,,");
        assertThat(stdout).contains("composite cv").contains("pass");
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of(
                        REGION.replace("B,300,0,15,3,", "B,300,0,15,-3,"),
                        "S.csv:3: column backbone_teachers: must not be negative, got '-3'"),
                Arguments.of(
                        REGION.replace("C,500,0,25", "C,500,0,lots"),
                        "S.csv:4: column qualified_teachers: must be a non-negative number, got 'lots'"),
                Arguments.of(
                        REGION.replace("A,200,0", "A,-200,0"),
                        "S.csv:2: column primary_pupils: pupils must be a non-negative integer, got '-200'"),
                Arguments.of(
                        REGION.replace("C,500", "A,500"),
                        "S.csv:4: column school_id: school A is listed twice (first on line 2)"),
                Arguments.of(REGION.replace(",multimedia_rooms", ",rooms"), "S.csv:1: missing column multimedia_rooms"),
                Arguments.of(
                        REGION.replace("B,300,0,15,3,3,1500", "B,300,0,15,3,,1500"),
                        "S.csv:3: column pe_art_teachers is empty"),
                Arguments.of(REGION.replace("C,500,0,25,3,5", "C,500,0,25,3"), "S.csv:4: expected 10 fields, found 9"),
                Arguments.of(
                        REGION.replace("A,200,0", "A,0,20")
                                .replace("B,300,0", "B,0,30")
                                .replace("C,500,0", "C,0,50"),
                        "S.csv: column primary_pupils: no school has pupils at level PRIMARY"),
                Arguments.of("", "S.csv:1: empty file"));
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void badInputExitsWithCodeTwoNamingRowAndColumnAndWritesNothing(String content, String message) throws IOException {
        write("S.csv", content);
        write("O.csv", "previous result\n");
        assertThat(run(
                        "balance",
                        "--schools",
                        p("S.csv"),
                        "--level",
                        "PRIMARY",
                        "--out",
                        p("O.csv"),
                        "--schools-out",
                        p("P.csv")))
                .isEqualTo(Main.BAD_INPUT);
        assertThat(stderr).startsWith("error: " + dir.resolve("S.csv")).contains(message.substring("S.csv".length()));
        assertThat(Files.readString(dir.resolve("O.csv"))).isEqualTo("previous result\n");
        assertThat(dir.resolve("P.csv")).doesNotExist();
        assertThat(stdout).isEmpty();
    }

    static Stream<Arguments> badUsage() {
        return Stream.of(
                Arguments.of(
                        new String[] {"--level", "SENIOR"},
                        "--level: unknown level SENIOR (expected PRIMARY or JUNIOR)"),
                Arguments.of(
                        new String[] {"--level", "PRIMARY", "--standard", "2020"}, "--standard: unknown standard 2020"),
                Arguments.of(new String[] {}, "--level is required"),
                Arguments.of(new String[] {"--level", "JUNIOR", "--bogus", "1"}, "unknown option --bogus"));
    }

    @ParameterizedTest
    @MethodSource("badUsage")
    void badUsageExitsWithCodeTwo(String[] options, String message) {
        List<String> args = new ArrayList<>(List.of("balance", "--schools", p("S.csv"), "--out", p("O.csv")));
        args.addAll(List.of(options));
        assertThat(run(args.toArray(new String[0]))).isEqualTo(Main.BAD_INPUT);
        assertThat(stderr).contains(message);
        assertThat(dir.resolve("O.csv")).doesNotExist();
    }

    @Test
    void aMissingFileOrOutputDirectoryExitsWithCodeTwo() {
        assertThat(run("balance", "--schools", p("NONE.csv"), "--level", "PRIMARY", "--out", p("O.csv")))
                .isEqualTo(Main.BAD_INPUT);
        assertThat(stderr).contains("NONE.csv: no such file");
        assertThat(run("balance", "--schools", p("S.csv"), "--level", "PRIMARY", "--out", p("missing/O.csv")))
                .isEqualTo(Main.BAD_INPUT);
        assertThat(stderr).contains("--out: directory").contains("does not exist");
    }

    @Test
    void aJuniorRegionUsesTheJuniorPupilsAndLimits() throws IOException {
        write(
                "J.csv",
                REGION.replace("A,200,0", "A,0,200")
                        .replace("B,300,0", "B,0,300")
                        .replace("C,500,0", "C,0,500"));
        assertThat(run("balance", "--schools", p("J.csv"), "--level", "junior", "--out", p("O.csv")))
                .isZero();
        assertThat(Files.readAllLines(dir.resolve("O.csv"))).contains("backbone_teachers,1.000000,0.529150,0.45,false");
    }

    @Test
    void aFailureWhileWritingExitsWithCodeThreeAndLeavesThePreviousOutput() throws IOException {
        write("O.csv", "previous result\n");
        // the temporary file's name is taken by a non-empty directory, so writing it fails
        Path blocker = dir.resolve(".O.csv." + ProcessHandle.current().pid() + ".0.tmp");
        Files.createDirectories(blocker.resolve("inside"));
        assertThat(run("balance", "--schools", p("S.csv"), "--level", "PRIMARY", "--out", p("O.csv")))
                .isEqualTo(Main.IO_FAILURE);
        assertThat(stderr).startsWith("error: ");
        assertThat(Files.readString(dir.resolve("O.csv"))).isEqualTo("previous result\n");
    }

    @Test
    void theUsageListsTheBalanceCommand() {
        assertThat(run("help")).isZero();
        assertThat(stdout).contains("balance  --schools S.csv --level PRIMARY|JUNIOR [--standard 2017|2012]");
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
}
