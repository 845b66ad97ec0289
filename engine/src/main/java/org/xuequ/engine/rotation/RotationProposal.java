package org.xuequ.engine.rotation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The optimiser's answer. CVs are the balance calculator's figures (0 with one school or a zero mean); without a
 * proposal (INFEASIBLE) nothing moves and the after figures equal the before figures.
 *
 * @param moves the moves, by teacher id as given
 * @param worstCvBefore the larger of the two CVs before
 * @param worstCvAfter the larger of the two CVs after the moves
 * @param wishesHonoured moves to a wished-for school
 * @param gap relative distance of the worst CV after from CP-SAT's proven lower bound on it,
 *     (worstCvAfter − bound) / worstCvAfter: 0 when proven optimal; NaN without a proposal, or when time ran
 *     out before CP-SAT improved on the quick greedy start (then there is no bound)
 * @param solveMillis wall time of the whole call
 * @param timedOut INFEASIBLE only because no proposal was found within the time limit (not proven)
 * @param allDestinations every allowed destination was in the model; false when a large round kept only each
 *     teacher's most useful ones (then OPTIMAL and the gap are relative to those)
 */
public record RotationProposal(
        RotationStatus status,
        List<RotationMove> moves,
        Map<RotationTarget, Double> cvBefore,
        Map<RotationTarget, Double> cvAfter,
        double worstCvBefore,
        double worstCvAfter,
        int wishesHonoured,
        double gap,
        long solveMillis,
        boolean timedOut,
        boolean allDestinations) {

    public RotationProposal {
        moves = List.copyOf(moves);
        cvBefore = Collections.unmodifiableMap(new EnumMap<>(cvBefore));
        cvAfter = Collections.unmodifiableMap(new EnumMap<>(cvAfter));
    }

    /** The contract's nine components (not timed out, every destination considered). */
    public RotationProposal(
            RotationStatus status,
            List<RotationMove> moves,
            Map<RotationTarget, Double> cvBefore,
            Map<RotationTarget, Double> cvAfter,
            double worstCvBefore,
            double worstCvAfter,
            int wishesHonoured,
            double gap,
            long solveMillis) {
        this(
                status,
                moves,
                cvBefore,
                cvAfter,
                worstCvBefore,
                worstCvAfter,
                wishesHonoured,
                gap,
                solveMillis,
                false,
                true);
    }

    /** Whether there is a proposal (OPTIMAL or FEASIBLE). */
    public boolean hasProposal() {
        return status != RotationStatus.INFEASIBLE;
    }
}
