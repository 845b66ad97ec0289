package org.xuequ.engine.rotation;

import java.time.Duration;

/** The rotation-and-exchange (轮岗交流) optimiser. */
public final class RotationSolver {

    private RotationSolver() {}

    /**
     * Proposes the moves of a round within about the time limit.
     *
     * @throws InvalidRotationException naming the row (teacher or school) and field
     */
    public static RotationProposal solve(RotationProblem problem, Duration timeLimit) {
        throw new UnsupportedOperationException("being written");
    }
}
