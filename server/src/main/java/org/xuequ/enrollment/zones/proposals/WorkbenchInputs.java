package org.xuequ.enrollment.zones.proposals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.enrollment.children.SchoolAgeChild;
import org.xuequ.enrollment.cycles.CycleContext;
import org.xuequ.enrollment.demand.DemandSurvey;
import org.xuequ.registry.RegistryReads;

/**
 * What the workbench zones, read once per cycle: the region's address blocks with households, registered
 * children and their zone in force; the schools of the cycle's level with seats, district and quality grade;
 * the registered children (their tiers are compared). Blocks without a position cannot be zoned by distance:
 * they keep the schools of their zone in force.
 *
 * @param childrenPerHousehold the demand survey's ratio: registered children of age ÷ households of the region
 */
public record WorkbenchInputs(
        CycleContext context,
        List<Block> blocks,
        List<School> schools,
        List<SchoolAgeChild.Facts> children,
        double childrenPerHousehold) {

    /**
     * An address block.
     *
     * @param registered registered children of age whose zoning block (户籍, else property, else residence) it is
     * @param currentSchools the schools of its zone in force; empty when unzoned
     */
    public record Block(
            long id, String name, double lon, double lat, int households, int registered, Set<Long> currentSchools) {
        public boolean located() {
            return Double.isFinite(lon) && Double.isFinite(lat);
        }

        /** Its expected children on the basis. */
        public int expected(ProposalOptions.DemandBasis basis, double childrenPerHousehold) {
            return basis == ProposalOptions.DemandBasis.HOUSEHOLDS
                    ? (int) Math.round(households * childrenPerHousehold)
                    : registered;
        }
    }

    /** A school that can be zoned: it has seats at the cycle's entry grade, a district and a position. */
    public record School(
            long id,
            String name,
            long districtId,
            String districtName,
            double lon,
            double lat,
            int seats,
            String grade) {}

    public Map<Long, School> schoolsById() {
        Map<Long, School> out = new HashMap<>();
        schools.forEach(s -> out.put(s.id(), s));
        return out;
    }

    public Map<Long, Block> blocksById() {
        Map<Long, Block> out = new HashMap<>();
        blocks.forEach(b -> out.put(b.id(), b));
        return out;
    }

    /** Reads a cycle's inputs; no scope check (the workbench checks the cycle). */
    @Component
    public static class Loader {
        private final CycleContext.Loader cycles;
        private final RegistryReads registry;
        private final DemandSurvey demand;

        Loader(CycleContext.Loader cycles, RegistryReads registry, DemandSurvey demand) {
            this.cycles = cycles;
            this.registry = registry;
            this.demand = demand;
        }

        @Transactional(readOnly = true)
        public WorkbenchInputs load(long cycleId) {
            CycleContext context = cycles.load(cycleId);
            String region = context.cycle.getRegionCode();
            List<SchoolAgeChild.Facts> children = demand.ofAgeChildren(context);
            Map<Long, Integer> registered = new HashMap<>();
            children.forEach(c -> registered.merge(c.zoningBlockId(), 1, Integer::sum));
            Map<Long, Integer> households = registry.blockHouseholds(region);
            List<Block> blocks = new ArrayList<>();
            long registeredInRegion = 0;
            long householdsInRegion = 0;
            for (RegistryReads.Block b : registry.blocksIn(region)) {
                int n = registered.getOrDefault(b.id(), 0);
                int h = households.getOrDefault(b.id(), 0);
                registeredInRegion += n;
                householdsInRegion += h;
                blocks.add(new Block(
                        b.id(), b.name(), b.longitude(), b.latitude(), h, n, context.zones.schoolsOf(b.id())));
            }
            blocks.sort(Comparator.comparingLong(Block::id));
            Map<Long, String> grades = registry.qualityGrades(context.schools.keySet());
            List<School> schools = context.schools.values().stream()
                    .filter(s -> s.seats() > 0
                            && s.districtId() != null
                            && Double.isFinite(s.longitude())
                            && Double.isFinite(s.latitude()))
                    .map(s -> new School(
                            s.id(),
                            s.name(),
                            s.districtId(),
                            s.districtName(),
                            s.longitude(),
                            s.latitude(),
                            s.seats(),
                            grades.get(s.id())))
                    .sorted(Comparator.comparingLong(School::id))
                    .toList();
            double ratio = householdsInRegion == 0 ? 0 : (double) registeredInRegion / householdsInRegion;
            return new WorkbenchInputs(context, List.copyOf(blocks), schools, children, ratio);
        }
    }
}
