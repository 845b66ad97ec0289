package org.xuequ.sharing.booking;

import java.sql.SQLException;

/** Recognises PostgreSQL's exclusion-constraint violation anywhere in an exception's causes. */
public final class SlotClash {

    static final String EXCLUSION_VIOLATION = "23P01";

    private SlotClash() {}

    public static boolean isExclusionViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
