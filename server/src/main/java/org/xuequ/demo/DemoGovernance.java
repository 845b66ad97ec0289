package org.xuequ.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xuequ.governance.actions.ActionSpec;
import org.xuequ.governance.actions.ActionStatus;
import org.xuequ.governance.actions.ActionView;
import org.xuequ.governance.actions.Actions;
import org.xuequ.governance.bodies.Bodies;
import org.xuequ.governance.bodies.BodyKind;
import org.xuequ.governance.bodies.Department;
import org.xuequ.governance.bodies.MemberFields;
import org.xuequ.governance.bodies.MemberRole;
import org.xuequ.governance.bodies.RepresentativeKind;
import org.xuequ.governance.charters.CharterStatus;
import org.xuequ.governance.charters.CharterViews.CharterDetail;
import org.xuequ.governance.charters.Charters;
import org.xuequ.governance.meetings.AgendaItem;
import org.xuequ.governance.meetings.Attendance;
import org.xuequ.governance.meetings.MeetingSession;
import org.xuequ.governance.meetings.MeetingViews.AttendanceView;
import org.xuequ.governance.meetings.MeetingViews.MeetingDetail;
import org.xuequ.governance.meetings.MeetingViews.MeetingSummary;
import org.xuequ.governance.meetings.Meetings;
import org.xuequ.governance.workplans.ItemProgress;
import org.xuequ.governance.workplans.WorkPlanItemFields;
import org.xuequ.governance.workplans.WorkPlanStatus;
import org.xuequ.governance.workplans.WorkPlanView;
import org.xuequ.governance.workplans.WorkPlans;
import org.xuequ.platform.jobs.SystemTask;

/**
 * Governance sample data, made through the module's own services so that every rule holds: the bureau's charter
 * template and 长安街学区's charter in two versions; councils (five kinds, the museum's account as the social
 * institution's representative) for two primary districts and the first preschool district's committee with its
 * three departments; a year of monthly 例会 per body — past ones held with a proposal decided into an action and
 * minutes approved (the latest left unapproved), future ones scheduled; actions in every state (done, in progress,
 * cancelled, open, overdue — the sweep escalates the old ones); a department's work plan reviewed and reported on at
 * mid-year. Sample data, deterministic, made once.
 */
