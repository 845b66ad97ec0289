package org.xuequ.engine;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Greedy shrinking for the engine's seeded property tests: from a failing case, keep taking the first
 * smaller candidate that still fails until none does, so a report shows a case small enough to read
 * (a market of three applicants, a CSV file of one line) rather than the thirty-applicant one drawn.
 */
public final class Shrinking {

    /** Property runs one shrink may spend; candidates are cheap, this only bounds pathological cases. */
    private static final int BUDGET = 5_000;

    private Shrinking() {}

    /**
     * The smallest failing case reachable from {@code failing}; {@code smaller} lists a case's
     * candidates, biggest cuts first, each one strictly smaller so the search ends.
     */
    public static <T> T minimal(T failing, Function<T, List<T>> smaller, Predicate<T> fails) {
        T current = failing;
        int runs = 0;
        boolean shrunk = true;
        while (shrunk && runs < BUDGET) {
            shrunk = false;
            for (T candidate : smaller.apply(current)) {
                if (++runs > BUDGET) {
                    break;
                }
                if (fails.test(candidate)) {
                    current = candidate;
                    shrunk = true;
                    break;
                }
            }
        }
        return current;
    }

    /** Whether running the check throws what a failing property throws. */
    public static boolean throwsFailure(Runnable check) {
        try {
            check.run();
            return false;
        } catch (AssertionError | RuntimeException e) {
            return true;
        }
    }
}
