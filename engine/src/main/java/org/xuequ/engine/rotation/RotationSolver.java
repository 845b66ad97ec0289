package org.xuequ.engine.rotation;

import com.google.ortools.Loader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.xuequ.engine.balance.IndicatorResult;

/**
 * The rotation-and-exchange (轮岗交流) optimiser. A teacher stays, or moves to a school it wished for or that
 * declared a need for its subject (see {@link RotationSchool#needs()}); maxOut and maxIn per school, the total of
 * moves between the rules' minimum and maximum, locks and vetoes always hold. Objectives, lexicographic: (1) the
 * worse of the backbone and PE/art CVs (per 100 pupils, pupil-weighted, the balance calculator's figures), (2) the
 * wishes honoured, better ranks first, (3) fewer moves. Solved exactly with CP-SAT ({@code RotationModel}); a large
 * round keeps each teacher's most useful need schools only ({@link RotationSettings}).
 * <p>
 * Pure function apart from the wall clock: thread-safe, each call builds its own model. When CP-SAT stops on time
 * the proposal may differ between runs (parallel workers).
 */
public final class RotationSolver {

    private RotationSolver() {}

    /**
     * Proposes the moves of a round within about the time limit, with {@link RotationSettings#defaults()}.
     *
     * @throws InvalidRotationException naming the row (teacher or school) and field
     */
    public static RotationProposal solve(RotationProblem problem, Duration timeLimit) {
        return solve(problem, timeLimit, RotationSettings.defaults());
    }

    /** As {@link #solve(RotationProblem, Duration)} with given settings. */
    public static RotationProposal solve(RotationProblem problem, Duration timeLimit, RotationSettings settings) {
        long start = System.nanoTime();
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(settings, "settings");
        Round round = Round.of(problem);
        long deadline = start + timeLimit.toNanos();

        IndicatorResult[] before = new IndicatorResult[RotationTarget.values().length];
        double[] means = new double[before.length];
        for (RotationTarget target : RotationTarget.values()) {
            before[target.ordinal()] = DistrictCv.measure(round, target, round.counts[target.ordinal()]);
            double mean = before[target.ordinal()].value();
            means[target.ordinal()] = mean > 0 ? mean : 0;
        }
        Map<RotationTarget, Double> cvBefore = DistrictCv.cvs(round, round.counts);
        double worstBefore = DistrictCv.worst(cvBefore);

        Loader.loadNativeLibraries(); // once per JVM; later calls return at once
        Destinations destinations =
                Destinations.of(round, means, settings.destinationsPerTeacher(), settings.allDestinationsUpTo());
        RotationModel model = new RotationModel(round, destinations, means);
        RotationModel.Outcome outcome =
                model.solve(deadline, settings.workers(), GreedyStart.of(round, destinations, means));

        if (outcome.destination() == null) {
            return new RotationProposal(
                    RotationStatus.INFEASIBLE,
                    List.of(),
                    cvBefore,
                    cvBefore,
                    worstBefore,
                    worstBefore,
                    0,
                    Double.NaN,
                    millis(start),
                    outcome.status() == RotationModel.Status.UNKNOWN,
                    destinations.all);
        }
        int[] to = outcome.destination();
        int[][] after = new int[before.length][];
        for (int k = 0; k < after.length; k++) {
            after[k] = round.counts[k].clone();
        }
        int moveCount = 0;
        for (int t = 0; t < round.teacherCount; t++) {
            if (to[t] != round.home[t]) {
                moveCount++;
                for (int k = 0; k < after.length; k++) {
                    if (round.carries[t][k]) {
                        after[k][round.home[t]]--;
                        after[k][to[t]]++;
                    }
                }
            }
        }
        MoveReasons reasons = new MoveReasons(round, before, moveCount);
        List<RotationMove> moves = new ArrayList<>(moveCount);
        int honoured = 0;
        for (int t = 0; t < round.teacherCount; t++) {
            if (to[t] != round.home[t]) {
                RotationTeacher teacher = round.teacher(t);
                int rank = teacher.wishRank(round.schoolIds[to[t]]);
                honoured += rank > 0 ? 1 : 0;
                moves.add(new RotationMove(
                        teacher.teacherId(), teacher.schoolId(), round.schoolIds[to[t]], rank, reasons.of(t, to[t])));
            }
        }
        Map<RotationTarget, Double> cvAfter = DistrictCv.cvs(round, after);
        double worstAfter = DistrictCv.worst(cvAfter);
        double gap = 0;
        if (Double.isNaN(outcome.stage1Bound())) {
            gap = Double.NaN;
        } else if (!outcome.stage1Optimal() && worstAfter > 0) {
            double boundCv = Math.sqrt(Math.max(0, outcome.stage1Bound()) / model.scale);
            gap = Math.max(0, (worstAfter - boundCv) / worstAfter);
        }
        RotationStatus status =
                outcome.status() == RotationModel.Status.OPTIMAL ? RotationStatus.OPTIMAL : RotationStatus.FEASIBLE;
        return new RotationProposal(
                status,
                moves,
                cvBefore,
                cvAfter,
                worstBefore,
                worstAfter,
                honoured,
                gap,
                millis(start),
                false,
                destinations.all);
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
