package org.xuequ.workforce.roles;

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
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.xuequ.platform.XuequProblem;

/** A person's part-time role beyond their own unit, with its share of a full-time post and its dates. */
@Entity
@Table(name = "workforce_cross_role")
public class CrossRole {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String regionCode;
    private long staffId;
    private long homeUnitId;

    @Enumerated(EnumType.STRING)
    private RoleKind kind;

    @Nullable
    private Long hostUnitId;

    @Nullable
    private Long hostDistrictId;

    private String title;
    private int ftePercent;
    private LocalDate startsOn;

    @Nullable
    private LocalDate endsOn;

    @Nullable
    private String note;

    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;

    protected CrossRole() {}

    /** What an official enters. */
    public record Fields(
            long staffId,
            RoleKind kind,
            @Nullable Long hostUnitId,
            @Nullable Long hostDistrictId,
            String title,
            int ftePercent,
            LocalDate startsOn,
            @Nullable LocalDate endsOn,
            @Nullable String note) {}

    CrossRole(String regionCode, long homeUnitId, Fields f, Instant now, String actor) {
        this.regionCode = regionCode;
        this.staffId = f.staffId();
        this.homeUnitId = homeUnitId;
        this.kind = f.kind();
        this.hostUnitId = f.hostUnitId();
        this.hostDistrictId = f.hostDistrictId();
        this.title = f.title().strip();
        this.ftePercent = f.ftePercent();
        this.startsOn = f.startsOn();
        this.endsOn = f.endsOn();
        this.note = f.note();
        this.createdAt = now;
        this.createdBy = actor;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    /** Ends the role on a day (not before it began). */
    void end(LocalDate day, Instant now, String actor) {
        if (day.isBefore(startsOn)) {
            throw XuequProblem.invalid("endsOn", "error.workforce.role-end-before-start");
        }
        this.endsOn = day;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    /** Whether the role runs on any day of [from, to]. */
    public boolean overlaps(LocalDate from, @Nullable LocalDate to) {
        return (to == null || !startsOn.isAfter(to)) && (endsOn == null || !endsOn.isBefore(from));
    }

    /** Whole months served within [from, to]: what the performance-pay and title committees recognise. */
    public long monthsServed(LocalDate from, LocalDate to) {
        LocalDate start = startsOn.isAfter(from) ? startsOn : from;
        LocalDate end = endsOn == null || endsOn.isAfter(to) ? to : endsOn;
        return end.isBefore(start) ? 0 : ChronoUnit.MONTHS.between(start, end.plusDays(1));
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

    public long getStaffId() {
        return staffId;
    }

    public long getHomeUnitId() {
        return homeUnitId;
    }

    public RoleKind getKind() {
        return kind;
    }

    public @Nullable Long getHostUnitId() {
        return hostUnitId;
    }

    public @Nullable Long getHostDistrictId() {
        return hostDistrictId;
    }

    public String getTitle() {
        return title;
    }

    public int getFtePercent() {
        return ftePercent;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public @Nullable LocalDate getEndsOn() {
        return endsOn;
    }

    public @Nullable String getNote() {
        return note;
    }
}
