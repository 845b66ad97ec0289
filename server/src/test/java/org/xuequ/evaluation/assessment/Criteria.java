package org.xuequ.evaluation.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Criteria for rule tests, with ids as if stored: 党建 10/10, 保教质量 60/100, 督导积分 30/50. */
final class Criteria {

    static final SchemeCriterion PARTY = new SchemeCriterion(
            1L, 1, "DJ", "党建", "Party building", BigDecimal.TEN, BigDecimal.TEN, SchemeCriterion.Source.MANUAL);
    static final SchemeCriterion QUALITY = new SchemeCriterion(
            2L,
            2,
            "BJ",
            "保教质量",
            "Care and education",
            BigDecimal.valueOf(60),
            BigDecimal.valueOf(100),
            SchemeCriterion.Source.MANUAL);
    static final SchemeCriterion POINTS = new SchemeCriterion(
            3L,
            3,
            "DD",
            "督导积分",
            "Supervision points",
            BigDecimal.valueOf(30),
            BigDecimal.valueOf(50),
            SchemeCriterion.Source.SUPERVISION_POINTS);
    static final List<SchemeCriterion> ALL = List.of(PARTY, QUALITY, POINTS);

    private Criteria() {}

    /** Full marks but for quality: 10/10 × 10 + q/100 × 60 + 50/50 × 30. */
    static Map<Long, BigDecimal> scores(int quality) {
        return Map.of(1L, BigDecimal.TEN, 2L, BigDecimal.valueOf(quality), 3L, BigDecimal.valueOf(50));
    }
}
