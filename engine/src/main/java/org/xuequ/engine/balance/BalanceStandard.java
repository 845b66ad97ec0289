package org.xuequ.engine.balance;

import java.util.Locale;

/** The national balance standard a region is assessed against. */
public enum BalanceStandard {
    /** 《县域义务教育优质均衡发展督导评估办法》 (2017): seven indicators, each CV tested, per-school minimums. */
    QUALITY_2017("2017"),
    /** 《县域义务教育均衡发展督导评估暂行办法》 (2012): eight indicators, their mean CV tested. */
    BASIC_2012("2012");

    private final String code;

    BalanceStandard(String code) {
        this.code = code;
    }

    /**
     * The standard for {@code "2017"} or {@code "2012"} (the enum names are accepted too, in any case).
     *
     * @throws IllegalArgumentException for anything else
     */
    public static BalanceStandard parse(String s) {
        if (s != null) {
            String trimmed = s.trim();
            for (BalanceStandard standard : values()) {
                if (standard.code.equals(trimmed) || standard.name().equals(trimmed.toUpperCase(Locale.ROOT))) {
                    return standard;
                }
            }
        }
        throw new IllegalArgumentException("unknown standard " + s + " (expected 2017 or 2012)");
    }

    /** "2017" or "2012", as the CLI and the REST API write it. */
    public String code() {
        return code;
    }
}
