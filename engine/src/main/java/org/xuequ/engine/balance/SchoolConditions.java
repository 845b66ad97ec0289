package org.xuequ.engine.balance;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One school's whole-school totals: pupils per level and resources per indicator. The resources map
 * may lack indicators the standard does not use; values are checked by {@link BalanceCalculator#assess}
 * (so that bad figures are reported naming the school rather than failing here).
 */
public record SchoolConditions(
        String schoolId,
        double primaryPupils,
        double juniorPupils,
        double seniorPupils,
        Map<Indicator, Double> resources) {

    public SchoolConditions {
        // an EnumMap copy: immutable from outside, and tolerant of null values until assess reports them
        EnumMap<Indicator, Double> copy = new EnumMap<>(Indicator.class);
        if (resources != null) {
            copy.putAll(resources);
        }
        resources = Collections.unmodifiableMap(copy);
    }

    /** Pupils of one level. */
    public double pupils(SchoolLevel level) {
        return switch (level) {
            case PRIMARY -> primaryPupils;
            case JUNIOR -> juniorPupils;
            case SENIOR -> seniorPupils;
        };
    }

    /** The whole-school resource, 0 when absent. */
    public double resource(Indicator indicator) {
        Double value = resources.get(indicator);
        return value == null ? 0 : value;
    }

    /** A copy with one resource replaced. */
    public SchoolConditions with(Indicator indicator, double value) {
        EnumMap<Indicator, Double> copy = new EnumMap<>(Indicator.class);
        copy.putAll(resources);
        copy.put(indicator, value);
        return new SchoolConditions(schoolId, primaryPupils, juniorPupils, seniorPupils, copy);
    }
}
