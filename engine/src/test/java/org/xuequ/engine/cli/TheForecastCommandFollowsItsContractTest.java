package org.xuequ.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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

/**
 * {@code forecast} through {@link Main#run}: the published enrollcast example (vignette "Projecting
 * enrollment with enrollcast", https://rorylawless.r-universe.dev/enrollcast/doc/enrollcast.html),
 * grades K, 1, 2 written 0, 1, 2.
 */
class TheForecastCommandFollowsItsContractTest {

    private static final String HISTORY =
            "year,grade,count\n2021,0,100\n2021,1,90\n2021,2,80\n2022,0,110\n2022,1,95\n2022,2,88\n"
                    + "2023,0,120\n2023,1,99\n2023,2,91\n";
    private static final String ENTRIES = "year,count\n2024,125\n2025,130\n2026,128\n";

    @TempDir
    Path dir;

    private String stdout;
    private String stderr;

    @BeforeEach
    void writeValidInputs() throws IOException {
        write("E.csv", HISTORY);
        write("N.csv", ENTRIES);
    }

    @Test
    void theMeanForecastWritesEveryGradeOfEveryYearUnrounded() throws IOException {
        assertThat(run(
                        "forecast",
                        "--enrollment",
                        p("E.csv"),
                        "--entries",
                        p("N.csv"),
                        "--out",
                        p("O.csv"),
                        "--ratios",
                        p("R.csv")))
                .isZero();
        List<String> rows = Files.readAllLines(dir.resolve("O.csv"));
        assertThat(rows.get(0)).isEqualTo("year,grade,count");
        assertThat(rows).hasSize(10);
        assertThat(rows.subList(1, 4)).containsExactly("2024,0,125", "2024,1,111", "2024,2,95.8157894736842");
        assertThat(rows.get(5)).isEqualTo("2025,1,115.625");
        // the vignette prints 107.42982 and 111.90607; every digit is kept here
        assertThat(rows.get(6)).isEqualTo("2025,2,107.4298245614035");
        assertThat(Double.parseDouble(rows.get(6).substring(7))).isCloseTo(107.42982, within(5e-6));
        assertThat(rows.get(9)).isEqualTo("2026,2,111.90606725146199");
        assertThat(Double.parseDouble(rows.get(9).substring(7))).isCloseTo(111.90607, within(5e-6));
        assertThat(Files.readAllLines(dir.resolve("R.csv")))
                .containsExactly("from_grade,to_grade,ratio", "0,1,0.925", "1,2,0.9678362573099415");
        assertThat(stdout)
                .contains("forecast 2024-2026, grades 0-2 (9 rows): method mean over 2 transitions of 2021-2023")
                .contains("ratios: 0->1 0.925 1->2 0.9678362573099415");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.endsWith(".tmp"));
        }
    }

    @Test
    void methodAndWindowChooseTheRatios() throws IOException {
        assertThat(run(forecast("--method", "LAST", "--ratios", p("R.csv")))).isZero();
        assertThat(Files.readAllLines(dir.resolve("R.csv")))
                .containsExactly("from_grade,to_grade,ratio", "0,1,0.9", "1,2,0.9578947368421052");
        assertThat(run(forecast("--method", "weighted", "--window", "5", "--ratios", p("R.csv"))))
                .isZero();
        assertThat(Files.readAllLines(dir.resolve("R.csv")).get(1)).startsWith("0,1,0.91666666666666");
        assertThat(run(forecast("--method", "mean", "--window", "1", "--ratios", p("R.csv"))))
                .isZero();
        assertThat(Files.readAllLines(dir.resolve("R.csv")).get(1)).isEqualTo("0,1,0.9");
        assertThat(stdout).contains("over 1 transition of 2022-2023");
        assertThat(run(forecast("--method", "geometric"))).isZero();
        assertThat(run(forecast("--method", "median"))).isZero();
    }

    @Test
    void rowsMayComeInAnyOrderFromASpreadsheet() throws IOException {
        Files.write(
                dir.resolve("E.csv"),
                "\uFEFFyear,grade,count\r\n2023,1,99\r\n2022,0,110\r\n2021,0,100\r\n2023,0,120\r\n2022,1,95.5\r\n2021,1,\"90\"\r\n"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(run(forecast())).isZero();
        assertThat(Files.readAllLines(dir.resolve("O.csv")).get(2))
                .isEqualTo("2024,1,111.3"); // 120 × (95.5/100 + 99/110) / 2
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of(
                        "E.csv",
                        "year,grade,count\n2021,0,abc\n",
                        "E.csv:2: count must be a non-negative decimal number, got 'abc'"),
                Arguments.of(
                        "E.csv",
                        "year,grade,count\n2021,0,10\n2021,1,-5\n",
                        "E.csv:3: count must be a non-negative decimal number, got '-5'"),
                Arguments.of(
                        "E.csv",
                        "year,grade,count\n20x1,0,10\n",
                        "E.csv:2: year must be a non-negative integer, got '20x1'"),
                Arguments.of(
                        "E.csv",
                        "year,grade,count\n2021,one,10\n",
                        "E.csv:2: grade must be a non-negative integer, got 'one'"),
                Arguments.of(
                        "E.csv",
                        "year,grade,count\n2021,0,10\n2021,0,11\n",
                        "E.csv:3: year 2021, grade 0 is given twice"),
                Arguments.of(
                        "E.csv",
                        "year,grade,count\n2021,0,10\n2021,1,9\n2023,0,10\n2023,1,9\n",
                        "E.csv:4: year 2023 follows 2021: years must be consecutive (no rows for 2022)"),
                Arguments.of(
                        "E.csv",
                        "year,grade,count\n2021,0,10\n2021,2,9\n2022,0,10\n2022,2,9\n",
                        "E.csv:3: grade 2 follows 0: grades must be consecutive (no rows for 1)"),
                Arguments.of(
                        "E.csv",
                        "year,grade,count\n2022,0,10\n2022,1,9\n2023,1,9\n2023,0,10\n2021,0,10\n",
                        "E.csv:6: year 2021 has no row for grade 1 (every observed year needs grades 0–1)"),
                Arguments.of(
                        "E.csv",
                        "year,grade,count\n2021,0,0\n2021,1,9\n2022,0,10\n2022,1,9\n",
                        "E.csv:2: count is 0 in year 2021, grade 0: it is the denominator of the ratio 0→1 for 2021→2022"),
                Arguments.of(
                        "E.csv", "year,grade,count\n2023,0,10\n2023,1,9\n", "E.csv:2: only one observed year (2023)"),
                Arguments.of(
                        "E.csv", "year,grade\n2021,0\n", "E.csv:1: expected header year,grade,count, found year,grade"),
                Arguments.of("E.csv", "year,grade,count\n", "E.csv:1: no observed enrollment"),
                Arguments.of("E.csv", "year,grade,count\n2021,0\n", "E.csv:2: expected 3 fields, found 2"),
                Arguments.of(
                        "N.csv",
                        "year,count\n2025,125\n",
                        "N.csv:2: year 2025: entries must start in 2024, the year after the last observed year 2023"),
                Arguments.of(
                        "N.csv",
                        "year,count\n2024,125\n2026,1\n",
                        "N.csv:3: year 2026 follows 2024: forecast years must be consecutive, in order"),
                Arguments.of("N.csv", "year,count\n2024,125\n2024,1\n", "N.csv:3: year 2024 is listed twice"),
                Arguments.of(
                        "N.csv",
                        "year,count\n2024,-1\n",
                        "N.csv:2: count must be a non-negative decimal number, got '-1'"),
                Arguments.of("N.csv", "year,count\n", "N.csv:1: no forecast years"),
                Arguments.of("N.csv", "year,entries\n", "N.csv:1: expected header year,count"));
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void badInputExitsWithCodeTwoNamingRowAndColumnAndWritesNothing(String file, String content, String message)
            throws IOException {
        write(file, content);
        write("O.csv", "previous result\n");
        assertThat(run(forecast("--ratios", p("R.csv")))).isEqualTo(Main.BAD_INPUT);
        assertThat(stderr).startsWith("error: " + dir.resolve(message.substring(0, 5)) + message.substring(5));
        assertThat(Files.readString(dir.resolve("O.csv"))).isEqualTo("previous result\n");
        assertThat(dir.resolve("R.csv")).doesNotExist();
        assertThat(stdout).isEmpty();
    }

    @Test
    void aZeroRatioIsRefusedByTheGeometricMethodOnly() throws IOException {
        write("E.csv", "year,grade,count\n2021,0,10\n2021,1,9\n2022,0,10\n2022,1,0\n2023,0,10\n2023,1,5\n");
        assertThat(run(forecast("--method", "geometric"))).isEqualTo(Main.BAD_INPUT);
        assertThat(stderr).contains("E.csv:5: count is 0 in year 2022, grade 1, so the ratio 0→1 for 2021→2022 is 0");
        assertThat(dir.resolve("O.csv")).doesNotExist();
        assertThat(run(forecast("--method", "mean"))).isZero();
    }

    static Stream<Arguments> badUsage() {
        return Stream.of(
                Arguments.of(
                        new String[] {"--method", "average"},
                        "--method: unknown method average (mean, geometric, median, last, weighted)"),
                Arguments.of(new String[] {"--window", "0"}, "--window: must be an integer ≥ 1 (transitions), got '0'"),
                Arguments.of(
                        new String[] {"--window", "two"}, "--window: must be an integer ≥ 1 (transitions), got 'two'"),
                Arguments.of(new String[] {"--backtest", "3"}, "unknown option --backtest"),
                Arguments.of(
                        new String[] {"--ratios", "/nonexistent-dir/R.csv"},
                        "--ratios: directory /nonexistent-dir does not exist"));
    }

    @ParameterizedTest
    @MethodSource("badUsage")
    void badUsageExitsWithCodeTwoAndWritesNothing(String[] options, String message) {
        assertThat(run(forecast(options))).isEqualTo(Main.BAD_INPUT);
        assertThat(stderr.trim()).isEqualTo("error: " + message);
        assertThat(dir.resolve("O.csv")).doesNotExist();
    }

    @Test
    void missingOptionsAndFilesAreBadInput() {
        assertThat(run("forecast", "--enrollment", p("E.csv"), "--out", p("O.csv")))
                .isEqualTo(Main.BAD_INPUT);
        assertThat(stderr.trim()).isEqualTo("error: --entries is required");
        assertThat(run("forecast", "--enrollment", p("NONE.csv"), "--entries", p("N.csv"), "--out", p("O.csv")))
                .isEqualTo(Main.BAD_INPUT);
        assertThat(stderr).contains("NONE.csv: no such file");
    }

    @Test
    void aWriteFailureExitsWithCodeThreeAndLeavesTheOldOutput() throws IOException {
        write("O.csv", "previous result\n");
        write("R.csv", "previous ratios\n");
        // the ratios' temporary file name is taken by a non-empty directory, so writing it fails
        Path blocker = dir.resolve(".R.csv." + ProcessHandle.current().pid() + ".1.tmp");
        Files.createDirectories(blocker.resolve("inside"));
        assertThat(run(forecast("--ratios", p("R.csv")))).isEqualTo(Main.IO_FAILURE);
        assertThat(Files.readString(dir.resolve("O.csv"))).isEqualTo("previous result\n");
        assertThat(Files.readString(dir.resolve("R.csv"))).isEqualTo("previous ratios\n");
        assertThat(stdout).isEmpty();
    }

    @Test
    void theUsageListsTheCommand() {
        assertThat(run("help")).isZero();
        assertThat(stdout).contains("forecast --enrollment E.csv --entries N.csv --out O.csv");
    }

    private String[] forecast(String... more) {
        List<String> all = new ArrayList<>(
                List.of("forecast", "--enrollment", p("E.csv"), "--entries", p("N.csv"), "--out", p("O.csv")));
        all.addAll(List.of(more));
        return all.toArray(new String[0]);
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
