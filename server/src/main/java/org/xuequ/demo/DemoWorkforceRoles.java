package org.xuequ.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xuequ.platform.jobs.SystemTask;
import org.xuequ.registry.RegistryReads;
import org.xuequ.registry.UnitType;
import org.xuequ.workforce.roles.CrossRole;
import org.xuequ.workforce.roles.CrossRoles;
import org.xuequ.workforce.roles.RoleKind;
import org.xuequ.workforce.staff.Specialism;
import org.xuequ.workforce.staff.Staff;
import org.xuequ.workforce.staff.StaffDirectory;

/**
 * Cross-school roles for the demo staff: PE and art teachers who also teach at a neighbouring school of their district,
 * and a few backbone teachers with part-time posts in their district's office or research group.
 */
@Component
@Profile("demo")
@Order(235)
class DemoWorkforceRoles implements ApplicationRunner {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final RegistryReads registry;
    private final StaffDirectory staff;
    private final CrossRoles roles;
    private final Clock clock;

    DemoWorkforceRoles(JdbcClient jdbc, RegistryReads registry, StaffDirectory staff, CrossRoles roles, Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.staff = staff;
        this.roles = roles;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from workforce_cross_role")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(BEIJING));
        List<RegistryReads.Unit> schools =
                registry.units(DemoData.XICHENG, EnumSet.of(UnitType.PRIMARY, UnitType.NINE_YEAR));
        Map<Long, List<RegistryReads.Unit>> byDistrict = schools.stream()
                .filter(u -> u.districtId() != null)
                .collect(Collectors.groupingBy(RegistryReads.Unit::districtId));
        SystemTask.run(() -> byDistrict.forEach((district, units) -> {
            for (int n = 0; n < units.size() && n < 3; n++) {
                int i = n;
                RegistryReads.Unit home = units.get(i);
                RegistryReads.Unit host = units.get((i + 1) % units.size());
                List<Staff> people = staff.activeAt(DemoData.XICHENG, List.of(home.id()));
                people.stream()
                        .filter(p -> p.getSpecialism() != Specialism.NONE)
                        .findFirst()
                        .filter(p -> host.id() != home.id())
                        .ifPresent(p -> roles.create(new CrossRole.Fields(
                                p.getId(),
                                RoleKind.SECOND_SCHOOL,
                                host.id(),
                                null,
                                "兼任" + ("PE".equals(p.getSubject()) ? "体育" : "艺术") + "课",
                                30,
                                today.minusMonths(8L + i),
                                null,
                                null)));
                people.stream()
                        .filter(p -> p.getBackbone().isBackbone())
                        .findFirst()
                        .ifPresent(p -> roles.create(new CrossRole.Fields(
                                p.getId(),
                                i % 2 == 0 ? RoleKind.RESEARCH_GROUP : RoleKind.DISTRICT_OFFICE,
                                null,
                                district,
                                i % 2 == 0 ? "学区联合教研组组长" : "学区办公室兼职干事",
                                20,
                                today.minusMonths(20L - i),
                                null,
                                null)));
            }
        }));
    }
}
