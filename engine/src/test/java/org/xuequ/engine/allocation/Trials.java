package org.xuequ.engine.allocation;

import java.util.Random;
import java.util.function.Consumer;

/**
 * Runs a property over many random markets drawn from consecutive seeds; a failure names its seed so
 * that the market can be rebuilt with {@code new Random(seed)}.
 */
final class Trials {

    private Trials() {
    }

    static void forEachSeed(int tries, long firstSeed, Consumer<Random> property) {
        for (long seed = firstSeed; seed < firstSeed + tries; seed++) {
            try {
                property.accept(new Random(seed));
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("property failed for random seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }
}
