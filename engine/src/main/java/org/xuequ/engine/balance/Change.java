package org.xuequ.engine.balance;

/**
 * A what-if change to whole-school totals. MOVE: {@code amount} of the indicator's resource from
 * {@code fromSchoolId} to {@code toSchoolId}; ADD: {@code amount} added to {@code toSchoolId}
 * ({@code fromSchoolId} null).
 */
public record Change(ChangeKind kind, Indicator indicator, String fromSchoolId, String toSchoolId, double amount) {

    public static Change move(Indicator indicator, String fromSchoolId, String toSchoolId, double amount) {
        return new Change(ChangeKind.MOVE, indicator, fromSchoolId, toSchoolId, amount);
    }

    public static Change add(Indicator indicator, String toSchoolId, double amount) {
        return new Change(ChangeKind.ADD, indicator, null, toSchoolId, amount);
    }
}
