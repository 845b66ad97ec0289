package org.xuequ.supervision.rubrics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How a criterion is scored: by level (A 优 / B 良 / C 合格 / D 不合格) or by points from 0 to its maximum. */
public enum Scoring {
    LEVELS,
    POINTS;

    /** A level and the share of the criterion's points it earns. */
    public enum Level {
        /** 优: full points. */
        A(new BigDecimal("1.00")),
        /** 良: 80 %. */
        B(new BigDecimal("0.80")),
        /** 合格: 60 %. */
        C(new BigDecimal("0.60")),
        /** 不合格: none. */
        D(BigDecimal.ZERO);

        private final BigDecimal share;

        Level(BigDecimal share) {
            this.share = share;
        }

        public BigDecimal points(BigDecimal maxPoints) {
            return maxPoints.multiply(share).setScale(2, RoundingMode.HALF_UP);
        }
    }
}
