package org.xuequ.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
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
import org.xuequ.platform.jobs.SystemTask;
import org.xuequ.registry.RegistryReads;
import org.xuequ.registry.UnitType;
import org.xuequ.workforce.staff.Staff;
import org.xuequ.workforce.staff.StaffDirectory;
import org.xuequ.workforce.training.Course;
import org.xuequ.workforce.training.CourseLevel;
import org.xuequ.workforce.training.CourseSessions;
import org.xuequ.workforce.training.CourseView;
import org.xuequ.workforce.training.Courses;

/**
 * The region's current three-year training cycle about half done: a dozen courses at the four levels since the
 * cycle began, about half of the active staff with a completed course, a tenth more enrolled on one still running.
 * The district's joint lesson-preparation course is taught in four sessions with attendance sheets: those who
 * completed it attended all four, those still enrolled two.
 */
@Component
@Profile("demo")
@Order(240)
class DemoWorkforceTraining implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoWorkforceTraining.class);
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Object[][] COURSES = {
        {"新时代师德师风专题培训", CourseLevel.CITY, "北京市教育委员会", 12},
        {"义务教育新课标解读（语文）", CourseLevel.REGION, "西城区教育研修学院", 24},
        {"义务教育新课标解读（数学）", CourseLevel.REGION, "西城区教育研修学院", 24},
        {"大单元教学设计工作坊", CourseLevel.REGION, "西城区教育研修学院", 32},
        {"学区联合教研：跨校集体备课", CourseLevel.DISTRICT, "学区办公室", 16},
        {"班主任工作能力提升", CourseLevel.REGION, "西城区教育研修学院", 20},
        {"体育与健康课堂教学实践", CourseLevel.DISTRICT, "学区体育教研组", 16},
        {"美育浸润行动：艺术课程建设", CourseLevel.DISTRICT, "学区艺术教研组", 16},
        {"信息技术与教学融合", CourseLevel.REGION, "西城区教育研修学院", 24},
        {"校本研修：课堂观察与评课", CourseLevel.SCHOOL, "各校教科室", 12},
        {"心理健康教育与家校沟通", CourseLevel.REGION, "西城区教育研修学院", 16},
        {"新任教师规范化培训", CourseLevel.REGION, "西城区教育研修学院", 40},
    };

    /** The index in COURSES of the course taught in sessions: the district's 16-hour joint lesson preparation. */
    private static final int TAUGHT_IN_SESSIONS = 4;

    private static final String[] SESSION_TOPICS = {"集体备课：单元目标与课时划分", "同课异构：课堂观摩", "评课议课与教学改进", "成果展示与反思"};

    private final JdbcClient jdbc;
    private final RegistryReads registry;
    private final StaffDirectory staff;
    private final Courses courses;
    private final CourseSessions sessions;
    private final Clock clock;

    DemoWorkforceTraining(
            JdbcClient jdbc,
            RegistryReads registry,
            StaffDirectory staff,
            Courses courses,
            CourseSessions sessions,
            Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.staff = staff;
        this.courses = courses;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from workforce_training_cycle")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(BEIJING));
        // the three-year cycle that began on the last 1 September at least a year ago
        LocalDate start = LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() - 1 : today.getYear() - 2, 9, 1);
        LocalDate end = start.plusYears(3).minusDays(1);
        List<Long> units = registry.units(DemoData.XICHENG, EnumSet.allOf(UnitType.class)).stream()
                .map(RegistryReads.Unit::id)
                .toList();
        List<Staff> people = new ArrayList<>(staff.activeAt(DemoData.XICHENG, units));
        Collections.shuffle(people, new Random(2027));
        int trained = people.size() / 2;
        int enrolledOnly = people.size() / 10;
        SystemTask.run(() -> {
            courses.openCycle(start.getYear() + "—" + end.getYear() + " 全员培训周期", start, end);
            for (int c = 0; c < COURSES.length; c++) {
                Object[] row = COURSES[c];
                // spread over the months since the cycle began, never past today
                LocalDate on = start.plusMonths((long) c * Math.max(1, monthsSince(start, today)) / COURSES.length);
                CourseView course = courses.create(new Course.Fields(
                        null,
                        (String) row[0],
                        (CourseLevel) row[1],
                        (String) row[2],
                        BigDecimal.valueOf((Integer) row[3]),
                        null,
                        on));
                List<Long> completing =
                        slice(people, trained, c).stream().map(Staff::getId).toList();
                List<Long> waiting = slice(people.subList(trained, trained + enrolledOnly), enrolledOnly, c).stream()
                        .map(Staff::getId)
                        .toList();
                List<Long> all = new ArrayList<>(completing);
                all.addAll(waiting);
                if (!all.isEmpty()) {
                    courses.enrol(course.id(), all);
                    if (c == TAUGHT_IN_SESSIONS) {
                        recordSessions(course.id(), on, completing, waiting);
                    }
                    courses.completeAll(
                            course.id(), completing, on.plusDays(14).isAfter(today) ? today : on.plusDays(14));
                }
            }
        });
        log.info("Demo data: training cycle {}–{}, {} of {} staff trained", start, end, trained, people.size());
    }

    /** Four half-day sessions, three days apart, of the course's 16 hours, all held before anyone completes it. */
    private void recordSessions(long courseId, LocalDate startsOn, List<Long> completing, List<Long> waiting) {
        List<Long> firstTwo = new ArrayList<>(completing);
        firstTwo.addAll(waiting);
        for (int n = 0; n < SESSION_TOPICS.length; n++) {
            var page = sessions.add(courseId, startsOn.plusDays(3L * n), BigDecimal.valueOf(4), SESSION_TOPICS[n]);
            long sessionId = page.sessions().get(page.sessions().size() - 1).id();
            sessions.attendance(courseId, sessionId, n < 2 ? firstTwo : completing);
        }
    }

    /** The c-th of twelve shares of the first n people. */
    private static List<Staff> slice(List<Staff> people, int n, int c) {
        int from = n * c / COURSES.length;
        int to = n * (c + 1) / COURSES.length;
        return people.subList(Math.min(from, people.size()), Math.min(to, people.size()));
    }

    private static long monthsSince(LocalDate start, LocalDate today) {
        return java.time.temporal.ChronoUnit.MONTHS.between(start, today);
    }
}
