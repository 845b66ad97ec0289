package org.xuequ.engine.forecast;

/**
 * The worked example published with the R package enrollcast (Rory Lawless, MIT licence): vignette
 * "Projecting enrollment with enrollcast", https://rorylawless.r-universe.dev/enrollcast/doc/enrollcast.html
 * (the same example is in the README, https://github.com/localopen/enrollcast). Grades K, 1, 2 are
 * written 0, 1, 2 here.
 *
 * <pre>
 * year  K    1   2
 * 2021  100  90  80
 * 2022  110  95  88
 * 2023  120  99  91
 * </pre>
 */
final class EnrollcastExample {

    private EnrollcastExample() {}

    static Enrollment history() {
        return Enrollment.of(2021, 0, new double[][] {{100, 90, 80}, {110, 95, 88}, {120, 99, 91}});
    }

    /** The vignette's entry (kindergarten) counts for 2024, 2025, 2026. */
    static final double[] ENTRIES = {125, 130, 128};
}
