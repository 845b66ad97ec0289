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

/** A training course of a cycle: region-wide (no district) or a district's; open for enrolment until closed. */
@Entity
@Table(name = "workforce_course")
public class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String regionCode;

    @Nullable
    private Long districtId;

    private long cycleId;
    private String title;

    @Enumerated(EnumType.STRING)
    private CourseLevel level;

    private String provider;
    private BigDecimal hours;

    @Nullable
    private String targetPosts;

    private LocalDate startsOn;
    private String status;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;

    protected Course() {}

    /** What a manager enters about a course. */
    public record Fields(
            @Nullable Long districtId,
            String title,
            CourseLevel level,
            String provider,
            BigDecimal hours,
            @Nullable String targetPosts,
            LocalDate startsOn) {}

    Course(String regionCode, long cycleId, Fields f, Instant now, String actor) {
        this.regionCode = regionCode;
        this.cycleId = cycleId;
        this.districtId = f.districtId();
        this.title = f.title().strip();
        this.level = f.level();
        this.provider = f.provider().strip();
        this.hours = f.hours();
        this.targetPosts = f.targetPosts();
        this.startsOn = f.startsOn();
        this.status = "OPEN";
        this.createdAt = now;
        this.createdBy = actor;
        touch(now, actor);
    }

    void requireOpen() {
        if (!isOpen()) {
            throw TrainingRefusal.COURSE_CLOSED.problem();
        }
    }

    public boolean isOpen() {
        return "OPEN".equals(status);
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

    public String getRegionCode() {
        return regionCode;
    }

    public @Nullable Long getDistrictId() {
        return districtId;
    }

    public long getCycleId() {
        return cycleId;
    }

    public String getTitle() {
        return title;
    }

    public CourseLevel getLevel() {
        return level;
    }

    public String getProvider() {
        return provider;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public @Nullable String getTargetPosts() {
        return targetPosts;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public String getStatus() {
        return status;
    }
}
