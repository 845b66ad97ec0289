package org.xuequ.workforce.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A course in a list, or on its page with the enrolments the caller may see. */
public record CourseView(
        long id,
        long version,
        String title,
        CourseLevel level,
        String provider,
        BigDecimal hours,
        @Nullable String targetPosts,
        LocalDate startsOn,
        @Nullable Long districtId,
        @Nullable String districtName,
        boolean open,
        int enrolled,
        int completed,
        boolean mayManage,
        List<EnrolmentRow> enrolments,
        List<SessionRow> sessions) {

    /** A session with how many attended (on the course's page; empty in lists). */
    public record SessionRow(long id, LocalDate heldOn, BigDecimal hours, String topic, int present) {}

    public record EnrolmentRow(
            long id,
            long version,
            long staffId,
            String name,
            long unitId,
            String unitName,
            EnrolmentStatus status,
            @Nullable LocalDate completedOn,
            @Nullable BigDecimal hours,
            @Nullable BigDecimal attendedHours) {}

    /** A person's training: each course with its status, and whether the current cycle counts them as trained. */
    public record PersonTraining(
            @Nullable String cycleName,
            @Nullable LocalDate deadline,
            boolean trainedInCycle,
            BigDecimal hoursInCycle,
            List<PersonCourse> courses) {}

    public record PersonCourse(
            long courseId,
            String title,
            CourseLevel level,
            BigDecimal hours,
            LocalDate startsOn,
            EnrolmentStatus status,
            @Nullable LocalDate completedOn) {}
}
