package org.xuequ.engine.allocation;

import java.util.Random;
import java.util.function.BiConsumer;
import org.xuequ.engine.Shrinking;

/**
 * Runs a property over many random markets drawn from consecutive seeds. A failure names its seed and
 * shows the smallest market found that still fails (the drawn one shrunk by {@link MarketSpec#smaller}),
 * so it can be read, rebuilt by hand and kept as a worked example.
 */
final class Trials {

    private Trials() {}

    /**
     * The property gets the market drawn by {@link MarketSpec#random} and that same {@code Random}
     * for anything else it draws (stages, shuffles); while shrinking, it gets the same draws again.
     */
    static void forEachMarket(
            int tries,
            long firstSeed,
            int maxSchools,
            int maxApplicants,
            boolean withGuarantees,
            BiConsumer<MarketSpec, Random> property) {
        for (long seed = firstSeed; seed < firstSeed + tries; seed++) {
            Random random = new Random(seed);
            MarketSpec spec = MarketSpec.random(random, maxSchools, maxApplicants, withGuarantees);
            try {
                property.accept(spec, random);
            } catch (AssertionError | RuntimeException e) {
                long s = seed;
                BiConsumer<MarketSpec, Random> replay = (candidate, ignored) -> {
                    Random same = new Random(s);
                    MarketSpec.random(same, maxSchools, maxApplicants, withGuarantees); // the draws after the market
                    property.accept(candidate, same);
                };
                MarketSpec minimal = Shrinking.minimal(
                        spec,
                        MarketSpec::smaller,
                        candidate -> Shrinking.throwsFailure(() -> replay.accept(candidate, null)));
                Throwable cause = e;
                try {
                    replay.accept(minimal, null);
                } catch (AssertionError | RuntimeException smallest) {
                    cause = smallest;
                }
                throw new AssertionError(
                        "property failed for random seed " + seed + "; smallest failing market:\n" + minimal.describe()
                                + "\n" + cause.getMessage(),
                        cause);
            }
        }
    }
}
