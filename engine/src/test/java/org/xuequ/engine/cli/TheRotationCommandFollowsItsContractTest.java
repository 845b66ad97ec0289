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

/** {@code rotation} through {@link Main#run}: the moves file, the summary, exit codes 0/2/4, messages naming file and line. */
class TheRotationCommandFollowsItsContractTest {

    // backbone 4 / 0 / 2 in three schools of 500: two backbone maths teachers A → B make it 2-2-2 (CV 0)
    private static final String SCHOOLS = "school_id,pupils,backbone,pe_art,max_out,max_in,needs\n"
            + "A,500,4,3,3,3,\n"
            + "B,500,0,3,3,3,数学:2\n"
            + "C,500,2,3,3,3,数学:1;体育:1\n";
    private static final String TEACHERS = "teacher_id,school_id,subject,backbone,pe_art,wishes\n"
            + "a1,A,数学,true,false,\n"
            + "a2,A,数学,1,0,\n"
            + "a3,A,数学,false,false,C\n";

    @TempDir
    Path dir;

    private String stdout;
    private String stderr;

    @BeforeEach
    void writeValidInputs() throws IOException {
        write("S.csv", SCHOOLS);
        write("T.csv", TEACHERS);
        write("R.csv", "rule,teacher_id,school_id,value\nmax_moves,,,10\n");
    }

