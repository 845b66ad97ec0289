package org.xuequ.bench;

import java.time.Duration;
import java.util.Locale;
import org.xuequ.engine.rotation.RotationProblem;
import org.xuequ.engine.rotation.RotationProposal;
import org.xuequ.engine.rotation.RotationSettings;
import org.xuequ.engine.rotation.RotationSolver;
import org.xuequ.engine.rotation.RotationTarget;

/**
 * One timed rotation round with its figures (status, gap, CVs, wishes, moves):
 * {@code java -cp xuequ-bench.jar org.xuequ.bench.RotationBench CANDIDATES SCHOOLS SEED LIMIT_S [WORKERS]}. The
 * JMH benchmark ({@link RotationBenchmark}) times the same round repeatedly.
 */
public final class RotationBench {

    private RotationBench() {}

    public static void main(String[] args) {
        int candidates = Integer.parseInt(args[0]);
        int schools = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        Duration limit = Duration.ofMillis((long) (Double.parseDouble(args[3]) * 1000));
        RotationSettings defaults = RotationSettings.defaults();
        RotationSettings settings = args.length > 4
                ? new RotationSettings(
                        Integer.parseInt(args[4]), defaults.destinationsPerTeacher(), defaults.allDestinationsUpTo())
                : defaults;
        RotationProblem problem = SyntheticRotation.region(candidates, schools, seed);
        if (Boolean.getBoolean("xuequ.rotation.norules")) {
            problem = new RotationProblem(problem.schools(), problem.candidates(), null);
        }
        RotationSolver.solve(SyntheticRotation.region(20, 5, 1), Duration.ofSeconds(1)); // loads the native library
        System.out.println(describe(problem, RotationSolver.solve(problem, limit, settings), settings));
    }

    static String describe(RotationProblem problem, RotationProposal p, RotationSettings settings) {
        return String.format(
                Locale.ROOT,
                "%d candidates x %d schools, %d workers: %s%s in %.2f s, gap %.4f, worst CV %.4f -> %.4f"
                        + " (backbone %.4f -> %.4f, PE/art %.4f -> %.4f), %d moves (min %d), %d wishes honoured,"
                        + " all destinations %b",
                problem.candidates().size(),
                problem.schools().size(),
                settings.workers(),
                p.status(),
                p.timedOut() ? " (timed out)" : "",
                p.solveMillis() / 1000.0,
                p.gap(),
                p.worstCvBefore(),
                p.worstCvAfter(),
                p.cvBefore().get(RotationTarget.BACKBONE_TEACHERS),
                p.cvAfter().get(RotationTarget.BACKBONE_TEACHERS),
                p.cvBefore().get(RotationTarget.PE_ART_TEACHERS),
                p.cvAfter().get(RotationTarget.PE_ART_TEACHERS),
                p.moves().size(),
                problem.rules().minMoves(),
                p.wishesHonoured(),
                p.allDestinations());
    }
}
