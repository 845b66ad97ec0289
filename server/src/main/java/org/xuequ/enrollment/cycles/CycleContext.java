package org.xuequ.enrollment.cycles;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.xuequ.enrollment.zones.AttendanceZone;
import org.xuequ.enrollment.zones.AttendanceZoneRepository;
import org.xuequ.enrollment.zones.ZoneMap;
import org.xuequ.platform.XuequProblem;
import org.xuequ.registry.RegistryReads;

/** Everything about one cycle that tiers, options, demand and runs are computed from. */
public final class CycleContext {

    public final EnrollmentCycle cycle;
    public final PriorityPolicy policy;
    public final ZoneMap zones;
    public final TierRules tiers;
    public final Map<Long, RegistryReads.School> schools;

    private CycleContext(
            EnrollmentCycle cycle,
            PriorityPolicy policy,
            List<AttendanceZone> zoneList,
            List<RegistryReads.School> schoolList) {
        this.cycle = cycle;
        this.policy = policy;
        this.zones = new ZoneMap(zoneList);
        this.tiers = new TierRules(policy, cycle.referenceDate(), zones);
        this.schools = new HashMap<>();
        schoolList.forEach(s -> schools.put(s.id(), s));
    }

    /** Loads a cycle's context; no scope check (callers check the cycle or child they act on). */
    @Component
    public static class Loader {
        private final EnrollmentCycleRepository cycles;
        private final PriorityPolicyRepository policies;
        private final AttendanceZoneRepository zones;
        private final RegistryReads registry;

        Loader(
                EnrollmentCycleRepository cycles,
                PriorityPolicyRepository policies,
                AttendanceZoneRepository zones,
                RegistryReads registry) {
            this.cycles = cycles;
            this.policies = policies;
            this.zones = zones;
            this.registry = registry;
        }

        public EnrollmentCycle cycle(long id) {
            return cycles.findById(id).orElseThrow(() -> XuequProblem.notFound("EnrollmentCycle", id));
        }

        public CycleContext load(long cycleId) {
            return load(cycle(cycleId));
        }

        public CycleContext load(EnrollmentCycle cycle) {
            PriorityPolicy policy = policies.findById(cycle.getPolicyId()).orElseThrow();
            return new CycleContext(
                    cycle,
                    policy,
                    zones.findByCycleIdOrderByName(cycle.getId()),
                    registry.schools(
                            cycle.getRegionCode(),
                            cycle.getLevel().schoolTypes(),
                            cycle.getLevel().entryGrade(),
                            cycle.getSchoolYear()));
        }
    }
}