    @Test
    void writesOneRowPerMoveWithReasonsAndPrintsTheSummary() throws IOException {
        assertThat(run(rotation("--rules", p("R.csv")))).isZero();
        assertThat(Files.readAllLines(dir.resolve("M.csv")))
                .containsExactly(
                        "teacher_id,from_school_id,to_school_id,wish_rank,reasons",
                        "a1,A,B,0,MEETS_SUBJECT_NEED;RAISES_BACKBONE_WHERE_LOW;EASES_BACKBONE_WHERE_HIGH",
                        "a2,A,B,0,MEETS_SUBJECT_NEED;RAISES_BACKBONE_WHERE_LOW;EASES_BACKBONE_WHERE_HIGH",
                        "a3,A,C,1,HONOURS_WISH;MEETS_SUBJECT_NEED");
        assertThat(stdout)
                .contains("rotation of 3 candidates in 3 schools: OPTIMAL")
                .contains("moves 3 (min 0, max 10); wishes honoured 1")
                .contains("backbone_teachers  cv 0.816497 -> 0.000000")
                .contains("pe_art_teachers    cv 0.000000 -> 0.000000")
                .contains("worst cv 0.816497 -> 0.000000")
                .contains("gap 0.0000%")
                .containsPattern("time [0-9.]+ s");
        assertThat(stderr).isEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.endsWith(".tmp"));
        }
    }

    @Test
    void locksAndVetoesFromTheRulesFileHold() throws IOException {
        write("R.csv", "rule,teacher_id,school_id,value\nlock,a1,A,\nveto,a3,C,\nmax_moves,,,3\n");
        assertThat(run(rotation("--rules", p("R.csv"), "--time-limit", "5"))).isZero();
        // a1 stays, so a2 alone goes to B (3-1-2); a3 may not go to its wish
        assertThat(Files.readAllLines(dir.resolve("M.csv")))
                .containsExactly(
                        "teacher_id,from_school_id,to_school_id,wish_rank,reasons",
                        "a2,A,B,0,MEETS_SUBJECT_NEED;RAISES_BACKBONE_WHERE_LOW;EASES_BACKBONE_WHERE_HIGH");
    }

    @Test
    void anImpossibleMinimumExitsFourAndWritesNothing() throws IOException {
        write("R.csv", "rule,teacher_id,school_id,value\nmin_moves,,,4\n");
        assertThat(run(rotation("--rules", p("R.csv")))).isEqualTo(ZoningCommand.INFEASIBLE);
        assertThat(stderr).contains("infeasible");
        assertThat(dir.resolve("M.csv")).doesNotExist();
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of(
                        "S.csv",
                        SCHOOLS.replace("A,500,4,3,3,3,", "A,500,-4,3,3,3,"),
                        "S.csv:2: column backbone: must be a non-negative integer, got '-4'"),
                Arguments.of(
                        "S.csv",
                        SCHOOLS.replace("A,500,4,3,3,3,", "A,0,4,3,3,3,"),
                        "S.csv:2: column pupils: school A: pupils must be a positive number"),
                Arguments.of(
                        "S.csv",
                        SCHOOLS.replace("A,500,4,3,3,3,", "A,500,1,3,3,3,"),
                        "S.csv:2: column backbone: school A: backbone is 1 but 2 of its candidates count for it"),
                Arguments.of(
                        "S.csv", SCHOOLS + "A,500,4,3,3,3,\n", "S.csv:5: column school_id: school A is listed twice"),
                Arguments.of("S.csv", SCHOOLS.replace("数学:2", "数学2"), "S.csv:3: column needs: expected subject:count"),
                Arguments.of("S.csv", "school_id,pupils,backbone\nA,1,1\n", "S.csv:1: missing column pe_art"),
                Arguments.of(
                        "T.csv",
                        TEACHERS.replace("a1,A,", "a1,Z,"),
                        "T.csv:2: column school_id: teacher a1: school Z is not in the district"),
                Arguments.of(
                        "T.csv",
                        TEACHERS.replace("a3,A,数学,false,false,C", "a3,A,数学,false,false,C;Q"),
                        "T.csv:4: column wishes: teacher a3: wish 2 (Q) is not a school of the district"),
                Arguments.of(
                        "T.csv",
                        TEACHERS.replace("a1,A,数学,true", "a1,A,数学,yes"),
                        "T.csv:2: column backbone: expected true or false, got 'yes'"),
                Arguments.of(
                        "T.csv",
                        TEACHERS + "a1,B,数学,false,false,\n",
                        "T.csv:5: column teacher_id: teacher a1 is listed twice"),
                Arguments.of(
                        "R.csv",
                        "rule,teacher_id,school_id,value\nlock,a1,Z,\n",
                        "R.csv:2: teacher a1 is locked to Z, which is not a school of the district"),
                Arguments.of(
                        "R.csv",
                        "rule,teacher_id,school_id,value\nlock,a1,B,\nveto,a1,B,\n",
                        "R.csv:3: teacher a1 is both locked to and vetoed from B"),
                Arguments.of(
                        "R.csv",
                        "rule,teacher_id,school_id,value\nmax_moves,,,2\nmin_moves,,,3\n",
                        "R.csv:3: min_moves 3 is above max_moves 2"),
                Arguments.of(
                        "R.csv",
                        "rule,teacher_id,school_id,value\nswap,a1,B,\n",
                        "R.csv:2: column rule: unknown rule swap"));
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void badInputExitsTwoNamingFileLineAndColumnAndLeavesThePreviousOutput(String file, String content, String message)
            throws IOException {
        write("M.csv", "previous\n");
        write(file, content);
        assertThat(run(rotation("--rules", p("R.csv")))).isEqualTo(Main.BAD_INPUT);
        assertThat(stderr.lines().count()).isEqualTo(1);
        assertThat(stderr).startsWith("error: ").contains(message);
        assertThat(Files.readString(dir.resolve("M.csv"))).isEqualTo("previous\n");
    }

    @Test
    void badOptionsExitTwo() {
        assertThat(run(rotation("--time-limit", "0"))).isEqualTo(Main.BAD_INPUT);
        assertThat(stderr).contains("--time-limit: must be a number of seconds above 0");
        assertThat(run(rotation("--seed", "00"))).isEqualTo(Main.BAD_INPUT);
        assertThat(run("rotation", "--schools", p("S.csv"), "--out", p("M.csv")))
                .isEqualTo(Main.BAD_INPUT);
        assertThat(stderr).contains("--teachers is required");
        assertThat(dir.resolve("M.csv")).doesNotExist();
    }

    private String[] rotation(String... more) {
        List<String> args = new ArrayList<>(
                List.of("rotation", "--schools", p("S.csv"), "--teachers", p("T.csv"), "--out", p("M.csv")));
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
