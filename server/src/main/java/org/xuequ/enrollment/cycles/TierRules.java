package org.xuequ.enrollment.cycles;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.xuequ.enrollment.children.ChildCategory;
import org.xuequ.enrollment.children.HukouType;
import org.xuequ.enrollment.children.SchoolAgeChild;
import org.xuequ.enrollment.cycles.PriorityPolicy.TierRule;
import org.xuequ.enrollment.zones.ZoneMap;

/**
 * Computes a child's priority tier at a school from the region's policy: the rank of the first rule
 * whose conditions all hold, or the policy's lowest tier. Pure: no database, no Spring.
 */
public final class TierRules {

    private final List<TierRule> rules;
    private final List<Set<TierCondition>> conditions;
    private final int lowest;
    private final LocalDate referenceDate;
    private final ZoneMap zones;

    public TierRules(PriorityPolicy policy, LocalDate referenceDate, ZoneMap zones) {
        this.rules = policy.getRules();
        this.conditions = rules.stream().map(TierRule::conditionSet).toList();
        this.lowest = policy.lowestTier();
        this.referenceDate = referenceDate;
        this.zones = zones;
    }

    /** A tier and what held for the child at the school (the reasons shown to families). */
    public record Tier(int rank, String label, Set<TierCondition> held) {}

    public Tier tierAt(SchoolAgeChild.Facts child, long schoolId) {
        Set<TierCondition> held = factsAt(child, schoolId);
        for (int i = 0; i < rules.size(); i++) {
            TierRule rule = rules.get(i);
            if (held.containsAll(conditions.get(i)) && ownedLongEnough(child, rule.minPropertyYears())) {
                return new Tier(i + 1, rule.label(), held);
            }
        }
        return new Tier(lowest, null, held);
    }

    public int lowestTier() {
        return lowest;
    }

    public String labelOf(int rank) {
        return rank >= 1 && rank <= rules.size() ? rules.get(rank - 1).label() : null;
    }

    public Set<TierCondition> factsAt(SchoolAgeChild.Facts child, long schoolId) {
        Set<TierCondition> held = EnumSet.noneOf(TierCondition.class);
        Long hukouBlock = child.hukouType() == HukouType.LOCAL ? child.hukouBlockId() : null;
        Long propertyBlock = child.propertyOwned() ? child.propertyBlockId() : null;
        if (zones.zones(hukouBlock, schoolId)) {
            held.add(TierCondition.HUKOU_IN_ZONE);
        }
        if (zones.zones(propertyBlock, schoolId)) {
            held.add(TierCondition.PROPERTY_IN_ZONE);
        }
        if (hukouBlock != null && hukouBlock.equals(propertyBlock)) {
            held.add(TierCondition.HUKOU_AT_PROPERTY);
        }
        if (zones.zones(child.residenceBlockId(), schoolId)) {
            held.add(TierCondition.RESIDENCE_IN_ZONE);
        }
        if (child.categories().contains(ChildCategory.MIGRANT_WITH_PERMIT)) {
            held.add(TierCondition.RESIDENCE_PERMIT);
        }
        if (child.siblingUnitId() != null && child.siblingUnitId() == schoolId) {
            held.add(TierCondition.SIBLING_AT_SCHOOL);
        }
        if (child.categories().stream().anyMatch(ChildCategory::isPolicyCategory)) {
            held.add(TierCondition.POLICY_CATEGORY);
        }
        return held;
    }

    private boolean ownedLongEnough(SchoolAgeChild.Facts child, Integer minYears) {
        if (minYears == null || minYears == 0) {
            return true;
        }
        return child.propertyOwned()
                && child.propertySince() != null
                && !child.propertySince().isAfter(referenceDate.minusYears(minYears));
    }
}
