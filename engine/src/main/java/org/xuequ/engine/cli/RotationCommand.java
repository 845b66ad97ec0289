package org.xuequ.engine.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.xuequ.engine.rotation.InvalidRotationException;
import org.xuequ.engine.rotation.MoveReason;
import org.xuequ.engine.rotation.RotationMove;
import org.xuequ.engine.rotation.RotationProblem;
import org.xuequ.engine.rotation.RotationProposal;
import org.xuequ.engine.rotation.RotationSolver;
import org.xuequ.engine.rotation.RotationStatus;
import org.xuequ.engine.rotation.RotationTarget;

/**
 * {@code rotation --schools S.csv --teachers T.csv [--rules R.csv] [--time-limit SECONDS] --out M.csv}: the
 * rotation-and-exchange (轮岗交流) proposal. Writes M.csv {@code teacher_id,from_school_id,to_school_id,wish_rank,
 * reasons} (one row per move, in T.csv's order; reasons {@link MoveReason} names separated by {@code ;}) and prints
 * status, CVs before and after, wishes honoured, gap and time. Exit 4: infeasible (proven), 5: no proposal in time.
 */
final class RotationCommand {

    static final Set<String> OPTIONS = Set.of("schools", "teachers", "rules", "time-limit", "out");
    static final String OUT_HEADER = "teacher_id,from_school_id,to_school_id,wish_rank,reasons";

    private static final double DEFAULT_TIME_LIMIT_SECONDS = 30;

    private RotationCommand() {}

    static int run(Arguments args, PrintStream out, PrintStream err) throws IOException, InputError {
        String schools = args.require("schools");
        String teachers = args.require("teachers");
        Path outPath = OutputFiles.target("out", args.require("out"));
        Duration limit = timeLimit(args);
        RotationFiles in = RotationFiles.read(schools, teachers, args.get("rules"));
        RotationProposal proposal;
        try {
            proposal = RotationSolver.solve(in.problem, limit);
        } catch (InvalidRotationException e) {
            throw in.locate(e);
        }
        if (proposal.status() == RotationStatus.INFEASIBLE) {
            if (proposal.timedOut()) {
                err.printf(Locale.ROOT, "no proposal found in %.1f s%n", proposal.solveMillis() / 1000.0);
                return ZoningCommand.NO_SOLUTION_IN_TIME;
            }
            err.println("infeasible: the minimum of moves, locks, maxOut/maxIn and needs cannot all hold");
            return ZoningCommand.INFEASIBLE;
        }
        try (OutputFiles files = new OutputFiles()) {
            files.write(outPath, stream -> write(proposal, stream));
            files.commit();
        }
        summary(in.problem, proposal, out);
        return Main.OK;
    }

    static void write(RotationProposal proposal, OutputStream stream) throws IOException {
        StringBuilder text = new StringBuilder(OUT_HEADER).append('\n');
        for (RotationMove m : proposal.moves()) {
            text.append(field(m.teacherId()))
                    .append(',')
                    .append(field(m.fromSchoolId()))
                    .append(',')
                    .append(field(m.toSchoolId()))
                    .append(',')
                    .append(m.wishRank())
                    .append(',')
                    .append(m.reasons().stream().map(Enum::name).collect(Collectors.joining(";")))
                    .append('\n');
        }
        stream.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String field(String value) {
        return new String(ResultCsv.field(value), StandardCharsets.UTF_8);
    }

    private static void summary(RotationProblem problem, RotationProposal p, PrintStream out) {
        out.printf(
                Locale.ROOT,
                "rotation of %d candidates in %d schools: %s%n",
                problem.candidates().size(),
                problem.schools().size(),
                p.status());
        out.printf(
                Locale.ROOT,
                "moves %d (min %d, max %d); wishes honoured %d%n",
                p.moves().size(),
                problem.rules().minMoves(),
                problem.rules().maxMoves(),
                p.wishesHonoured());
        for (RotationTarget target : RotationTarget.values()) {
            out.printf(
                    Locale.ROOT,
                    "  %-18s cv %s -> %s%n",
                    target.indicator().column(),
                    BalanceCommand.decimal(p.cvBefore().get(target)),
                    BalanceCommand.decimal(p.cvAfter().get(target)));
        }
        out.printf(
                Locale.ROOT,
                "worst cv %s -> %s%n",
                BalanceCommand.decimal(p.worstCvBefore()),
                BalanceCommand.decimal(p.worstCvAfter()));
        String scope = p.allDestinations() ? "" : "; each teacher restricted to its most useful need schools";
        if (Double.isNaN(p.gap())) {
            out.printf(Locale.ROOT, "gap unknown (time ran out before a bound%s)%n", scope);
        } else {
            out.printf(Locale.ROOT, "gap %.4f%% (worst cv above the proven lower bound%s)%n", p.gap() * 100, scope);
        }
        out.printf(Locale.ROOT, "time %.3f s%n", p.solveMillis() / 1000.0);
    }

    private static Duration timeLimit(Arguments args) throws InputError {
        if (!args.has("time-limit")) {
            return Duration.ofMillis((long) (DEFAULT_TIME_LIMIT_SECONDS * 1000));
        }
        String text = args.get("time-limit");
        double seconds;
        try {
            seconds = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            seconds = Double.NaN;
        }
        if (!(seconds > 0 && seconds <= 86_400)) {
            throw new InputError(
                    "--time-limit: must be a number of seconds above 0 (at most 86400), got '" + text + "'");
        }
        return Duration.ofMillis(Math.max(1, (long) (seconds * 1000)));
    }
}
