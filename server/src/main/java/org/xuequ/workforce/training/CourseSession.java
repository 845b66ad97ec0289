package org.xuequ.workforce.training;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** One session of a course (a day's teaching) with the people who attended it. */
@Entity
@Table(name = "workforce_course_session")
public class CourseSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long courseId;
    private LocalDate heldOn;
    private BigDecimal hours;
    private String topic;
    private Instant createdAt;
    private String createdBy;

    @ElementCollection
    @CollectionTable(name = "workforce_session_attendance", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "staff_id")
    private Set<Long> present = new HashSet<>();

    protected CourseSession() {}

    CourseSession(long courseId, LocalDate heldOn, BigDecimal hours, String topic, Instant now, String actor) {
        this.courseId = courseId;
        this.heldOn = heldOn;
        this.hours = hours;
        this.topic = topic.strip();
        this.createdAt = now;
        this.createdBy = actor;
    }

    /** Replaces who attended: the sheet as a whole, so a correction is one more save. */
    void recordPresent(Collection<Long> staffIds) {
        present.clear();
        present.addAll(staffIds);
    }

    public boolean attendedBy(long staffId) {
        return present.contains(staffId);
    }

    public Long getId() {
        return id;
    }

    public long getCourseId() {
        return courseId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public String getTopic() {
        return topic;
    }

    public Set<Long> getPresent() {
        return Set.copyOf(present);
    }
}
