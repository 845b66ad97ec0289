package org.xuequ.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xuequ.planning.indicators.Direction;
import org.xuequ.planning.indicators.ProgressRule;
import org.xuequ.planning.indicators.TrafficLight;

/** The traffic-light rule: a straight path from baseline to target, with the plan's two slacks. */
class TrafficLightsFollowThePlanRuleTest {

    private static final ProgressRule RULE = ProgressRule.DEFAULT; // 0.05, 0.20
    // 60 % in 2015 → 100 % in 2020: 8 points a year.
    private static final ProgressRule.Facts RISING = new ProgressRule.Facts(Direction.UP, 60.0, 2015, 100, 2020);

    @Test
    void aMetTargetIsOnTrack() {
        assertThat(RULE.assess(RISING, 2017, 100.0).light()).isEqualTo(TrafficLight.ON_TRACK);
    }

    @Test
    void onThePathOrSlightlyBehindIsOnTrack() {
        // 2017: expected 2/5 = 0.4 of the way; 76 % is (76 − 60) / 40 = 0.4.
        assertThat(RULE.assess(RISING, 2017, 76.0).light()).isEqualTo(TrafficLight.ON_TRACK);
        // 74.5 % is 0.3625 of the way, within 0.05 of 0.4: on track.
        assertThat(RULE.assess(RISING, 2017, 74.5).light()).isEqualTo(TrafficLight.ON_TRACK);
    }

    @Test
    void furtherBehindIsAtRiskThenOffTrack() {
        // 70 % is 0.25 of the way, 0.15 behind 0.4: at risk (within 0.20).
        ProgressRule.Assessment atRisk = RULE.assess(RISING, 2017, 70.0);
        assertThat(atRisk.light()).isEqualTo(TrafficLight.AT_RISK);
        assertThat(atRisk.expectedShare()).isEqualTo(0.4);
        assertThat(atRisk.achievedShare()).isEqualTo(0.25);
        // 64 % is 0.1 of the way, 0.3 behind: off track.
        assertThat(RULE.assess(RISING, 2017, 64.0).light()).isEqualTo(TrafficLight.OFF_TRACK);
    }

    @Test
    void aFallingIndicatorImprovesDownwards() {
        // A CV of 0.50 in 2015 to fall to 0.30 by 2020.
        ProgressRule.Facts falling = new ProgressRule.Facts(Direction.DOWN, 0.50, 2015, 0.30, 2020);
        assertThat(RULE.assess(falling, 2018, 0.38).light()).isEqualTo(TrafficLight.ON_TRACK); // 0.6 of 0.6
        assertThat(RULE.assess(falling, 2018, 0.41).light()).isEqualTo(TrafficLight.AT_RISK); // 0.45 of 0.6
        assertThat(RULE.assess(falling, 2018, 0.52).light()).isEqualTo(TrafficLight.OFF_TRACK); // worse than baseline
        assertThat(RULE.assess(falling, 2018, 0.29).light()).isEqualTo(TrafficLight.ON_TRACK); // met
    }

    @Test
    void withoutABaselineTheTargetIsThePath() {
        ProgressRule.Facts noBaseline = new ProgressRule.Facts(Direction.UP, null, null, 100, 2020);
        assertThat(RULE.assess(noBaseline, 2017, 96.0).light()).isEqualTo(TrafficLight.ON_TRACK); // 4 % short
        assertThat(RULE.assess(noBaseline, 2017, 85.0).light()).isEqualTo(TrafficLight.AT_RISK); // 15 % short
        assertThat(RULE.assess(noBaseline, 2017, 70.0).light()).isEqualTo(TrafficLight.OFF_TRACK);
    }

    @Test
    void fromTheTargetYearOnAMissedTargetIsOffTrack() {
        assertThat(RULE.assess(RISING, 2020, 99.0).light()).isEqualTo(TrafficLight.OFF_TRACK);
    }

    @Test
    void noValueNoLight() {
        assertThat(RULE.assess(RISING, null, null).light()).isEqualTo(TrafficLight.NO_DATA);
    }

    @Test
    void aPlanMayTightenItsRule() {
        ProgressRule strict = new ProgressRule(0, 0.05);
        assertThat(strict.assess(RISING, 2017, 74.5).light()).isEqualTo(TrafficLight.AT_RISK);
    }
}
