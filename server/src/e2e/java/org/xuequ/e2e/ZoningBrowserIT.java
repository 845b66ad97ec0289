package org.xuequ.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xuequ.enrollment.children.ChildForm;
import org.xuequ.enrollment.children.Children;
import org.xuequ.enrollment.cycles.CycleContext;
import org.xuequ.enrollment.cycles.Cycles;
import org.xuequ.enrollment.cycles.EnrollmentCycle;
import org.xuequ.enrollment.cycles.Level;
import org.xuequ.enrollment.demand.DemandSurvey;
import org.xuequ.enrollment.zones.AttendanceZone;
import org.xuequ.enrollment.zones.Zones;
import org.xuequ.platform.jobs.SystemTask;
import org.xuequ.registry.units.UnitLinks;

/**
 * 划片工作台 in a real browser: the commission generates a proposal, locks a compound to a school, generates a
 * second one, compares the two side by side, adopts the second, and the map then shows the new zones.
 *
 * <p>The demo's own cycle is frozen once the enrollment browser test commits its draw, so this test works on a
 * rehearsal cycle of the following year, copied from the demo's (the same policy, seats, zones and children).
 */
class ZoningBrowserIT extends BrowserTest {

    static final String REHEARSAL = "划片演练（示例）";

    @Autowired
    Cycles cycles;

    @Autowired
    CycleContext.Loader contexts;

    @Autowired
    Zones zones;

    @Autowired
    Children children;

    @Autowired
    DemandSurvey demand;

    @Autowired
    UnitLinks links;

    @BeforeAll
    void rehearsalCycle() {
        SystemTask.run(() -> {
            if (cycles.list().stream().anyMatch(c -> c.getName().equals(REHEARSAL))) {
                return;
            }
            EnrollmentCycle demo = cycles.list().stream()
                    .filter(c -> c.getRegionCode().equals("110102") && c.getLevel() == Level.PRIMARY)
                    .findFirst()
                    .orElseThrow();
            CycleContext context = contexts.load(demo);
            int year = demo.getSchoolYear() + 1;
            EnrollmentCycle rehearsal = cycles.createCycle(
                    demo.getRegionCode(),
                    year,
                    Level.PRIMARY,
                    REHEARSAL,
                    Instant.now().plus(30, ChronoUnit.DAYS),
                    demo.getMaxChoices(),
                    demo.getPolicyId());
            context.schools.values().stream()
                    .filter(s -> s.seats() > 0)
                    .forEach(s -> links.offerSeats(s.id(), year, Level.PRIMARY.entryGrade(), s.seats()));
            List<AttendanceZone> demoZones = zones.list(demo.getId(), null);
            zones.replaceAll(
                    rehearsal.getId(),
                    demoZones.stream()
                            .map(z -> new Zones.ZoneForm(
                                    z.getName(), z.getKind(), z.getDistrictId(), z.getSchoolIds(), z.getBlockIds()))
                            .toList());
            children.registerAll(
                    rehearsal.getId(),
                    demand.ofAgeChildren(context).stream()
                            .map(f -> new ChildForm(
                                    f.name(),
                                    f.idNumber(),
                                    f.birthDate(),
                                    f.hukouType(),
                                    f.hukouBlockId(),
                                    f.hukouAddress(),
                                    f.residenceBlockId(),
                                    f.propertyOwned(),
                                    f.propertyBlockId(),
                                    f.propertySince(),
                                    f.residenceSince(),
                                    f.categories(),
                                    f.siblingUnitId(),
                                    f.primaryUnitId()))
                            .toList());
        });
    }

    @Test
    void theCommissionGeneratesTwoProposalsLocksABlockComparesThemAndAdoptsOne() {
        try (BrowserContext context = laptop()) {
            Page page = context.newPage();
            page.setDefaultTimeout(60_000);
            signIn(page, "xicheng");
            open(page, "nav-enrollment", "nav-enrollment-zoning");
            chooseCycle(page, REHEARSAL);
            assertThat(page.getByTestId("zoning-inputs")).containsText("登记适龄儿童");
            page.getByTestId("zoning-time-limit").click();
            pick(page, "5 秒");

            // A first proposal: single-school zones, nothing locked.
            page.getByTestId("zoning-name").fill("就近划片");
            generate(page, 1);

            // Lock a compound to a school and solve again.
            page.getByTestId("zoning-lock-block").click();
            Locator block = page.locator(".el-select-dropdown__item:visible").first();
            String blockName = block.innerText().strip();
            block.click();
            assertThat(block).isHidden(); // the block list closes before the school list opens
            page.getByTestId("zoning-lock-school").click();
            Locator school = page.locator(".el-select-dropdown__item:visible").first();
            String schoolName = school.innerText().strip();
            school.click();
            assertThat(school).isHidden();
            page.getByTestId("zoning-lock-add").click();
            assertThat(page.getByTestId("zoning-locks")).containsText(blockName);
            assertThat(page.getByTestId("zoning-locks")).containsText(blockName + " → " + schoolName);
            page.getByTestId("zoning-name").fill("锁定一个小区");
            generate(page, 2);
            shot(page, "zoning-01-two-proposals");

            // Side by side: tick both.
            Locator rows = page.getByTestId("zoning-proposals").locator(".el-table__body tr.el-table__row");
            rows.nth(0).locator(".el-checkbox").first().click();
            rows.nth(1).locator(".el-checkbox").first().click();
            Locator compare = page.getByTestId("zoning-compare-table");
            assertThat(compare).containsText("就近划片");
            assertThat(compare).containsText("锁定一个小区");
            assertThat(compare).containsText("调整的小区");
            assertThat(compare).containsText("平均距离");
            assertThat(compare).containsText("锁定 1 个小区");
            shot(page, "zoning-02-compared");

            // Adopt the second; the map shows the zoning in force, now the adopted one.
            page.getByTestId("zoning-adopt-2").click();
            page.locator(".xq-zoning-adopt-confirm").click();
            assertThat(page.getByTestId("zoning-proposals")).containsText("已采用");
            assertThat(page.getByTestId("zoning-map-title")).hasText("现行划片");
            Locator legend = page.getByTestId("zoning-map-legend");
            assertThat(legend).containsText(schoolName + "片区");
            assertThat(page.getByTestId("zoning-map")).not().hasAttribute("data-zones", "0");
            assertThat(page.getByTestId("zoning-proposals")).containsText("被替换的划片");
            shot(page, "zoning-03-adopted-map");
        }
    }

    /** Generates with the form as it stands and waits for the proposal list to hold {@code count} rows. */
    private static void generate(Page page, int count) {
        page.getByTestId("zoning-generate").click();
        assertThat(page.getByTestId("zoning-proposals").locator(".el-table__body tr.el-table__row"))
                .hasCount(count, new LocatorAssertions.HasCountOptions().setTimeout(180_000));
        assertThat(page.getByTestId("zoning-problem")).hasCount(0);
    }
}
