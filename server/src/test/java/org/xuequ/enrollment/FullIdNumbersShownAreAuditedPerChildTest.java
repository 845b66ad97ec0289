package org.xuequ.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.xuequ.enrollment.children.SchoolAgeChild;
import org.xuequ.enrollment.runs.AllocationRun;
import org.xuequ.enrollment.zones.ZoneKind;
import org.xuequ.platform.access.Role;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/**
 * The tester found full ID numbers in the applications and appeals lists and in the answers to child
 * and appeal writes with no audit entry, and audited lists that recorded a count, not which children.
 * Now every response that carries full numbers writes one ACCESS entry per child it shows (entity
 * SchoolAgeChild, the child's id), so "who saw this child's number" is one audit search; a masked
 * role's call writes none, since nothing full was shown.
 */
@XuequTest
class FullIdNumbersShownAreAuditedPerChildTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    EnrollmentFixture f;
    EducationUnit popular;
    EducationUnit spare;
    long home;
    List<SchoolAgeChild> registered;
    String officeName;
    String inspectorName;
    MockHttpSession office;
    MockHttpSession inspector;

    @BeforeEach
    void threeChildren() throws Exception {
        f = new EnrollmentFixture(context, new World(context, mvc)).xichengPolicyAndPrimaryCycle();
        popular = f.school(1);
        spare = f.school(5);
        home = f.block();
        f.zone(ZoneKind.SINGLE, Set.of(popular.getId()), Set.of(home));
        registered = List.of(
                f.register(f.localOwner("甲", home)),
                f.register(f.localOwner("乙", home)),
                f.register(f.localOwner("丙", home)));
        officeName = f.world.officeOf(f.district);
        office = f.world.signIn(officeName);
        inspectorName = f.world.account(Role.INSPECTOR, World.XICHENG, Set.of(), null);
        inspector = f.world.signIn(inspectorName);
    }

    private long lastEntry() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_entry")
                .query(Long.class)
                .single();
    }

    /** The children named by the ACCESS entries the actor's call wrote after {@code since}. */
    private List<Long> accessed(String actor, long since) {
        return jdbc
                .sql("select entity_id from audit_entry where id > :since and action = 'ACCESS' and actor = :actor"
                        + " and entity_type = 'SchoolAgeChild'")
                .param("since", since)
                .param("actor", actor)
                .query(String.class)
                .list()
                .stream()
                .map(Long::valueOf)
                .sorted()
                .toList();
    }

    /** Calls as the office; asserts the audit names exactly the children whose ids the response holds at {@code path}. */
    private String auditedExactly(RequestBuilder request, String childIdsPath) throws Exception {
        long since = lastEntry();
        String body = mvc.perform(request)
                .andExpect(status().is2xxSuccessful())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Object read = JsonPath.read(body, childIdsPath);
        List<?> shown = read instanceof List<?> list ? list : List.of(read);
        assertThat(shown).as("the response shows children").isNotEmpty();
        assertThat(accessed(officeName, since))
                .as("one ACCESS entry per child shown, no more")
                .containsExactlyElementsOf(shown.stream()
                        .map(id -> ((Number) id).longValue())
                        .sorted()
                        .toList());
        return body;
    }

    private void notAudited(RequestBuilder request) throws Exception {
        long since = lastEntry();
        mvc.perform(request).andExpect(status().is2xxSuccessful());
        assertThat(accessed(inspectorName, since))
                .as("masked numbers are not an access to full ones")
                .isEmpty();
    }

    @Test
    void theChildrenListExportAndChildWritesNameTheChildrenTheyShow() throws Exception {
        String cycle = f.cycle.getId().toString();
        auditedExactly(
                get("/api/enrollment/children")
                        .param("cycleId", cycle)
                        .param("size", "2")
                        .session(office),
                "$.content[*].id");
        auditedExactly(
                get("/api/enrollment/children/{id}", registered.get(1).getId()).session(office), "$.id");
        LocalDate birth = f.ofAgeBirthDate();
        String form = """
                {"cycleId":%s,"name":"丁","idNumber":"%s","birthDate":"%s","hukouType":"LOCAL","hukouBlockId":%d,
                 "residenceBlockId":%d,"propertyOwned":true,"propertyBlockId":%d,"propertySince":"%s","version":%d}""";
        String created = auditedExactly(
                post("/api/enrollment/children")
                        .session(office)
                        .with(csrf())
                        .contentType("application/json")
                        .content(form.formatted(
                                cycle,
                                EnrollmentFixture.idNumber(birth),
                                birth,
                                home,
                                home,
                                home,
                                LocalDate.of(f.datedYear() - 10, 1, 1),
                                0)),
                "$.child.id");
        int createdId = JsonPath.read(created, "$.child.id");
        String number = JsonPath.read(created, "$.child.idNumber");
        auditedExactly(
                put("/api/enrollment/children/{id}", createdId)
                        .session(office)
                        .with(csrf())
                        .contentType("application/json")
                        .content(form.formatted(
                                cycle, number, birth, home, home, home, LocalDate.of(f.datedYear() - 9, 1, 1), 0)),
                "$.id");

        long since = lastEntry();
        mvc.perform(get("/api/enrollment/excel/children")
                        .param("cycleId", cycle)
                        .session(office))
                .andExpect(status().isOk());
        assertThat(accessed(officeName, since))
                .as("the export names each of the four children")
                .containsExactlyElementsOf(List.of(
                                registered.get(0).getId(),
                                registered.get(1).getId(),
                                registered.get(2).getId(),
                                (long) createdId)
                        .stream()
                        .sorted()
                        .toList());

        notAudited(get("/api/enrollment/children").param("cycleId", cycle).session(inspector));
        notAudited(get("/api/enrollment/children/{id}", createdId).session(inspector));
        notAudited(get("/api/enrollment/excel/children").param("cycleId", cycle).session(inspector));
    }

    @Test
    void applicationsAppealsAndResultsNameTheChildrenTheyShow() throws Exception {
        String submitted = auditedExactly(
                post("/api/enrollment/applications")
                        .session(office)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"childId\":%d,\"choiceUnitIds\":[%d]}"
                                .formatted(registered.get(0).getId(), popular.getId())),
                "$.child.id");
        int applicationId = JsonPath.read(submitted, "$.id");
        auditedExactly(
                put("/api/enrollment/applications/{id}", applicationId)
                        .session(office)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"choiceUnitIds\":[%d,%d],\"version\":0}".formatted(popular.getId(), spare.getId())),
                "$.child.id");
        f.apply(registered.get(1), popular);
        f.apply(registered.get(2), popular);
        auditedExactly(
                get("/api/enrollment/applications")
                        .param("cycleId", f.cycle.getId().toString())
                        .session(office),
                "$.content[*].child.id");
        notAudited(get("/api/enrollment/applications")
                .param("cycleId", f.cycle.getId().toString())
                .session(inspector));

        AllocationRun run = RunFixture.published(f, AllocationRun.Mechanism.DA);
        auditedExactly(get("/api/enrollment/runs/{id}/results", run.getId()).session(office), "$.content[*].child.id");
        notAudited(get("/api/enrollment/runs/{id}/results", run.getId()).session(inspector));

        String applicationNumber = JsonPath.read(submitted, "$.number");
        String filed = auditedExactly(
                post("/api/enrollment/appeals")
                        .session(office)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"runId\":%d,\"applicationNumber\":\"%s\",\"reason\":\"漏报兄姐在读\"}"
                                .formatted(run.getId(), applicationNumber)),
                "$.child.id");
        int appealId = JsonPath.read(filed, "$.id");
        auditedExactly(
                get("/api/enrollment/appeals")
                        .param("runId", run.getId().toString())
                        .session(office),
                "$.content[*].child.id");
        notAudited(get("/api/enrollment/appeals")
                .param("runId", run.getId().toString())
                .session(inspector));
        auditedExactly(
                post("/api/enrollment/appeals/{id}/decide", appealId)
                        .session(office)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"outcome\":\"REJECTED\",\"decision\":\"材料不足\",\"version\":0}"),
                "$.child.id");
    }

    @Test
    void theAuditSearchFindsWhoSawAGivenChildsNumber() throws Exception {
        long child = registered.get(2).getId();
        mvc.perform(get("/api/enrollment/children/{id}", child).session(office)).andExpect(status().isOk());
        mvc.perform(get("/api/enrollment/children/{id}", registered.get(0).getId())
                        .session(office))
                .andExpect(status().isOk());
        MockHttpSession commission = f.world.signIn(f.world.commissionOf(World.XICHENG));
        String found = mvc.perform(get("/api/platform/audit")
                        .param("action", "ACCESS")
                        .param("entityType", "SchoolAgeChild")
                        .param("entityId", Long.toString(child))
                        .session(commission))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> actors = JsonPath.read(found, "$.content[*].actor");
        List<String> ids = JsonPath.read(found, "$.content[*].entityId");
        assertThat(actors).containsExactly(officeName);
        assertThat(ids.stream().collect(Collectors.toSet())).containsExactly(Long.toString(child));
        assertThat(found).doesNotContain(registered.get(2).getIdNumber());
    }
}
