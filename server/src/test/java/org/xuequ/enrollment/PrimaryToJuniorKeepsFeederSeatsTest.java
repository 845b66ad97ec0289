package org.xuequ.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.enrollment.applications.ApplicationOptions;
import org.xuequ.enrollment.children.ChildCategory;
import org.xuequ.enrollment.children.ChildForm;
import org.xuequ.enrollment.children.HukouType;
import org.xuequ.enrollment.children.SchoolAgeChild;
import org.xuequ.enrollment.cycles.Cycles;
import org.xuequ.enrollment.cycles.Level;
import org.xuequ.enrollment.cycles.TierCondition;
import org.xuequ.enrollment.runs.AllocationRun;
import org.xuequ.enrollment.zones.ZoneKind;
import org.xuequ.platform.jobs.SystemTask;
import org.xuequ.registry.EntryGrade;
import org.xuequ.registry.Ownership;
import org.xuequ.registry.UnitType;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.registry.units.EducationUnit.UnitDetails;
import org.xuequ.registry.units.EducationUnits;
import org.xuequ.registry.units.UnitLinks;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/**
 * 小升初 on the same machinery: a primary school's 对口直升 link guarantees its pupils a seat at the
 * junior school, kept unless a school they rank higher admits them; others compete for what is left.
 */
@XuequTest
class PrimaryToJuniorKeepsFeederSeatsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void feederPupilsKeepTheirGuaranteedSeatAndOthersGetWhatIsLeft() {
        EnrollmentFixture f = new EnrollmentFixture(context, new World(context, mvc));
        EducationUnits units = context.getBean(EducationUnits.class);
        UnitLinks links = context.getBean(UnitLinks.class);
        EducationUnit primary = f.school(0);
        EducationUnit unlinkedPrimary = f.school(0);
        EducationUnit junior = SystemTask.call(() -> units.create(new UnitDetails(
                World.unique("中学"),
                UnitType.JUNIOR,
                Ownership.PUBLIC,
                null,
                "测试地址",
                "110102001",
                f.district.getId(),
                new BigDecimal("116.36"),
                new BigDecimal("39.90"))));
        EducationUnit other = SystemTask.call(() -> units.create(new UnitDetails(
                World.unique("中学"),
                UnitType.JUNIOR,
                Ownership.PUBLIC,
                null,
                "测试地址",
                "110102001",
                f.district.getId(),
                new BigDecimal("116.37"),
                new BigDecimal("39.90"))));
        SystemTask.run(() -> {
            links.offerSeats(junior.getId(), f.year, EntryGrade.JUNIOR_1, 3);
            links.offerSeats(other.getId(), f.year, EntryGrade.JUNIOR_1, 1);
            links.linkFeeder(primary.getId(), junior.getId(), f.year - 1);
        });
        f.policy = SystemTask.call(() -> f.cycles.createPolicy(
                World.XICHENG,
                World.unique("小升初政策"),
                List.of(new Cycles.RuleForm("户籍在片内", List.of(TierCondition.HUKOU_IN_ZONE), null))));
        f.cycle = SystemTask.call(() -> f.cycles.createCycle(
                World.XICHENG,
                f.year,
                Level.JUNIOR,
                f.year + "年小升初",
                Instant.now().plus(30, ChronoUnit.DAYS),
                2,
                f.policy.getId()));
        long home = f.block();
        f.zone(ZoneKind.MULTI, Set.of(junior.getId(), other.getId()), Set.of(home));

        // Two feeder pupils: one ranks the other school first and wins it; one just keeps the feeder seat.
        SchoolAgeChild ambitious = f.register(pupil("甲", home, primary.getId()));
        SchoolAgeChild loyal = f.register(pupil("乙", home, primary.getId()));
        SchoolAgeChild[] outsiders = new SchoolAgeChild[3];
        for (int i = 0; i < outsiders.length; i++) {
            outsiders[i] = f.register(pupil("丙" + i, home, unlinkedPrimary.getId()));
        }
        ApplicationOptions.Options options = SystemTask.call(() -> f.applications.options(loyal.getId()));
        assertThat(options.guaranteed()).isNotNull();
        assertThat(options.guaranteed().unitId()).isEqualTo(junior.getId());

        f.apply(ambitious, other, junior);
        f.apply(loyal, junior);
        for (SchoolAgeChild outsider : outsiders) {
            f.apply(outsider, junior);
        }
        AllocationRun run = RunFixture.executed(f, AllocationRun.Mechanism.DA);

        Map<Long, Object[]> results = new java.util.HashMap<>();
        jdbc.sql("select a.child_id, r.unit_id, r.stage from allocation_result r join enrollment_application a"
                        + " on a.id = r.application_id where r.run_id = :r")
                .param("r", run.getId())
                .query((rs, i) -> results.put(rs.getLong(1), new Object[] {rs.getObject(2), rs.getString(3)}))
                .list();
        assertThat(results.get(loyal.getId())).containsExactly(junior.getId(), "GUARANTEED");
        assertThat(results.get(ambitious.getId()))
                .as("the guaranteed seat is kept only unless a preferred school admits the pupil; the feeder pupil"
                        + " outranks nobody at the other school, but there is a free seat there")
                .containsExactly(other.getId(), "CHOICES");
        long outsidersAtJunior = java.util.Arrays.stream(outsiders)
                .filter(o -> junior.getId().equals(results.get(o.getId())[0]))
                .count();
        assertThat(outsidersAtJunior)
                .as("3 seats: 1 kept by the loyal pupil, 1 released by the ambitious one, 1 free")
                .isEqualTo(2);
    }

    private static ChildForm pupil(String name, long block, Long primaryUnitId) {
        LocalDate birth = LocalDate.of(2012, 5, 1);
        return new ChildForm(
                name,
                EnrollmentFixture.idNumber(birth),
                birth,
                HukouType.LOCAL,
                block,
                null,
                block,
                false,
                null,
                null,
                null,
                EnumSet.noneOf(ChildCategory.class),
                null,
                primaryUnitId);
    }
}
