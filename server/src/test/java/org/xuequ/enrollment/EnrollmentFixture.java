package org.xuequ.enrollment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import org.xuequ.enrollment.applications.Applications;
import org.xuequ.enrollment.applications.EnrollmentApplication;
import org.xuequ.enrollment.children.ChildCategory;
import org.xuequ.enrollment.children.ChildForm;
import org.xuequ.enrollment.children.Children;
import org.xuequ.enrollment.children.HukouType;
import org.xuequ.enrollment.children.SchoolAgeChild;
import org.xuequ.enrollment.cycles.Cycles;
import org.xuequ.enrollment.cycles.EnrollmentCycle;
import org.xuequ.enrollment.cycles.Level;
import org.xuequ.enrollment.cycles.PriorityPolicy;
import org.xuequ.enrollment.cycles.TierCondition;
import org.xuequ.enrollment.runs.Runs;
import org.xuequ.enrollment.zones.AttendanceZone;
import org.xuequ.enrollment.zones.ZoneKind;
import org.xuequ.enrollment.zones.Zones;
import org.xuequ.platform.IdNumber;
import org.xuequ.platform.jobs.SystemTask;
import org.xuequ.registry.EntryGrade;
import org.xuequ.registry.blocks.AddressBlocks;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.registry.units.UnitLinks;
import org.xuequ.support.World;

/**
 * A small enrollment world that reads like the domain: a district with schools and seats, address
 * blocks zoned to them, Xicheng-like priority rules, a cycle, and children registered in it. Each
 * fixture uses its own school year, so test classes share the database without meeting.
 */
public class EnrollmentFixture {

    private static final AtomicInteger YEARS = new AtomicInteger(2001);

    /**
     * Dates of birth, property and residence are taken from this year at the latest, so that they stay in the
     * past however many fixtures (school years) a test run opens; a child older than the cycle needs is still of
     * age.
     */
    private static final int LATEST_DATED_YEAR = 2026;

    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    public final World world;
    public final Cycles cycles;
    public final Zones zones;
    public final Children children;
    public final Applications applications;
    public final Runs runs;
    private final AddressBlocks blocks;
    private final UnitLinks links;

    public final int year = YEARS.getAndIncrement();
    public final SchoolDistrict district;
    public PriorityPolicy policy;
    public EnrollmentCycle cycle;

    public EnrollmentFixture(ApplicationContext context, World world) {
        this.world = world;
        this.cycles = context.getBean(Cycles.class);
        this.zones = context.getBean(Zones.class);
        this.children = context.getBean(Children.class);
        this.applications = context.getBean(Applications.class);
        this.runs = context.getBean(Runs.class);
        this.blocks = context.getBean(AddressBlocks.class);
        this.links = context.getBean(UnitLinks.class);
        this.district = world.xichengDistrict();
    }

    /** 户籍与房产一致且在片内 > 户籍在片内 > 房产在片内 (3 years) > 居住证且居住在片内 > others (5). */
    public EnrollmentFixture xichengPolicyAndPrimaryCycle() {
        policy = SystemTask.call(() -> cycles.createPolicy(
                World.XICHENG,
                World.unique("政策"),
                List.of(
                        new Cycles.RuleForm(
                                "户籍与房产一致且在片内",
                                List.of(
                                        TierCondition.HUKOU_IN_ZONE,
                                        TierCondition.PROPERTY_IN_ZONE,
                                        TierCondition.HUKOU_AT_PROPERTY),
                                null),
                        new Cycles.RuleForm("户籍在片内", List.of(TierCondition.HUKOU_IN_ZONE), null),
                        new Cycles.RuleForm("房产在片内满三年", List.of(TierCondition.PROPERTY_IN_ZONE), 3),
                        new Cycles.RuleForm(
                                "持居住证且居住在片内",
                                List.of(TierCondition.RESIDENCE_PERMIT, TierCondition.RESIDENCE_IN_ZONE),
                                null))));
        cycle = SystemTask.call(() -> cycles.createCycle(
                World.XICHENG,
                year,
                Level.PRIMARY,
                year + "年小学入学",
                Instant.now().plus(30, ChronoUnit.DAYS),
                3,
                policy.getId()));
        return this;
    }

    public EducationUnit school(int seats) {
        EducationUnit school = world.primarySchoolIn(district);
        SystemTask.run(() -> links.offerSeats(school.getId(), year, EntryGrade.PRIMARY_1, seats));
        return school;
    }

    public long block() {
        int n = SEQUENCE.incrementAndGet();
        return SystemTask.call(() -> blocks.create(
                        "110102001",
                        "测试社区",
                        World.unique("小区"),
                        new BigDecimal("116.35").add(BigDecimal.valueOf(n % 50, 3)),
                        new BigDecimal("39.90"),
                        100))
                .getId();
    }

    public AttendanceZone zone(ZoneKind kind, Set<Long> schoolIds, Set<Long> blockIds) {
        return SystemTask.call(() -> zones.create(
                cycle.getId(), new Zones.ZoneForm(World.unique("片区"), kind, district.getId(), schoolIds, blockIds)));
    }

    /** A valid GB 11643 number for a child born on the date. */
    public static String idNumber(LocalDate birth) {
        String first17 =
                "110102" + birth.toString().replace("-", "") + String.format("%03d", SEQUENCE.incrementAndGet() % 1000);
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** The fixture's school year, or {@link #LATEST_DATED_YEAR} when later: what dates are counted back from. */
    public int datedYear() {
        return Math.min(year, LATEST_DATED_YEAR);
    }

    public LocalDate ofAgeBirthDate() {
        return LocalDate.of(datedYear() - 7, 3, 15);
    }

    /** A six-year-old whose 户籍 and property are both in the block (the top tier in the block's zone). */
    public ChildForm localOwner(String name, long block) {
        LocalDate birth = ofAgeBirthDate();
        return new ChildForm(
                name,
                idNumber(birth),
                birth,
                HukouType.LOCAL,
                block,
                "测试地址",
                block,
                true,
                block,
                LocalDate.of(datedYear() - 10, 1, 1),
                null,
                EnumSet.noneOf(ChildCategory.class),
                null,
                null);
    }

    /** Non-Beijing hukou, living in the block with a residence permit. */
    public ChildForm migrant(String name, long block) {
        LocalDate birth = ofAgeBirthDate();
        return new ChildForm(
                name,
                idNumber(birth),
                birth,
                HukouType.NON_BEIJING,
                null,
                null,
                block,
                false,
                null,
                null,
                LocalDate.of(2020, 1, 1),
                EnumSet.of(ChildCategory.MIGRANT_WITH_PERMIT),
                null,
                null);
    }

    public SchoolAgeChild register(ChildForm form) {
        try {
            return SystemTask.call(() -> children.register(cycle.getId(), form).child());
        } catch (org.xuequ.platform.XuequProblem problem) {
            throw new AssertionError(problem.messageKey() + " " + problem.errors(), problem);
        }
    }

    public EnrollmentApplication apply(SchoolAgeChild child, EducationUnit... choices) {
        List<Long> ids = new ArrayList<>();
        for (EducationUnit unit : choices) {
            ids.add(unit.getId());
        }
        return SystemTask.call(() -> applications.submitForFamily(child.getId(), ids));
    }
}
