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

/** {@code zoning} through {@link Main#run}: outputs, exit codes 0/2/4, messages naming file, line and column. */
class TheZoningCommandFollowsItsContractTest {

    // on the equator 0.001° (111 m) apart: N at 0, F at 10; X (8 children) at 1, Y (5) at 2
    private static final String BLOCKS = "block_id,lon,lat,children\nX,0.001,0,8\nY,0.002,0,5\n";
    private static final String SCHOOLS = "school_id,lon,lat,seats\nN,0,0,10\nF,0.010,0,100\n";
    private static final String CURRENT = "block_id,school_id\nX,F\nY,F\n";

    @TempDir
    Path dir;

    private String stdout;
    private String stderr;

    @BeforeEach
    void writeValidInputs() throws IOException {
        write("B.csv", BLOCKS);
        write("S.csv", SCHOOLS);
        write("C.csv", CURRENT);
    }

    @Test
    void writesOneSchoolPerBlockInInputOrderAndReportsObjectiveBoundAndTime() throws IOException {
        assertThat(run(zoning())).isZero();
        assertThat(Files.readAllLines(dir.resolve("O.csv"))).containsExactly("block_id,school_id", "X,N", "Y,F");
        assertThat(stdout)
                .contains("zoned 2 blocks (13 children) to 2 schools")
                .contains("objective 5337.4 child-metres")
                .contains("lower bound")
                .contains("optimal: proven")
                .containsPattern("time [0-9.]+ s");
        assertThat(stderr).isEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.endsWith(".tmp"));
        }
    }

    @Test
    void theCurrentZoningAndCapLimitWhoMoves() throws IOException {
        // both at F now; at most 8 of 13 children (0.65) may move: X (8) moves, Y (5) stays
        assertThat(run(zoning("--current", p("C.csv"), "--max-moved-share", "0.65", "--time-limit", "5")))
                .isZero();
        assertThat(Files.readAllLines(dir.resolve("O.csv"))).containsExactly("block_id,school_id", "X,N", "Y,F");
        assertThat(stdout).contains("moved 8 children (61.54%); cap 0.65");
        // --current alone: no cap, the moves are reported
        assertThat(run(zoning("--current", p("C.csv")))).isZero();
        assertThat(stdout).contains("moved 8 children");
    }

    @Test
    void infeasibleExitsFourNamingTheConstraintAndWritesNothing() throws IOException {
        write("S.csv", "school_id,lon,lat,seats\nN,0,0,10\n");
        assertThat(run(zoning())).isEqualTo(ZoningCommand.INFEASIBLE);
        assertThat(stderr).contains("TOTAL_SEATS_SHORT").contains("10 seats for 13 children");
        assertThat(dir.resolve("O.csv")).doesNotExist();

        write("S.csv", "school_id,lon,lat,seats\nN,0,0,7\nF,0.01,0,7\n");
        assertThat(run(zoning())).isEqualTo(ZoningCommand.INFEASIBLE);
        assertThat(stderr).contains("NO_PACKING");

        write("S.csv", SCHOOLS.replace("F,0.010,0,100", "F,0.010,0,9"));
        assertThat(run(zoning("--current", p("C.csv"), "--max-moved-share", "0.1")))
                .isEqualTo(4);
        assertThat(stderr).contains("MOVED_SHARE_CAP");
        assertThat(dir.resolve("O.csv")).doesNotExist();
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of(
                        "B.csv", "block_id,lon,lat,children\nX,east,0,8\n", "B.csv:2: lon must be a decimal number"),
                Arguments.of("B.csv", "block_id,lon,lat,children\nX,0,91,8\n", "B.csv:2: lat 91 is outside -90…90"),
                Arguments.of("B.csv", "block_id,lon,lat,children\nX,181,0,8\n", "B.csv:2: lon 181 is outside"),
                Arguments.of(
                        "B.csv",
                        "block_id,lon,lat,children\nX,0,0,-8\n",
                        "B.csv:2: children must be a non-negative integer, got '-8'"),
                Arguments.of(
                        "B.csv",
                        "block_id,lon,lat,children\nX,0,0,8\nX,0,0,1\n",
                        "B.csv:3: block_id X is given twice (first on line 2)"),
                Arguments.of(
                        "S.csv",
                        "school_id,lon,lat,seats\nN,0,0,-1\n",
                        "S.csv:2: seats must be a non-negative integer, got '-1'"),
                Arguments.of(
                        "S.csv", "school_id,lon,lat,seats\nN,0,0,9\nN,0,0,9\n", "S.csv:3: school_id N is given twice"),
                Arguments.of("S.csv", "school_id,lat,lon,seats\n", "S.csv:1: expected header school_id,lon,lat,seats"),
                Arguments.of("C.csv", "block_id,school_id\nX,N\nY,Q\n", "C.csv:3: school_id Q is not in"),
                Arguments.of("C.csv", "block_id,school_id\nX,N\nZ,N\n", "C.csv:3: block_id Z is not in"),
                Arguments.of("C.csv", "block_id,school_id\nX,N\n", "B.csv:3: block_id Y has no row in"),
                Arguments.of("C.csv", "block_id,school_id\nX,N\nX,F\n", "C.csv:3: block_id X is given twice"));
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void badInputExitsTwoNamingRowAndColumnAndLeavesThePreviousOutput(String file, String content, String message)
            throws IOException {
        write("O.csv", "previous\n");
        write(file, content);
        assertThat(run(zoning("--current", p("C.csv")))).isEqualTo(Main.BAD_INPUT);
        assertThat(stderr.lines().count()).isEqualTo(1);
        assertThat(stderr).startsWith("error: ").contains(message);
        assertThat(Files.readString(dir.resolve("O.csv"))).isEqualTo("previous\n");
    }

    @Test
    void badOptionsExitTwo() throws IOException {
        assertThat(run(zoning("--max-moved-share", "0.1"))).isEqualTo(Main.BAD_INPUT);
        assertThat(stderr).contains("--max-moved-share: needs --current");
        assertThat(run(zoning("--current", p("C.csv"), "--max-moved-share", "1.5")))
                .isEqualTo(Main.BAD_INPUT);
        assertThat(stderr).contains("--max-moved-share: must be a number from 0 to 1, got '1.5'");
        assertThat(run(zoning("--time-limit", "0"))).isEqualTo(Main.BAD_INPUT);
        assertThat(run(zoning("--seed", "00"))).isEqualTo(Main.BAD_INPUT);
        assertThat(run("zoning", "--blocks", p("B.csv"), "--out", p("O.csv"))).isEqualTo(Main.BAD_INPUT);
        assertThat(stderr).contains("--schools is required");
        assertThat(dir.resolve("O.csv")).doesNotExist();
    }

    private String[] zoning(String... more) {
        List<String> args = new ArrayList<>(
                List.of("zoning", "--blocks", p("B.csv"), "--schools", p("S.csv"), "--out", p("O.csv")));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
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
