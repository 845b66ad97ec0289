package org.xuequ.enrollment.applications;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xuequ.enrollment.children.SchoolAgeChild;
import org.xuequ.enrollment.cycles.CycleContext;
import org.xuequ.enrollment.cycles.EnrollmentCycle;
import org.xuequ.enrollment.cycles.Level;
import org.xuequ.enrollment.cycles.TierCondition;
import org.xuequ.enrollment.cycles.TierRules;
import org.xuequ.enrollment.zones.AttendanceZone;
import org.xuequ.registry.RegistryReads;

/**
 * What a child may choose in a cycle: the schools of their zone (with their tier) and the other
 * schools of their district (lowest tier), and a guaranteed seat where 对口直升 or 九年一贯 gives one.
 */
public final class ApplicationOptions {

    public record SchoolOption(
            long unitId, String unitName, boolean inZone, int tier, String tierLabel, Set<TierCondition> held) {}

    public record Guaranteed(long unitId, String unitName, String reasonKey) {}

    public record Options(
            boolean eligible,
            String ineligibleReasonKey,
            AttendanceZone zone,
            Guaranteed guaranteed,
            List<SchoolOption> schools,
            int maxChoices,
            Instant deadline) {

        public Optional<SchoolOption> option(long unitId) {
            return schools.stream().filter(s -> s.unitId() == unitId).findFirst();
        }
    }

    private ApplicationOptions() {}

    public static Options of(CycleContext context, SchoolAgeChild child, java.util.Map<Long, Long> feederTargets) {
        EnrollmentCycle cycle = context.cycle;
        SchoolAgeChild.Facts facts = child.facts();
        AttendanceZone zone = context.zones.zoneOf(child.zoningBlockId()).orElse(null);
        String ineligible = null;
        if (!cycle.isOfAge(child.getBirthDate())) {
            ineligible = "enrollment.ineligible.age";
        } else if (zone == null) {
            ineligible = "enrollment.ineligible.unzoned";
        }
        Guaranteed guaranteed = guaranteedSeat(context, child.getPrimaryUnitId(), feederTargets);
        List<SchoolOption> schools = new ArrayList<>();
        if (ineligible == null) {
            for (RegistryReads.School school : context.schools.values()) {
                boolean inZone = zone.getSchoolIds().contains(school.id());
                boolean inDistrict = school.districtId() != null && school.districtId() == zone.getDistrictId();
                if (!inZone && !(inDistrict && school.seats() > 0)) {
                    continue;
                }
                TierRules.Tier tier = context.tiers.tierAt(facts, school.id());
                schools.add(
                        new SchoolOption(school.id(), school.name(), inZone, tier.rank(), tier.label(), tier.held()));
            }
            schools.sort(Comparator.comparing((SchoolOption o) -> !o.inZone())
                    .thenComparingInt(SchoolOption::tier)
                    .thenComparingLong(SchoolOption::unitId));
        }
        return new Options(
                ineligible == null,
                ineligible,
                zone,
                guaranteed,
                schools,
                cycle.getMaxChoices(),
                cycle.getApplicationDeadline());
    }

    /** 九年一贯 (the child's own nine-year school) first, then 对口直升 from their primary school. */
    public static Guaranteed guaranteedSeat(
            CycleContext context, Long primary, java.util.Map<Long, Long> feederTargets) {
        if (context.cycle.getLevel() != Level.JUNIOR || primary == null) {
            return null;
        }
        RegistryReads.School own = context.schools.get(primary);
        if (own != null && own.seats() > 0) {
            return new Guaranteed(own.id(), own.name(), "enrollment.guaranteed.nine-year");
        }
        Long target = feederTargets.get(primary);
        RegistryReads.School junior = target == null ? null : context.schools.get(target);
        if (junior != null && junior.seats() > 0) {
            return new Guaranteed(junior.id(), junior.name(), "enrollment.guaranteed.feeder");
        }
        return null;
    }
}
