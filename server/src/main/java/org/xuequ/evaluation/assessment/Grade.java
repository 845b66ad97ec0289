package org.xuequ.evaluation.assessment;

import java.math.BigDecimal;

/** 等次: of a central unit's opinion, and of a unit's final result (by its weighted total). */
public enum Grade {
    /** 优秀: total at least 90 */
    EXCELLENT,
    /** 良好: total at least 80 */
    GOOD,
    /** 合格: total at least 60 */
    PASS,
    /** 不合格: total below 60 */
    FAIL;

    /** The result grade of a weighted total out of 100. */
    public static Grade of(BigDecimal total) {
        if (total.compareTo(BigDecimal.valueOf(90)) >= 0) {
            return EXCELLENT;
        }
        if (total.compareTo(BigDecimal.valueOf(80)) >= 0) {
            return GOOD;
        }
        return total.compareTo(BigDecimal.valueOf(60)) >= 0 ? PASS : FAIL;
    }
}
