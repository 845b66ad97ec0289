package org.xuequ.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xuequ.platform.jobs.SystemTask;
import org.xuequ.registry.DistrictKind;
import org.xuequ.registry.RegistryReads;
import org.xuequ.registry.RegistryReads.DistrictMember;
import org.xuequ.registry.SchoolYear;
import org.xuequ.supervision.InspectionKind;
import org.xuequ.supervision.Severity;
import org.xuequ.supervision.Term;
import org.xuequ.supervision.findings.OverdueSweep;
import org.xuequ.supervision.inspections.DraftContent;
import org.xuequ.supervision.inspections.InspectionView;
import org.xuequ.supervision.inspections.Inspections;
import org.xuequ.supervision.inspectors.Assignment;
import org.xuequ.supervision.inspectors.InspectorFields;
import org.xuequ.supervision.inspectors.InspectorKind;
import org.xuequ.supervision.inspectors.InspectorView;
import org.xuequ.supervision.inspectors.Inspectors;
import org.xuequ.supervision.plans.Draws;
import org.xuequ.supervision.plans.PlanFields;
import org.xuequ.supervision.plans.PlanStatus;
import org.xuequ.supervision.plans.PlanView;
import org.xuequ.supervision.plans.Plans;
import org.xuequ.supervision.points.PointsLedger;
import org.xuequ.supervision.rubrics.RubricView;
import org.xuequ.supervision.rubrics.Rubrics;
import org.xuequ.supervision.rubrics.Scoring;

/**
 * A term of supervision in Xicheng's six preschool districts and two primary districts: inspectors from the
 * districts' positions (the demo user {@code inspector} is the first preschool district's full-time inspector and
 * also answers for the first primary district), the seven-domain rubric, an approved plan per district with random
 * draws (revealed, so the public replay works; one left unrevealed), about 150 inspections of all kinds, units'
 * self-supervisions, findings in every state of the loop with a relapse and overdue orders, and the points ledger.
 * Runs once, after the registry and evaluation sample data; the same every time (fixed random seed).
 */
