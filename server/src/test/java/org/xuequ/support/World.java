package org.xuequ.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.accounts.Accounts;
import org.xuequ.platform.accounts.Accounts.NewAccount;
import org.xuequ.platform.jobs.SystemTask;
import org.xuequ.registry.DistrictKind;
import org.xuequ.registry.Ownership;
import org.xuequ.registry.UnitType;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.districts.SchoolDistricts;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.registry.units.EducationUnit.UnitDetails;
import org.xuequ.registry.units.EducationUnits;

/**
 * Test fixtures that read like the domain: districts, units and the people who work in them.
 * Every name is made unique, so test classes can share the one database without clashing.
 */
public class World {

    public static final String XICHENG = "110102";
    public static final String DONGCHENG = "110101";
    public static final String PASSWORD = "Correct-Horse-9";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private final SchoolDistricts districts;
    private final EducationUnits units;
    private final Accounts accounts;
    private final MockMvc mvc;

    public World(ApplicationContext context, MockMvc mvc) {
        this.districts = context.getBean(SchoolDistricts.class);
        this.units = context.getBean(EducationUnits.class);
        this.accounts = context.getBean(Accounts.class);
        this.mvc = mvc;
    }

    public static String unique(String name) {
        return name + "-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
    }

    public SchoolDistrict districtIn(String regionCode, String subdistrictCode) {
        return SystemTask.call(() -> districts.create(
                regionCode, unique("学区"), DistrictKind.PRIMARY, List.of(subdistrictCode), subdistrictCode));
    }

    public SchoolDistrict xichengDistrict() {
        return districtIn(XICHENG, "110102001");
    }

    public SchoolDistrict dongchengDistrict() {
        return districtIn(DONGCHENG, "110101001");
    }

    public EducationUnit primarySchoolIn(SchoolDistrict district) {
        return SystemTask.call(() -> units.create(new UnitDetails(
                unique("小学"),
                UnitType.PRIMARY,
                Ownership.PUBLIC,
                null,
                "测试地址",
                district.getSubdistrictCodes().get(0),
                district.getId(),
                new BigDecimal("116.35"),
                new BigDecimal("39.90"))));
    }

    public SchoolDistrict preschoolDistrict() {
        return SystemTask.call(() ->
                districts.create(XICHENG, unique("学前学区"), DistrictKind.PRESCHOOL, List.of("110102003"), "110102003"));
    }

    public EducationUnit kindergarten(Ownership ownership, String grade) {
        return SystemTask.call(() -> units.create(new UnitDetails(
                unique("幼儿园"), UnitType.KINDERGARTEN, ownership, grade, "测试地址", "110102003", null, null, null)));
    }

    public String officeOf(SchoolDistrict district) {
        return account(Role.DISTRICT_OFFICE, district.getRegionCode(), Set.of(district.getId()), null);
    }

    public String commissionOf(String regionCode) {
        return account(Role.COMMISSION, regionCode, Set.of(), null);
    }

    public String staffOf(EducationUnit unit) {
        return account(Role.UNIT, unit.getRegionCode(), Set.of(), unit.getId());
    }

    public String account(Role role, String regionCode, Set<Long> districtIds, Long unitId) {
        String username = unique(role.name().toLowerCase());
        SystemTask.run(() ->
                accounts.create(new NewAccount(username, username, role, PASSWORD, regionCode, districtIds, unitId)));
        return username;
    }

    /**
     * A request from an address no other request of this test JVM used: the suite signs in hundreds
     * of times, and one shared address (MockMvc's 127.0.0.1) would run into the per-address limits.
     */
    public static RequestPostProcessor fromOwnAddress() {
        int n = ADDRESSES.incrementAndGet();
        String address = "10." + (n >> 16 & 0xff) + "." + (n >> 8 & 0xff) + "." + (n & 0xff);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** Polls a job at /api/platform/jobs/{id} until it has finished (at most a minute) and answers its state as JSON. */
    public String finishedJob(MockHttpSession session, String jobId) throws Exception {
        for (int i = 0; i < 600; i++) {
            String job = mvc.perform(get("/api/platform/jobs/{id}", jobId).session(session))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            if (!job.contains("\"state\":\"RUNNING\"")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + jobId + " did not finish");
    }

    /** Signs in through the real login endpoint and returns the session, as the console would hold it. */
    public MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(post("/api/platform/auth/login")
                        .with(csrf())
                        .with(fromOwnAddress())
                        .contentType("application/json")
                        .content("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}"))
                .andExpect(status().isOk())
                .andReturn()
                .getRequest()
                .getSession();
    }
}
