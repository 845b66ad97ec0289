package org.xuequ.workforce.training;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.XuequProblem;
import org.xuequ.workforce.WorkforceScope;

/**
 * A course's sessions and their attendance sheets, kept by the course's managers while it is open. Completion then
 * credits the hours attended ({@link AttendanceCredit}).
 */
@Service
@Transactional
public class CourseSessions {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final Courses courses;
    private final CourseSessionRepository sessions;
    private final EnrolmentRepository enrolments;
    private final WorkforceScope scope;
    private final Clock clock;

    CourseSessions(
            Courses courses,
            CourseSessionRepository sessions,
            EnrolmentRepository enrolments,
            WorkforceScope scope,
            Clock clock) {
        this.courses = courses;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.scope = scope;
        this.clock = clock;
    }

    /** Plans or records a session on a day from the course's start on. */
    public CourseView add(long courseId, LocalDate heldOn, BigDecimal hours, String topic) {
        Course course = courses.managed(courseId);
        if (heldOn.isBefore(course.getStartsOn())) {
            throw XuequProblem.invalid("heldOn", "error.workforce.session-before-course");
        }
        sessions.saveAndFlush(new CourseSession(courseId, heldOn, hours, topic, clock.instant(), scope.actor()));
        return courses.page(course);
    }

    /**
     * Records who attended a session that has been held: the whole sheet, replacing the last one; everyone on it must
     * be on the course (400 naming {@code staffIds[i]}).
     */
    public CourseView attendance(long courseId, long sessionId, List<Long> staffIds) {
        Course course = courses.managed(courseId);
        CourseSession session = sessions.findById(sessionId)
                .filter(s -> s.getCourseId() == courseId)
                .orElseThrow(() -> XuequProblem.notFound("CourseSession", sessionId));
        if (session.getHeldOn().isAfter(LocalDate.now(clock.withZone(BEIJING)))) {
            throw XuequProblem.invalid("sessionId", "error.workforce.session-not-held");
        }
        Set<Long> onCourse = enrolments.findByCourseIdOrderByIdAsc(courseId).stream()
                .filter(e -> e.getStatus() != EnrolmentStatus.WITHDRAWN)
                .map(Enrolment::getStaffId)
                .collect(Collectors.toSet());
        for (int i = 0; i < staffIds.size(); i++) {
            if (!onCourse.contains(staffIds.get(i))) {
                throw XuequProblem.invalid("staffIds[" + i + "]", "error.workforce.session-not-enrolled");
            }
        }
        session.recordPresent(staffIds);
        sessions.flush();
        return courses.page(course);
    }
}
