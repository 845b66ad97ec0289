package org.xuequ.enrollment.zones;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.enrollment.children.ChildCategory;
import org.xuequ.enrollment.children.HukouType;
import org.xuequ.enrollment.children.SchoolAgeChild;
import org.xuequ.enrollment.cycles.CycleContext;
import org.xuequ.enrollment.cycles.EnrollmentCycle;
import org.xuequ.enrollment.cycles.EnrollmentCycleRepository;
import org.xuequ.enrollment.cycles.Level;
import org.xuequ.enrollment.cycles.TierRules;
import org.xuequ.platform.XuequProblem;
import org.xuequ.registry.RegistryReads;

/**
 * The public look-up (no login): for an address, the zoned school(s) of the latest cycle of each
 * level and the tier a child would have there, given three yes/no facts about the family.
 */
@Service
@Transactional(readOnly = true)
public class ZoneLookup {

    private static final int MAX_BLOCKS = 20;

    private final RegistryReads registry;
    private final EnrollmentCycleRepository cycles;
    private final CycleContext.Loader loader;

    ZoneLookup(RegistryReads registry, EnrollmentCycleRepository cycles, CycleContext.Loader loader) {
        this.registry = registry;
        this.cycles = cycles;
        this.loader = loader;
    }

    /** A zoned school. */
    public record School(long id, String name, String address) {}

    public record Answer(
            RegistryReads.Block block,
            EnrollmentCycle cycle,
            AttendanceZone zone,
            List<School> schools,
            Integer tier,
            String tierLabel) {}

    public record Family(boolean hukouHere, boolean propertyHere, boolean residencePermit) {}

    public List<Answer> lookup(String text, Family family) {
        if (text == null || text.strip().length() < 2) {
            throw XuequProblem.invalid("q", "error.enrollment.address-too-short");
        }
        List<RegistryReads.Block> blocks = registry.findBlocks(text.strip(), MAX_BLOCKS);
        List<Answer> answers = new ArrayList<>();
        java.util.Map<Long, CycleContext> contexts = new java.util.HashMap<>();
        java.util.Map<String, List<EnrollmentCycle>> cyclesByRegion = new java.util.HashMap<>();
        for (RegistryReads.Block block : blocks) {
            // Per level, the latest cycle that zones this block: the year shown with the answer.
            java.util.Set<Level> answered = java.util.EnumSet.noneOf(Level.class);
            for (EnrollmentCycle cycle : cyclesByRegion.computeIfAbsent(
                    block.regionCode(), cycles::findByRegionCodeOrderBySchoolYearDescLevelAsc)) {
                if (answered.contains(cycle.getLevel())) {
                    continue;
                }
                CycleContext context = contexts.computeIfAbsent(cycle.getId(), id -> loader.load(cycle));
                context.zones.zoneOf(block.id()).ifPresent(zone -> {
                    answers.add(answer(context, block, zone, family));
                    answered.add(cycle.getLevel());
                });
            }
        }
        return answers;
    }

    private static Answer answer(CycleContext context, RegistryReads.Block block, AttendanceZone zone, Family family) {
        SchoolAgeChild.Facts facts = new SchoolAgeChild.Facts(
                "",
                "",
                LocalDate.of(2000, 1, 1),
                'M',
                family.hukouHere() ? HukouType.LOCAL : HukouType.NON_BEIJING,
                family.hukouHere() ? block.id() : null,
                null,
                block.id(),
                family.propertyHere(),
                family.propertyHere() ? block.id() : null,
                family.propertyHere() ? context.cycle.referenceDate().minusYears(30) : null,
                null,
                family.residencePermit()
                        ? EnumSet.of(ChildCategory.MIGRANT_WITH_PERMIT)
                        : EnumSet.noneOf(ChildCategory.class),
                null,
                null);
        List<School> schools = zone.getSchoolIds().stream()
                .map(context.schools::get)
                .filter(java.util.Objects::nonNull)
                .map(s -> new School(s.id(), s.name(), s.address()))
                .sorted(Comparator.comparing(School::name))
                .toList();
        TierRules.Tier best = zone.getSchoolIds().stream()
                .map(id -> context.tiers.tierAt(facts, id))
                .min(Comparator.comparingInt(TierRules.Tier::rank))
                .orElse(null);
        return new Answer(
                block,
                context.cycle,
                zone,
                schools,
                best == null ? null : best.rank(),
                best == null ? null : best.label());
    }
}
