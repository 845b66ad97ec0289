package org.xuequ.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.xuequ.evaluation.assessment.AssessedUnit;
import org.xuequ.evaluation.assessment.AssessmentCycle;
import org.xuequ.evaluation.assessment.AssessmentCycles;
import org.xuequ.evaluation.assessment.AssessmentCycles.ScoreForm;
import org.xuequ.evaluation.assessment.AssessmentScheme;
import org.xuequ.evaluation.assessment.AssessmentScheme.CriterionForm;
import org.xuequ.evaluation.assessment.AssessmentSchemes;
import org.xuequ.evaluation.assessment.Grade;
import org.xuequ.evaluation.assessment.SchemeCriterion;
import org.xuequ.evaluation.assessment.SchemeCriterion.Source;
import org.xuequ.evaluation.assessment.weak.SupportMeasure;
import org.xuequ.evaluation.assessment.weak.WeakUnitFile;
import org.xuequ.evaluation.assessment.weak.WeakUnitFiles;
import org.xuequ.platform.jobs.SystemTask;
import org.xuequ.registry.SchoolYear;

/**
 * Sample annual assessments (年度考核): last school year's cycle FINALISED over every district member
 * unit, with the central kindergartens' opinions on their members, ranks, three commended units and
 * two weak-unit files with support plans (one measure overdue, one reviewed); this school year's cycle
 * OPEN and partly scored, on a new version of the scheme. Deterministic; runs once.
 */
