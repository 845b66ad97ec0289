package org.xuequ.supervision.points;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The kinds of points rule (积分规则), with the defaults a region starts from until the commission edits them. */
public enum RuleKind {
    /** 年度基础分: every unit's points at the start of the school year. */
    BASE("100", null),
    /** Per percentage point an inspector's inspection scores above (+) or below (−) the threshold (基准得分率 %). */
    INSPECTION_SCORE("0.10", "80"),
    /** Per general finding (一般问题). */
    GENERAL_FINDING("-1", null),
    /** Per major finding (重大问题). */
    MAJOR_FINDING("-3", null),
    /** Per hard finding (难点问题). */
    HARD_FINDING("-2", null),
    /** Per finding not answered by its rectification deadline (逾期未整改). */
    OVERDUE("-2", null),
    /** Per relapse (问题反弹): the same criterion found again within a year of being closed. */
    RELAPSE("-3", null),
    /** Per term in which the unit ran a self-supervision (自我督导). */
    SELF_SUPERVISION("1", null),
    /** Per finding closed without ever being overdue (按期整改销号). */
    CLOSED_ON_TIME("0.5", null);

    private final BigDecimal defaultPoints;
    private final @Nullable BigDecimal defaultThreshold;

    RuleKind(String points, @Nullable String threshold) {
        this.defaultPoints = new BigDecimal(points);
        this.defaultThreshold = threshold == null ? null : new BigDecimal(threshold);
    }

    public BigDecimal defaultPoints() {
        return defaultPoints;
    }

    public @Nullable BigDecimal defaultThreshold() {
        return defaultThreshold;
    }
}
