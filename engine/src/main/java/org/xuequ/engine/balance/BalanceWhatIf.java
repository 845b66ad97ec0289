package org.xuequ.engine.balance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Applies what-if changes to whole-school totals, leaving the inputs untouched. */
public final class BalanceWhatIf {

    private BalanceWhatIf() {}

    /**
     * New conditions, in the same order, with the changes applied one after another (a later change sees
     * the earlier ones). Schools no change touches are returned as they were (records are immutable).
     *
     * @throws InvalidConditionsException naming the school and field when a change removes more than the
     *     school has (field: the indicator's column), names an unknown or a repeated school id
     *     ({@code from_school_id} / {@code to_school_id}), has an amount that is not a positive finite number
     *     ({@code amount}), lacks its kind or indicator, moves within one school, or gives an ADD a source
     */
    public static List<SchoolConditions> apply(List<SchoolConditions> schools, List<Change> changes) {
        Objects.requireNonNull(schools, "schools");
        Objects.requireNonNull(changes, "changes");
        List<SchoolConditions> result = new ArrayList<>(schools);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < result.size(); i++) {
            SchoolConditions school = result.get(i);
            String id = school == null ? null : school.schoolId();
            if (id == null || index.put(id, i) != null) {
                throw new InvalidConditionsException(id, "school_id", "school " + id + " is null or listed twice");
            }
        }
        for (Change change : changes) {
            if (change == null || change.kind() == null || change.indicator() == null) {
                throw new InvalidConditionsException(null, "change", "a change lacks its kind or indicator");
            }
            double amount = change.amount();
            Indicator indicator = change.indicator();
            if (!(amount > 0) || !Double.isFinite(amount)) {
                throw new InvalidConditionsException(
                        change.toSchoolId(), "amount", "the amount must be a positive number, got " + amount);
            }
            int to = find(index, change.toSchoolId(), "to_school_id");
            if (change.kind() == ChangeKind.ADD) {
                if (change.fromSchoolId() != null) {
                    throw new InvalidConditionsException(
                            change.fromSchoolId(), "from_school_id", "an ADD has no source school");
                }
            } else {
                int from = find(index, change.fromSchoolId(), "from_school_id");
                if (from == to) {
                    throw new InvalidConditionsException(
                            change.fromSchoolId(), "to_school_id", "a move needs two different schools");
                }
                SchoolConditions source = result.get(from);
                double has = source.resource(indicator);
                // a little slack so that moving "all of it" written in decimal is not refused by rounding
                if (amount > has * (1 + BalanceCalculator.TOLERANCE) + BalanceCalculator.TOLERANCE) {
                    throw new InvalidConditionsException(
                            source.schoolId(),
                            indicator.column(),
                            "school " + source.schoolId() + " has " + has + " " + indicator.column() + ", cannot move "
                                    + amount);
                }
                result.set(from, source.with(indicator, Math.max(0, has - amount)));
            }
            SchoolConditions target = result.get(to);
            result.set(to, target.with(indicator, target.resource(indicator) + amount));
        }
        return result;
    }

    private static int find(Map<String, Integer> index, String id, String field) {
        Integer at = id == null ? null : index.get(id);
        if (at == null) {
            throw new InvalidConditionsException(id, field, "unknown school " + id);
        }
        return at;
    }
}
