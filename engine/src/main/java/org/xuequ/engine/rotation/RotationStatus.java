package org.xuequ.engine.rotation;

/** How far the proposal is proven. */
public enum RotationStatus {
    /** Proven best on every objective (over the destinations considered, see {@link RotationProposal}). */
    OPTIMAL,
    /** A proposal keeping every rule, not proven best within the time limit. */
    FEASIBLE,
    /**
     * No proposal: the rules contradict each other (proven), or, with {@link RotationProposal#timedOut()}, none was
     * found within the time limit.
     */
    INFEASIBLE
}
