package org.xuequ.engine.rotation;

/**
 * How the optimiser sizes its model.
 *
 * @param workers CP-SAT's parallel workers
 * @param destinationsPerTeacher on a large round, the need schools kept per backbone or PE/art teacher besides its
 *     own school and its wishes (a quarter as many for the other, balance-neutral teachers)
 * @param allDestinationsUpTo every allowed destination is kept while teacher-destination pairs are at most this
 */
public record RotationSettings(int workers, int destinationsPerTeacher, long allDestinationsUpTo) {

    public RotationSettings {
        if (workers < 1 || destinationsPerTeacher < 1 || allDestinationsUpTo < 0) {
            throw new IllegalArgumentException(
                    "workers and destinationsPerTeacher must be ≥ 1, allDestinationsUpTo ≥ 0");
        }
    }

    /** The processors (at most 8) as workers, 12 need schools per teacher above 60,000 pairs. */
    public static RotationSettings defaults() {
        return new RotationSettings(Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors())), 12, 60_000);
    }
}
