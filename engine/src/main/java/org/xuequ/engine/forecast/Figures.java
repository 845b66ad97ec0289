package org.xuequ.engine.forecast;

import java.math.BigDecimal;

/** How numbers are written: exactly, shortest decimal that reads back as the same double, no exponent. */
public final class Figures {

    private Figures() {}

    /** {@code 111.0 → "111"}, {@code 95.81578947368422 → "95.81578947368422"}, {@code 1e-7 → "0.0000001"}. */
    public static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
