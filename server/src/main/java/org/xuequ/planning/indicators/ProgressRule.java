package org.xuequ.planning.indicators;

import org.jspecify.annotations.Nullable;

/**
 * The traffic-light rule, as data (each plan keeps its two slacks). For the latest actual value in year
 * {@code y}:
 * <ol>
 *   <li>the target is met in the indicator's direction → {@code ON_TRACK};
 *   <li>otherwise the <em>expected share</em> of the way from baseline to target is
 *       {@code e = clamp((y − baselineYear) / (targetYear − baselineYear), 0, 1)} (a straight path), and the
 *       <em>achieved share</em> {@code a = (actual − baseline) / (target − baseline)}; without a baseline
 *       (or with a baseline equal to the target) the path is the target itself: {@code e = 1},
 *       {@code a = 1 − |target − actual| / |target|};
 *   <li>{@code a ≥ e − onTrackSlack} → {@code ON_TRACK}; {@code a ≥ e − atRiskSlack} → {@code AT_RISK};
 *       else {@code OFF_TRACK}; from the target year on, a target not met is {@code OFF_TRACK} whatever the slack.
 * </ol>
 * Defaults 0.05 and 0.20: five percentage points of the way behind the path is still on track, twenty at risk.
 */
public record ProgressRule(double onTrackSlack, double atRiskSlack) {

    public static final ProgressRule DEFAULT = new ProgressRule(0.05, 0.20);

    public ProgressRule {
        if (onTrackSlack < 0 || atRiskSlack < onTrackSlack || atRiskSlack > 1) {
            throw new IllegalArgumentException("need 0 ≤ onTrackSlack ≤ atRiskSlack ≤ 1");
        }
    }

    /** The facts an assessment reads. */
    public record Facts(
            Direction direction,
            @Nullable Double baseline,
            @Nullable Integer baselineYear,
            double target,
            int targetYear) {}

    /** The light with its working: the shares compared and the formula in words. */
    public record Assessment(
            TrafficLight light,
            @Nullable Integer year,
            @Nullable Double actual,
            @Nullable Double expectedShare,
            @Nullable Double achievedShare,
            String formula) {}

    public Assessment assess(Facts facts, @Nullable Integer year, @Nullable Double actual) {
        if (year == null || actual == null) {
            return new Assessment(TrafficLight.NO_DATA, null, null, null, null, "no actual value yet");
        }
        if (facts.direction().meets(actual, facts.target())) {
            return new Assessment(
                    TrafficLight.ON_TRACK,
                    year,
                    actual,
                    null,
                    null,
                    "%s %s target %s: met"
                            .formatted(
                                    num(actual), facts.direction() == Direction.UP ? "≥" : "≤", num(facts.target())));
        }
        double expected;
        double achieved;
        String formula;
        boolean path = facts.baseline() != null
                && facts.baselineYear() != null
                && facts.baseline().doubleValue() != facts.target()
                && facts.targetYear() > facts.baselineYear();
        if (path) {
            double baseline = facts.baseline();
            expected = Math.min(
                    1,
                    Math.max(0, (double) (year - facts.baselineYear()) / (facts.targetYear() - facts.baselineYear())));
            achieved = (actual - baseline) / (facts.target() - baseline);
            formula = "achieved (%s − %s) / (%s − %s) = %s of the way; expected (%d − %d) / (%d − %d) = %s"
                    .formatted(
                            num(actual),
                            num(baseline),
                            num(facts.target()),
                            num(baseline),
                            num(achieved),
                            year,
                            facts.baselineYear(),
                            facts.targetYear(),
                            facts.baselineYear(),
                            num(expected));
        } else {
            expected = 1;
            achieved = facts.target() == 0 ? 0 : 1 - Math.abs(facts.target() - actual) / Math.abs(facts.target());
            formula = "no baseline: achieved 1 − |%s − %s| / |%s| = %s; expected 1"
                    .formatted(num(facts.target()), num(actual), num(facts.target()), num(achieved));
        }
        TrafficLight light;
        if (year >= facts.targetYear()) {
            light = TrafficLight.OFF_TRACK;
            formula += "; target year %d reached, target not met".formatted(facts.targetYear());
        } else if (achieved >= expected - onTrackSlack) {
            light = TrafficLight.ON_TRACK;
        } else if (achieved >= expected - atRiskSlack) {
            light = TrafficLight.AT_RISK;
        } else {
            light = TrafficLight.OFF_TRACK;
        }
        formula += "; on track when achieved ≥ expected − %s, at risk when ≥ expected − %s"
                .formatted(num(onTrackSlack), num(atRiskSlack));
        return new Assessment(light, year, actual, expected, achieved, formula);
    }

    private static String num(double value) {
        return org.xuequ.engine.forecast.Figures.format(Math.round(value * 10000) / 10000.0);
    }
}
