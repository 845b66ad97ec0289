package org.xuequ.workforce.research;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.xuequ.platform.XuequProblem;

/**
 * A joint research group, studio or project: a district's (or the region's when it has no district), based at a
 * host unit and led by one person. It takes activities, outputs and members while it runs; once ended, nothing.
 */
@Entity
@Table(name = "workforce_research_group")
public class ResearchGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String regionCode;

    @Nullable
    private Long districtId;

    @Enumerated(EnumType.STRING)
    private ResearchKind kind;

    private String name;

    @Nullable
    private String subject;

    private long hostUnitId;
    private long leadStaffId;
    private LocalDate startsOn;

    @Nullable
    private LocalDate endsOn;

    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;

    protected ResearchGroup() {}

    /** What an official enters. */
    public record Fields(
            @Nullable Long districtId,
            ResearchKind kind,
            String name,
            @Nullable String subject,
            long hostUnitId,
            long leadStaffId,
            LocalDate startsOn,
            @Nullable LocalDate endsOn) {}

    ResearchGroup(String regionCode, Fields f, Instant now, String actor) {
        if (f.endsOn() != null && f.endsOn().isBefore(f.startsOn())) {
            throw XuequProblem.invalid("endsOn", "error.workforce.role-end-before-start");
        }
        this.regionCode = regionCode;
        this.districtId = f.districtId();
        this.kind = f.kind();
        this.name = f.name().strip();
        this.subject = f.subject() == null || f.subject().isBlank()
                ? null
                : f.subject().strip();
        this.hostUnitId = f.hostUnitId();
        this.leadStaffId = f.leadStaffId();
        this.startsOn = f.startsOn();
        this.endsOn = f.endsOn();
        this.createdAt = now;
        this.createdBy = actor;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    /** Whether the group runs on the day (from its start to its end, both included). */
    public boolean runsOn(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }

    /** Whether it still takes members and records on the day: it has not ended before it. */
    public boolean isOpenOn(LocalDate day) {
        return endsOn == null || !day.isAfter(endsOn);
    }

    /** Records something held or produced on a day: refused once the group has ended, or outside its term. */
    void requireRecordable(LocalDate today, LocalDate day, String field) {
        if (!isOpenOn(today)) {
            throw ResearchRefusal.GROUP_ENDED.problem(name);
        }
        if (!runsOn(day)) {
            throw XuequProblem.invalid(field, "error.workforce.research-outside-term");
        }
        if (day.isAfter(today)) {
            throw XuequProblem.invalid(field, "error.workforce.research-in-future");
        }
    }

    void requireOpen(LocalDate today) {
        if (!isOpenOn(today)) {
            throw ResearchRefusal.GROUP_ENDED.problem(name);
        }
    }

    /** Ends the group on a day (not before it started). */
    void end(LocalDate day, LocalDate today, Instant now, String actor) {
        requireOpen(today);
        if (day.isBefore(startsOn)) {
            throw XuequProblem.invalid("endsOn", "error.workforce.role-end-before-start");
        }
        this.endsOn = day;
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

    public ResearchKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public @Nullable String getSubject() {
        return subject;
    }

    public long getHostUnitId() {
        return hostUnitId;
    }

    public long getLeadStaffId() {
        return leadStaffId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public @Nullable LocalDate getEndsOn() {
        return endsOn;
    }
}