@Component
@Profile("demo")
@Order(220)
class DemoGovernance implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoGovernance.class);
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String TEMPLATE = """
            第一章 总则
            第一条 为推进学区治理，依据区教委有关规定，制定本章程。
            第二条 学区坚持党的领导，将党建工作要求纳入学区工作全过程，学区党组织发挥政治核心作用。
            第二章 组织机构
            第三条 学区设学区理事会，由教育单位负责人、地方党政机构、教育行政部门、社会机构和家长代表组成。
            第四条 学区理事会对学区重大事项进行咨询、议事和指导。
            第三章 议事规则
            第五条 学区每月召开例会，听取各部门工作汇报，研究督学反馈问题的整改。
            第六条 会议决议形成决议事项，明确责任单位和完成时限，未完成事项提交下次会议。""";

    private final JdbcClient jdbc;
    private final Bodies bodies;
    private final Meetings meetings;
    private final MeetingSession session;
    private final Actions actions;
    private final Charters charters;
    private final WorkPlans plans;
    private final Clock clock;

    DemoGovernance(
            JdbcClient jdbc,
            Bodies bodies,
            Meetings meetings,
            MeetingSession session,
            Actions actions,
            Charters charters,
            WorkPlans plans,
            Clock clock) {
        this.jdbc = jdbc;
        this.bodies = bodies;
        this.meetings = meetings;
        this.session = session;
        this.actions = actions;
        this.charters = charters;
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from governance_body").query(Long.class).single() > 0) {
            return;
        }
        SystemTask.run(this::load);
    }

    private void load() {
        long changan = districtOf("changan");
        long preschool = districtOf("xueqian1");
        long other = jdbc.sql("""
                        select id from school_district
                        where region_code = :region and kind = 'PRIMARY' and status = 'ACTIVE' and id <> :changan
                        order by id limit 1""")
                .param("region", DemoData.XICHENG)
                .param("changan", changan)
                .query(Long.class)
                .single();

        charters(changan);
        long council = council(changan, "museum");
        long otherCouncil = council(other, null);
        long committee = bodies.create(new Bodies.NewBody(BodyKind.COMMITTEE, preschool, null, null))
                .body()
                .id();
        bodies.importMembers(committee);
        long research = 0;
        for (Department d : Department.values()) {
            long id = bodies.create(new Bodies.NewBody(BodyKind.DEPARTMENT, preschool, d, null))
                    .body()
                    .id();
            bodies.importMembers(id);
            if (d == Department.RESEARCH_TRAINING) {
                research = id;
            }
        }
        int held = 0;
        for (long body : List.of(council, otherCouncil, committee)) {
            held += year(body);
        }
        workPlan(research == 0 ? committee : research);
        log.info("Governance sample data: 3 districts' bodies, {} meetings held, charter in two versions", held);
    }

    private long districtOf(String username) {
        return jdbc.sql("""
                        select d.district_id from app_user_district d join app_user u on u.id = d.user_id
                        where u.username = :username order by d.district_id limit 1""").param("username", username).query(Long.class).single();
    }

    private List<Long> units(long districtId) {
        return jdbc.sql("""
                        select unit_id from district_membership
                        where district_id = :district
                          and school_year = (select max(school_year) from district_membership where district_id = :district)
                        order by role, unit_id limit 4""").param("district", districtId).query(Long.class).list();
    }

    private void charters(long districtId) {
        CharterDetail template = charters.create(null, "学区章程（区教委范本）", TEMPLATE);
        long templateId = template.charter().id();
        template = charters.step(
                templateId,
                1,
                CharterStatus.Step.SUBMIT,
                null,
                template.charter().version());
        charters.step(
                templateId,
                1,
                CharterStatus.Step.APPROVE,
                "范本发布",
                template.charter().version());

        CharterDetail own = charters.create(districtId, "长安街学区章程", null);
        long id = own.charter().id();
        own = charters.step(
                id, 1, CharterStatus.Step.SUBMIT, null, own.charter().version());
        own = charters.step(
                id, 1, CharterStatus.Step.APPROVE, "同意", own.charter().version());
        own = charters.draft(id, null, false);
        String revised = TEMPLATE.replace("第五条 学区每月召开例会", "第五条 学区每月第二周召开例会，由中心校召集") + "\n第七条 学区成立联合党支部，统筹各单位党建工作。";
        own = charters.edit(id, 2, revised, "增加联合党支部条款", own.charter().version());
        own = charters.step(
                id, 2, CharterStatus.Step.SUBMIT, null, own.charter().version());
        charters.step(id, 2, CharterStatus.Step.APPROVE, "同意修订", own.charter().version());
    }

    /** A council with one member of each of the five kinds (the unit head chairs); its id. */
    private long council(long districtId, String institutionAccount) {
        long id = bodies.create(new Bodies.NewBody(BodyKind.COUNCIL, districtId, null, null))
                .body()
                .id();
        List<Long> units = units(districtId);
        bodies.addMember(
                id,
                new MemberFields(
                        "王校长",
                        RepresentativeKind.UNIT_HEAD,
                        MemberRole.CHAIR,
                        units.isEmpty() ? null : units.get(0),
                        null,
                        "校长",
                        null));
        bodies.addMember(
                id,
                new MemberFields(
                        "李主任", RepresentativeKind.LOCAL_GOVERNMENT, MemberRole.VICE_CHAIR, null, "街道办事处", "副主任", null));
        bodies.addMember(
                id,
                new MemberFields(
                        "赵科长",
                        RepresentativeKind.EDUCATION_ADMINISTRATION,
                        MemberRole.MEMBER,
                        null,
                        "区教委",
                        "科长",
                        null));
        bodies.addMember(
                id,
                new MemberFields(
                        "陈馆长",
                        RepresentativeKind.SOCIAL_INSTITUTION,
                        MemberRole.MEMBER,
                        null,
                        "区博物馆",
                        "馆长",
                        institutionAccount));
        bodies.addMember(
                id,
                new MemberFields("刘女士", RepresentativeKind.PARENT, MemberRole.SECRETARY, null, "家长委员会", "家长代表", null));
        return id;
    }

    /**
     * Twelve monthly meetings, the first eleven months ago: past ones held (all present, a proposal decided into an
     * action), minutes approved but the latest's; the actions then moved through their states by age.
     */
    private int year(long bodyId) {
        LocalDate today = LocalDate.now(clock.withZone(BEIJING));
        LocalDate first = today.minusMonths(11).withDayOfMonth(10);
        List<MeetingSummary> series =
                meetings.scheduleMonthly(bodyId, new Meetings.Series(first, LocalTime.of(14, 0), 12, "学区会议室"));
        Instant now = clock.instant();
        List<MeetingSummary> past =
                series.stream().filter(m -> m.startsAt().isBefore(now)).toList();
        int n = 0;
        for (MeetingSummary m : past) {
            n++;
            boolean latest = n == past.size();
            MeetingDetail d = meetings.addItem(
                    m.id(), AgendaItem.Kind.PROPOSAL, PROPOSALS[n % PROPOSALS.length], null, null, null);
            d = session.start(m.id(), d.meeting().version());
            for (AttendanceView a : d.attendance()) {
                d = session.mark(m.id(), a.id(), Attendance.Status.PRESENT);
            }
            long item = d.agenda().stream()
                    .filter(i -> i.kind() == AgendaItem.Kind.PROPOSAL)
                    .findFirst()
                    .orElseThrow()
                    .id();
            LocalDate due = LocalDate.ofInstant(m.startsAt(), BEIJING).plusDays(30);
            Long owner = d.attendance().stream()
                    .map(AttendanceView::unitId)
                    .filter(u -> u != null)
                    .findFirst()
                    .orElse(null);
            d = session.decide(
                    m.id(),
                    item,
                    new MeetingSession.Decision(
                            AgendaItem.Mode.CONSENSUS,
                            null,
                            "同意，按期落实",
                            List.of(new ActionSpec(
                                    "落实：" + PROPOSALS[n % PROPOSALS.length], null, owner, "责任人", due, null))),
                    d.meeting().version());
            d = session.close(m.id(), d.meeting().version());
            if (!latest) {
                session.approveMinutes(m.id(), d.meeting().version());
            }
            for (ActionView a : actions.ofMeeting(m.id())) {
                step(a, past.size() - n);
            }
        }
        return past.size();
    }

    /** Older actions are done (one in twelve cancelled), recent ones in progress or open; some of those overdue. */
    private void step(ActionView a, int monthsAgo) {
        if (monthsAgo >= 4) {
            ActionStatus.Step s = monthsAgo % 6 == 0 ? ActionStatus.Step.CANCEL : ActionStatus.Step.COMPLETE;
            actions.step(a.id(), s, s == ActionStatus.Step.CANCEL ? "情况变化，不再执行" : "已完成", a.version());
        } else if (monthsAgo == 2 || monthsAgo == 3) {
            actions.step(a.id(), ActionStatus.Step.START, "正在推进", a.version());
        }
    }

    private static final String[] PROPOSALS = {"学区教研活动安排", "校园安全隐患排查", "家校共育活动方案", "薄弱校帮扶计划", "体育场地向社会开放", "新教师培训方案"};

    private void workPlan(long bodyId) {
        int year = LocalDate.now(clock.withZone(BEIJING)).getYear();
        WorkPlanView p = plans.create(bodyId, year, null);
        p = plans.addItem(p.id(), new WorkPlanItemFields("全学区教研活动每月一次", "全年 12 次", "研训部", 4), p.version());
        p = plans.addItem(p.id(), new WorkPlanItemFields("新教师入职培训", "覆盖全部新入职教师", "研训部", 3), p.version());
        p = plans.addItem(p.id(), new WorkPlanItemFields("骨干教师送教到园", "每园不少于 2 次", "中心园", 4), p.version());
        p = plans.step(p.id(), WorkPlanStatus.Step.SUBMIT, null, null, p.version());
        p = plans.step(p.id(), WorkPlanStatus.Step.APPROVE, "委员会例会审议通过", null, p.version());
        List<ItemProgress> rows = p.items().stream()
                .map(i -> new ItemProgress(i.id(), "按计划推进", 50, null))
                .toList();
        plans.progress(p.id(), WorkPlanStatus.Step.MID_YEAR, "上半年按计划推进", rows, p.version());
    }
}