@Component
@Profile("demo")
@Order(230)
class DemoSupervision implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSupervision.class);
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final Inspectors inspectors;
    private final Rubrics rubrics;
    private final Plans plans;
    private final Draws draws;
    private final Inspections inspections;
    private final PointsLedger points;
    private final OverdueSweep sweep;
    private final RegistryReads registry;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoSupervision(
            Inspectors inspectors,
            Rubrics rubrics,
            Plans plans,
            Draws draws,
            Inspections inspections,
            PointsLedger points,
            OverdueSweep sweep,
            RegistryReads registry,
            JdbcClient jdbc,
            Clock clock) {
        this.inspectors = inspectors;
        this.rubrics = rubrics;
        this.plans = plans;
        this.draws = draws;
        this.inspections = inspections;
        this.points = points;
        this.sweep = sweep;
        this.registry = registry;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean loaded = jdbc.sql("select count(*) from supervision_rubric")
                        .query(Long.class)
                        .single()
                > 0;
        boolean registry = jdbc.sql("select count(*) from school_district where region_code = :r")
                        .param("r", DemoData.XICHENG)
                        .query(Long.class)
                        .single()
                > 0;
        if (!loaded && registry) {
            SystemTask.run(this::load);
        }
    }

    private void load() {
        Random random = new Random(20181201L);
        LocalDate today = LocalDate.now(clock.withZone(BEIJING));
        Term term = Term.of(today);
        if (today.isBefore(term.start().plusDays(45))) {
            term = term.semester() == 1 ? new Term(term.schoolYear() - 1, 2) : new Term(term.schoolYear(), 1);
        }
        LocalDate last = today.minusDays(1).isBefore(term.end()) ? today.minusDays(1) : term.end();
        Map<Long, List<DistrictMember>> districts = districts();
        inspectors.importFromRegistry();
        Map<Long, Long> inspectorOfUnit = staff(districts);
        RubricView rubric = rubrics.create(DemoSupervisionRubric.NAME, DemoSupervisionRubric.criteria());

        // Last term: a fire-safety finding at the first kindergarten, rectified and closed — it will recur.
        long relapseUnit = districts.values().iterator().next().get(1).unitId();
        Term previous = term.semester() == 2 ? new Term(term.schoolYear(), 1) : new Term(term.schoolYear() - 1, 2);
        LocalDate earlier = weekday(previous.end().minusDays(40));
        InspectionView old =
                inspect(rubric, null, null, relapseUnit, InspectionKind.ROUTINE, earlier, 0.72, random, "AQ1.1");
        closeOnTime(old, earlier);

        int inspected = 0;
        int index = 0;
        for (var entry : districts.entrySet()) {
            long districtId = entry.getKey();
            List<DistrictMember> members = entry.getValue();
            PlanView plan = plans.create(districtId, term, "本学期对学区内各单位开展经常性督导，并按要求开展专项、综合和随机督导。");
            List<PlanFields.Planned> lines = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                long unit = members.get(i).unitId();
                LocalDate day = weekday(term.start()
                        .plusDays(7
                                + random.nextInt(
                                        (int) (last.toEpochDay() - term.start().toEpochDay() - 6))));
                lines.add(new PlanFields.Planned(InspectionKind.ROUTINE, unit, day, inspectorOfUnit.get(unit), null));
                if (i == 1 || i == 4) {
                    lines.add(new PlanFields.Planned(
                            InspectionKind.COMPREHENSIVE,
                            unit,
                            weekday(day.plusDays(3)),
                            inspectorOfUnit.get(unit),
                            null));
                }
                if (i == 2 || i == 5) {
                    lines.add(new PlanFields.Planned(
                            InspectionKind.SPECIAL,
                            unit,
                            weekday(day.plusDays(5)),
                            inspectorOfUnit.get(unit),
                            i == 2 ? "教育收费" : "安全稳定"));
                }
            }
            plan = plans.update(plan.id(), new PlanFields(plan.note(), lines), plan.version());
            plan = plans.step(plan.id(), PlanStatus.Step.SUBMIT, null, plan.version());
            plan = plans.step(plan.id(), PlanStatus.Step.APPROVE, "同意。", plan.version());
            LocalDate to =
                    term.start().plusDays(75).isBefore(last) ? term.start().plusDays(75) : last;
            long draw = draws.commit(plan.id(), 3, term.start().plusDays(14), to, null)
                    .id();
            draws.execute(draw);
            if (index != 1) {
                draws.reveal(draw);
            }
            plan = plans.get(plan.id());
            for (PlanView.PlannedView line : plan.planned()) {
                LocalDate day = line.plannedOn() == null ? last : line.plannedOn();
                String force = line.unitId() == relapseUnit && line.kind() == InspectionKind.ROUTINE ? "AQ1.1" : null;
                boolean skipped = day.isAfter(last) || force == null && random.nextDouble() < 0.08;
                if (skipped) {
                    continue;
                }
                double quality = 0.62 + 0.38 * ((line.unitId() * 7919 % 100) / 100.0);
                boolean draft = force == null && day.isAfter(last.minusDays(3)) && random.nextBoolean();
                InspectionView done = inspect(
                        rubric, plan.id(), line.id(), line.unitId(), line.kind(), day, quality, random, force, draft);
                assignInspector(done.id(), inspectorOfUnit.get(line.unitId()));
                inspected++;
            }
            // Two units run a self-supervision on the same rubric.
            for (int i = 0; i < 2 && i < members.size(); i++) {
                selfSupervise(rubric, members.get(i).unitId(), weekday(last.minusDays(10 + i)), random);
            }
            index++;
        }
        advanceFindings(today, random);
        points.refresh(DemoData.XICHENG, null);
        OverdueSweep.Result swept = sweep.run(clock.instant());
        log.info(
                "Sample supervision loaded: {} plans, {} inspections, {} overdue orders",
                districts.size(),
                inspected,
                swept.markedOverdue());
    }

    /** The six preschool districts and the first two primary districts of Xicheng, with their members this year. */
    private Map<Long, List<DistrictMember>> districts() {
        Map<Long, List<DistrictMember>> preschool = new LinkedHashMap<>();
        Map<Long, List<DistrictMember>> primary = new LinkedHashMap<>();
        registry.districtMembers(DemoData.XICHENG, SchoolYear.current(clock)).stream()
                .sorted(java.util.Comparator.comparing(DistrictMember::districtId)
                        .thenComparing(DistrictMember::unitId))
                .forEach(m -> {
                    if (m.districtKind() == DistrictKind.PRESCHOOL) {
                        preschool
                                .computeIfAbsent(m.districtId(), d -> new ArrayList<>())
                                .add(m);
                    } else if (m.districtKind() == DistrictKind.PRIMARY) {
                        primary.computeIfAbsent(m.districtId(), d -> new ArrayList<>())
                                .add(m);
                    }
                });
        Map<Long, List<DistrictMember>> out = new LinkedHashMap<>(preschool);
        primary.entrySet().stream().limit(2).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /**
     * Primary districts get a full-time inspector each; the demo user {@code inspector} becomes the first preschool
     * district's full-time inspector and answers for the first primary district too. Answers who inspects each unit.
     */
    private Map<Long, Long> staff(Map<Long, List<DistrictMember>> districts) {
        List<Long> ids = new ArrayList<>(districts.keySet());
        LocalDate appointed = LocalDate.now(clock).minusYears(1).withMonth(9).withDayOfMonth(1);
        for (Long districtId : ids) {
            if (districts.get(districtId).get(0).districtKind() == DistrictKind.PRIMARY) {
                InspectorView created = inspectors.create(new InspectorFields(
                        InspectorKind.FULL_TIME,
                        districts.get(districtId).get(0).districtName().replace("学区", "") + "责任督学",
                        districtId,
                        null,
                        appointed,
                        appointed,
                        null));
                inspectors.assign(
                        created.id(), List.of(new Assignment(districtId, null, appointed)), created.version());
            }
        }
        Map<Long, Long> byUnit = new HashMap<>();
        for (Long districtId : ids) {
            for (InspectorView i : inspectors.list(districtId)) {
                if (i.fields().kind() == InspectorKind.LIAISON) {
                    continue;
                }
                for (InspectorView.AssignmentView a : i.assignments()) {
                    if (a.districtId() != districtId) {
                        continue;
                    }
                    if (a.unitId() != null) {
                        byUnit.put(a.unitId(), i.id());
                    } else {
                        districts.get(districtId).forEach(m -> byUnit.putIfAbsent(m.unitId(), i.id()));
                    }
                }
            }
        }
        InspectorView fullTime = inspectors.list(ids.get(0)).stream()
                .filter(i -> i.fields().kind() == InspectorKind.FULL_TIME)
                .findFirst()
                .orElseThrow();
        InspectorFields f = fullTime.fields();
        InspectorView linked = inspectors.update(
                fullTime.id(),
                new InspectorFields(f.kind(), f.personName(), f.districtId(), "inspector", appointed, appointed, null),
                fullTime.version());
        Long primaryDistrict = ids.stream()
                .filter(d -> districts.get(d).get(0).districtKind() == DistrictKind.PRIMARY)
                .findFirst()
                .orElseThrow();
        List<Assignment> assignments = new ArrayList<>();
        linked.assignments().forEach(a -> assignments.add(new Assignment(a.districtId(), a.unitId(), a.since())));
        assignments.add(new Assignment(primaryDistrict, null, appointed));
        inspectors.assign(linked.id(), assignments, linked.version());
        return byUnit;
    }

    private InspectionView inspect(
            RubricView rubric,
            Long planId,
            Long plannedId,
            long unit,
            InspectionKind kind,
            LocalDate day,
            double quality,
            Random random,
            String forcedFinding) {
        return inspect(rubric, planId, plannedId, unit, kind, day, quality, random, forcedFinding, false);
    }

    private InspectionView inspect(
            RubricView rubric,
            Long planId,
            Long plannedId,
            long unit,
            InspectionKind kind,
            LocalDate day,
            double quality,
            Random random,
            String forcedFinding,
            boolean leaveDraft) {
        InspectionView started = inspections.start(new Inspections.StartRequest(
                plannedId,
                planId,
                plannedId == null ? unit : null,
                plannedId == null ? kind : null,
                rubric.id(),
                day,
                null));
        List<DraftContent.ScoreInput> scores = new ArrayList<>();
        List<DraftContent.FindingInput> findings = new ArrayList<>();
        for (Criterion c : criteria(rubric)) {
            double share = Math.max(0, Math.min(1, quality + random.nextGaussian() * 0.12));
            boolean forced = c.code().equals(forcedFinding);
            if (forced) {
                share = Math.min(share, 0.5);
            }
            if (c.scoring() == Scoring.LEVELS) {
                Scoring.Level level = share > 0.9
                        ? Scoring.Level.A
                        : share > 0.75 ? Scoring.Level.B : share > 0.6 ? Scoring.Level.C : Scoring.Level.D;
                scores.add(new DraftContent.ScoreInput(c.id(), level, null, "现场查看"));
            } else {
                BigDecimal p = c.maxPoints().multiply(BigDecimal.valueOf(share)).setScale(1, RoundingMode.HALF_UP);
                scores.add(new DraftContent.ScoreInput(c.id(), null, p, "查阅资料并现场查看"));
            }
            if ((forced || share < 0.62 && random.nextDouble() < 0.55) && findings.size() < 3) {
                double s = random.nextDouble();
                Severity severity = forced || s < 0.76 ? Severity.GENERAL : s < 0.9 ? Severity.MAJOR : Severity.HARD;
                String[] texts = DemoSupervisionRubric.findingTexts(c.domainCode());
                findings.add(new DraftContent.FindingInput(
                        c.id(),
                        severity,
                        texts[random.nextInt(texts.length)],
                        "现场查看并拍照，查阅相关台账",
                        "对照指标要求限期整改，提交整改措施和佐证材料",
                        List.of()));
            }
        }
        InspectionView saved = inspections.saveDraft(
                started.id(), new DraftContent(day, null, "督导总体情况良好，发现的问题已当场反馈。", scores, findings), started.version());
        return leaveDraft ? saved : inspections.submit(saved.id(), saved.version());
    }

    private void selfSupervise(RubricView rubric, long unit, LocalDate day, Random random) {
        InspectionView started = inspections.start(
                new Inspections.StartRequest(null, null, unit, InspectionKind.ROUTINE, rubric.id(), day, null));
        // The sample data has no unit signed in: the record is made a self-supervision directly.
        jdbc.sql("update supervision_inspection set conducted_by = 'UNIT', inspector_id = null where id = :id")
                .param("id", started.id())
                .update();
        List<DraftContent.ScoreInput> scores = new ArrayList<>();
        for (Criterion c : criteria(rubric)) {
            double share = Math.min(1, 0.8 + random.nextDouble() * 0.2);
            scores.add(
                    c.scoring() == Scoring.LEVELS
                            ? new DraftContent.ScoreInput(
                                    c.id(), share > 0.9 ? Scoring.Level.A : Scoring.Level.B, null, "自查")
                            : new DraftContent.ScoreInput(
                                    c.id(),
                                    null,
                                    c.maxPoints()
                                            .multiply(BigDecimal.valueOf(share))
                                            .setScale(1, RoundingMode.HALF_UP),
                                    "自查"));
        }
        InspectionView saved = inspections.saveDraft(
                started.id(), new DraftContent(day, null, "本园（校）自我督导。", scores, List.of()), started.version());
        inspections.submit(saved.id(), saved.version());
    }

    private record Criterion(long id, String domainCode, String code, Scoring scoring, BigDecimal maxPoints) {}

    private static List<Criterion> criteria(RubricView rubric) {
        List<Criterion> out = new ArrayList<>();
        for (RubricView.Domain d : rubric.domains()) {
            for (RubricView.Item item : d.items()) {
                for (RubricView.Criterion c : item.criteria()) {
                    out.add(new Criterion(c.id(), d.code(), c.code(), c.scoring(), c.maxPoints()));
                }
            }
        }
        return out;
    }

    private void assignInspector(long inspectionId, Long inspectorId) {
        String username = inspectorId == null
                ? "system"
                : jdbc.sql("select coalesce(username, 'system') from supervision_inspector where id = :id")
                        .param("id", inspectorId)
                        .query(String.class)
                        .single();
        jdbc.sql("update supervision_inspection set inspector_id = :i, created_by = :u where id = :id")
                .param("i", inspectorId)
                .param("u", username)
                .param("id", inspectionId)
                .update();
    }

    private void closeOnTime(InspectionView inspection, LocalDate found) {
        jdbc.sql("""
                        update supervision_finding set status = 'CLOSED', order_owner = '园长', order_deadline = :deadline,
                               order_requirement = '限期整改', ordered_at = :ordered, ordered_by = 'inspector',
                               answer_measures = '已整改', answer_evidence = '整改照片', answered_at = :answered,
                               answered_by = 'school', recheck_passed = true, rechecked_at = :closed,
                               rechecked_by = 'inspector', closed_at = :closed
                        where inspection_id = :id""")
                .param("deadline", found.plusDays(20))
                .param("ordered", at(found.plusDays(1)))
                .param("answered", at(found.plusDays(10)))
                .param("closed", at(found.plusDays(14)))
                .param("id", inspection.id())
                .update();
    }

    /** Moves each finding along its loop as far as its age allows, so every state (and overdue orders) appears. */
    private void advanceFindings(LocalDate today, Random random) {
        record Row(long id, Severity severity, LocalDate found) {}
        List<Row> rows = jdbc.sql("""
                        select id, severity, found_on from supervision_finding
                        where region_code = :r and status = 'OPEN' order by id""")
                .param("r", DemoData.XICHENG)
                .query((rs, i) ->
                        new Row(rs.getLong(1), Severity.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class)))
                .list();
        for (Row f : rows) {
            long age = today.toEpochDay() - f.found().toEpochDay();
            boolean escalates = f.severity().escalates();
            Map<String, Object> v = new HashMap<>();
            v.put("id", f.id());
            v.put("status", "OPEN");
            for (String k : List.of("escalated", "ordered", "answered", "rechecked", "closed", "deadline", "passed")) {
                v.put(k, null);
            }
            v.put("reopens", 0);
            if (escalates && age >= 2) {
                v.put("status", "ESCALATED");
                v.put("escalated", at(f.found().plusDays(1)));
            }
            // Some major and hard findings of the last month still wait for the commission's notice.
            boolean waiting = escalates && age < 30 && random.nextDouble() < 0.35;
            if (age >= 6 && !waiting) {
                LocalDate deadline = f.found().plusDays(escalates ? 30 : 20);
                v.put("status", "ORDERED");
                v.put("ordered", at(f.found().plusDays(escalates ? 4 : 2)));
                v.put("deadline", deadline);
                double r = random.nextDouble();
                if (!deadline.isBefore(today)) {
                    if (r < 0.3 && age > 11) {
                        answered(v, f.found().plusDays(10));
                    } else if (r < 0.45 && age > 16) {
                        answered(v, f.found().plusDays(10));
                        rechecked(v, f.found().plusDays(15), true);
                    }
                } else if (r < 0.62) {
                    answered(v, f.found().plusDays(12));
                    rechecked(v, f.found().plusDays(16), true);
                    v.put("status", "CLOSED");
                    v.put("closed", at(f.found().plusDays(17)));
                } else if (r < 0.72) {
                    // still ORDERED past its deadline: the sweep marks it overdue and escalates it
                } else if (r < 0.78) {
                    answered(v, deadline.plusDays(3).isBefore(today) ? deadline.plusDays(3) : today.minusDays(1));
                    v.put("overdue", true);
                } else if (r < 0.9) {
                    answered(v, f.found().plusDays(12));
                    rechecked(v, f.found().plusDays(16), false);
                    v.put("status", "REOPENED");
                    v.put("deadline", today.plusDays(10));
                    v.put("reopens", 1);
                } else {
                    answered(v, f.found().plusDays(12));
                    rechecked(v, f.found().plusDays(16), false);
                }
            }
            v.putIfAbsent("overdue", false);
            jdbc.sql("""
                            update supervision_finding set status = :status, escalated_at = :escalated,
                                   escalated_by = case when :escalated::timestamptz is null then null else 'inspector' end,
                                   order_deadline = :deadline, ordered_at = :ordered,
                                   order_owner = case when :ordered::timestamptz is null then null else '园长' end,
                                   order_requirement = case when :ordered::timestamptz is null then null
                                       else '对照督导意见限期整改，整改完成后提交措施和佐证' end,
                                   ordered_by = case when :ordered::timestamptz is null then null
                                       when severity = 'GENERAL' then 'inspector' else 'xicheng' end,
                                   answered_at = :answered,
                                   answer_measures = case when :answered::timestamptz is null then null
                                       else '已制定整改方案并落实，相关制度已修订' end,
                                   answer_evidence = case when :answered::timestamptz is null then null
                                       else '整改前后照片、会议记录' end,
                                   answered_by = case when :answered::timestamptz is null then null else 'school' end,
                                   rechecked_at = :rechecked, recheck_passed = :passed,
                                   rechecked_by = case when :rechecked::timestamptz is null then null else 'inspector' end,
                                   closed_at = :closed, reopen_count = :reopens, overdue = :overdue
                            where id = :id""").params(v).update();
        }
    }

    private static void answered(Map<String, Object> v, LocalDate day) {
        v.put("status", "ANSWERED");
        v.put("answered", at(day));
    }

    private static void rechecked(Map<String, Object> v, LocalDate day, boolean passed) {
        v.put("status", "RECHECKED");
        v.put("rechecked", at(day));
        v.put("passed", passed);
    }

    private static Timestamp at(LocalDate day) {
        Instant instant = day.atTime(10, 0).atZone(BEIJING).toInstant();
        return Timestamp.from(instant);
    }

    private static LocalDate weekday(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d;
    }
}