@Component
@Profile("demo")
@Order(45)
class DemoAssessment implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAssessment.class);
    private static final String[][] CRITERIA = {
        {"DJ", "党建", "Party building", "10", "MANUAL"},
        {"NBGL", "内部管理", "Internal management", "20", "MANUAL"},
        {"BJZL", "保教质量", "Quality of care and teaching", "30", "MANUAL"},
        {"SDSF", "师德师风", "Teachers' ethics", "15", "MANUAL"},
        {"AQWD", "安全稳定", "Safety", "15", "MANUAL"},
        {"DDJF", "督导积分", "Supervision points", "10", "SUPERVISION_POINTS"}
    };
    private static final String[] OPINIONS = {
        "办园规范，保教质量稳步提升，积极参与学区教研。", "家园共育有特色，师资队伍稳定，建议加强课程建设。", "安全管理到位，参与学区活动积极，保教常规仍需细化。", "保教质量有待提高，建议中心园加强结对帮扶。"
    };

    private final AssessmentSchemes schemes;
    private final AssessmentCycles cycles;
    private final WeakUnitFiles weakUnits;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoAssessment(
            AssessmentSchemes schemes,
            AssessmentCycles cycles,
            WeakUnitFiles weakUnits,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Clock clock) {
        this.schemes = schemes;
        this.cycles = cycles;
        this.weakUnits = weakUnits;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from evaluation_assessment_cycle")
                                .query(Long.class)
                                .single()
                        > 0
                || jdbc.sql("select count(*) from district_membership")
                                .query(Long.class)
                                .single()
                        == 0) {
            return;
        }
        SystemTask.run(() -> transactions.executeWithoutResult(status -> load()));
    }

    private void load() {
        Random random = new Random(20250901L);
        int thisYear = SchoolYear.current(clock);
        int lastYear = thisYear - 1;
        AssessmentScheme scheme = schemes.create(DemoData.XICHENG, form("西城区学区成员单位年度考核方案", lastYear));

        // Last year: every unit scored, heard and final; then ranked, commended and the weakest supported.
        AssessmentCycle past = cycles.create(DemoData.XICHENG, lastYear, scheme.getId());
        List<SchemeCriterion> criteria = scheme.getCriteria();
        List<AssessedUnit> units = cycles.units(past.getId(), null);
        List<Long> weakest = weakest(units);
        for (AssessedUnit unit : units) {
            int level = weakest.contains(unit.getUnitId()) ? 52 : 66 + random.nextInt(30);
            opinionAndScores(past, unit, criteria, level, random);
            cycles.finaliseUnit(past.getId(), unit.getUnitId());
        }
        cycles.finalise(past.getId());
        List<AssessedUnit> ranked = cycles.units(past.getId(), null).stream()
                .sorted(Comparator.comparing(AssessedUnit::getRank))
                .toList();
        cycles.commend(
                past.getId(),
                ranked.subList(0, 3).stream().map(AssessedUnit::getUnitId).toList(),
                lastYear + "–" + (lastYear + 1) + " 学年度考核优秀单位，予以通报表扬。");
        supportPlans(past, weakest);

        // This year: a new version of the scheme (the old one is in use), about a third of the units scored.
        AssessmentScheme next = schemes.newVersion(scheme.getId(), "西城区学区成员单位年度考核方案（" + thisYear + " 修订）");
        next = schemes.revise(next.getId(), form(next.getName(), thisYear));
        AssessmentCycle open = cycles.create(DemoData.XICHENG, thisYear, next.getId());
        List<SchemeCriterion> nextCriteria = next.getCriteria();
        int scored = 0;
        for (AssessedUnit unit : cycles.units(open.getId(), null)) {
            if (random.nextInt(3) != 0) {
                continue;
            }
            opinionAndScores(open, unit, nextCriteria, 68 + random.nextInt(28), random);
            if (random.nextInt(4) == 0) {
                cycles.finaliseUnit(open.getId(), unit.getUnitId());
            }
            scored++;
        }
        log.info(
                "Assessment sample data: {} finalised with {} units, {} open with {} scored, {} weak-unit files",
                lastYear,
                units.size(),
                thisYear,
                scored,
                weakest.size());
    }

    private static AssessmentScheme.Form form(String name, int year) {
        List<CriterionForm> criteria = new ArrayList<>();
        for (String[] c : CRITERIA) {
            criteria.add(new CriterionForm(
                    c[0], c[1], c[2], new BigDecimal(c[3]), BigDecimal.valueOf(100), Source.valueOf(c[4])));
        }
        return new AssessmentScheme.Form(name, year, criteria);
    }

    /** Two member kindergartens of the first preschool district (the one the xueqian1 office runs). */
    private static List<Long> weakest(List<AssessedUnit> units) {
        Long district = units.stream()
                .filter(AssessedUnit::isMember)
                .map(AssessedUnit::getDistrictId)
                .min(Long::compare)
                .orElse(null);
        return units.stream()
                .filter(u -> u.isMember() && u.getDistrictId().equals(district))
                .map(AssessedUnit::getUnitId)
                .sorted(Comparator.reverseOrder())
                .limit(2)
                .toList();
    }

    private void opinionAndScores(
            AssessmentCycle cycle, AssessedUnit unit, List<SchemeCriterion> criteria, int level, Random random) {
        if (unit.isMember()) {
            Grade grade =
                    level >= 90 ? Grade.EXCELLENT : level >= 80 ? Grade.GOOD : level >= 60 ? Grade.PASS : Grade.FAIL;
            String text = level < 60 ? OPINIONS[3] : OPINIONS[random.nextInt(3)];
            cycles.opinion(cycle.getId(), unit.getUnitId(), text, grade);
        }
        List<ScoreForm> scores = new ArrayList<>();
        for (SchemeCriterion c : criteria) {
            int score = Math.max(30, Math.min(100, level + random.nextInt(11) - 5));
            scores.add(new ScoreForm(c.getId(), BigDecimal.valueOf(score)));
        }
        cycles.score(cycle.getId(), unit.getUnitId(), scores);
    }

    /** One file with an overdue measure, a done one and a reviewed one; one with a reviewed and a planned one. */
    private void supportPlans(AssessmentCycle cycle, List<Long> weakest) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        if (weakest.isEmpty()) {
            return;
        }
        WeakUnitFile first =
                weakUnits.open(DemoData.XICHENG, weakest.get(0), cycle.getId(), "年度考核不合格：保教质量、内部管理薄弱，列为薄弱单位，实施结对帮扶。");
        first = weakUnits.addMeasure(first.getId(), "中心园派驻 2 名骨干教师驻园指导一学期", "学区办公室", today.plusMonths(3));
        first = weakUnits.addMeasure(first.getId(), "完成园舍安全隐患排查与整改", "园长", today.minusDays(20));
        first = weakUnits.addMeasure(first.getId(), "每月参加学区联合教研并提交教研记录", "保教主任", today.minusMonths(1));
        List<SupportMeasure> measures = first.getMeasures();
        weakUnits.markDone(first.getId(), measures.get(0).getId(), "两名骨干教师已到岗，完成首月听评课 12 节。");
        weakUnits.markDone(first.getId(), measures.get(2).getId(), "已参加 3 次联合教研，记录已上传。");
        weakUnits.review(first.getId(), measures.get(2).getId(), true, "记录完整，予以验收。");
        if (weakest.size() > 1) {
            WeakUnitFile second =
                    weakUnits.open(DemoData.XICHENG, weakest.get(1), cycle.getId(), "年度考核不合格：师资流动大，保教常规不稳定。");
            second = weakUnits.addMeasure(second.getId(), "制定教师稳岗方案并报学区备案", "园长", today.minusDays(40));
            second = weakUnits.addMeasure(second.getId(), "中心园开放半日活动观摩 4 次", "中心园", today.plusMonths(2));
            SupportMeasure plan = second.getMeasures().get(0);
            weakUnits.markDone(second.getId(), plan.getId(), "稳岗方案已制定并备案。");
            weakUnits.review(second.getId(), plan.getId(), true, "方案可行，予以验收。");
        }
    }
}
