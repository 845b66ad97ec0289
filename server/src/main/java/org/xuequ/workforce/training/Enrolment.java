package org.xuequ.workforce.training;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A person on a course; completing it credits the course's hours and counts for the cycle's coverage. */
@Entity
@Table(name = "workforce_enrolment")
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long courseId;
    private long staffId;
    private long unitId;

    @Enumerated(EnumType.STRING)
    private EnrolmentStatus status;

    @Nullable
    private LocalDate completedOn;

    @Nullable
    private BigDecimal hours;

    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;

    protected Enrolment() {}

    Enrolment(long courseId, long staffId, long unitId, Instant now, String actor) {
        this.courseId = courseId;
        this.staffId = staffId;
        this.unitId = unitId;
        this.status = EnrolmentStatus.ENROLLED;
        this.createdAt = now;
        this.createdBy = actor;
        touch(now, actor);
    }

    void complete(LocalDate day, BigDecimal credited, Instant now, String actor) {
        if (status != EnrolmentStatus.ENROLLED) {
            throw TrainingRefusal.TRANSITION.problem(status, "COMPLETE");
        }
        this.status = EnrolmentStatus.COMPLETED;
        this.completedOn = day;
        this.hours = credited;
        touch(now, actor);
    }

    private void touch(Instant now, String actor) {
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getCourseId() {
        return courseId;
    }

    public long getStaffId() {
        return staffId;
    }

    public long getUnitId() {
        return unitId;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public @Nullable LocalDate getCompletedOn() {
        return completedOn;
    }

    public @Nullable BigDecimal getHours() {
        return hours;
    }
}
