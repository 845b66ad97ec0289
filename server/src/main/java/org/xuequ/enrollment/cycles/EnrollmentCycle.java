package org.xuequ.enrollment.cycles;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.platform.access.Scoped;

/** One year's enrollment at one entry (小学 or 小升初) in a region: deadline, age cut-off, policy. */
@Entity
public class EnrollmentCycle implements Scoped {

    /**
     * Where a cycle stands. Applications change only while it is open; zones may still be corrected
     * after the deadline, until a committed run freezes the cycle's inputs for good.
     */
    public enum Phase {
        OPEN,
        DEADLINE_PASSED,
        FROZEN;

        public boolean acceptsApplications() {
            return this == OPEN;
        }

        public boolean acceptsZoneChanges() {
            return this != FROZEN;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String regionCode;

    private int schoolYear;

    @Enumerated(EnumType.STRING)
    private Level level;

    private String name;

    /** Children born on or before this date are of age (Beijing: six full years by 31 August). */
    private LocalDate birthDateCutoff;

    private Instant applicationDeadline;

    private int maxChoices;

    private long policyId;

    /** Whether the draw ends with the region stage (区级统筹); on unless the commission turns it off. */
    private boolean regionStage = true;

    protected EnrollmentCycle() {}

    public EnrollmentCycle(
            String regionCode,
            int schoolYear,
            Level level,
            String name,
            LocalDate birthDateCutoff,
            Instant applicationDeadline,
            int maxChoices,
            long policyId) {
        this.regionCode = regionCode;
        this.schoolYear = schoolYear;
        this.level = level;
        this.name = name;
        this.birthDateCutoff = birthDateCutoff;
        this.applicationDeadline = applicationDeadline;
        this.maxChoices = maxChoices;
        this.policyId = policyId;
    }

    /** Beijing's rule: six full years by 31 August of the school year. */
    public static LocalDate beijingBirthDateCutoff(int schoolYear) {
        return LocalDate.of(schoolYear - 6, 8, 31);
    }

    public boolean isOfAge(LocalDate birthDate) {
        return birthDateCutoff == null || !birthDate.isAfter(birthDateCutoff);
    }

    public boolean acceptsApplicationsAt(Instant now) {
        return now.isBefore(applicationDeadline);
    }

    /** {@code inputsFrozen}: a run of the cycle is committed (the runs know; the cycle keeps no copy). */
    public Phase phaseAt(Instant now, boolean inputsFrozen) {
        if (inputsFrozen) {
            return Phase.FROZEN;
        }
        return acceptsApplicationsAt(now) ? Phase.OPEN : Phase.DEADLINE_PASSED;
    }

    public void requireApplicationsOpen(Instant now, boolean inputsFrozen) {
        if (!phaseAt(now, inputsFrozen).acceptsApplications()) {
            throw CycleRefusal.CLOSED.problem();
        }
    }

    public void requireZonesOpen(Instant now, boolean inputsFrozen) {
        if (!phaseAt(now, inputsFrozen).acceptsZoneChanges()) {
            throw CycleRefusal.CLOSED.problem();
        }
    }

    /** The region stage is part of the draw's inputs: it may change only until a committed run freezes them. */
    public boolean canChangeRegionStage(boolean inputsFrozen) {
        return !inputsFrozen;
    }

    void changeRegionStage(boolean on, boolean inputsFrozen) {
        if (!canChangeRegionStage(inputsFrozen)) {
            throw CycleRefusal.FROZEN.problem();
        }
        this.regionStage = on;
    }

    void extendDeadline(Instant deadline) {
        this.applicationDeadline = deadline;
    }

    /** The day tier rules measure years of ownership against: the start of the school year. */
    public LocalDate referenceDate() {
        return LocalDate.of(schoolYear, 9, 1);
    }

    @Override
    public ScopeTarget scopeTarget() {
        return ScopeTarget.region(regionCode);
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

    public int getSchoolYear() {
        return schoolYear;
    }

    public Level getLevel() {
        return level;
    }

    public String getName() {
        return name;
    }

    public LocalDate getBirthDateCutoff() {
        return birthDateCutoff;
    }

    public Instant getApplicationDeadline() {
        return applicationDeadline;
    }

    public int getMaxChoices() {
        return maxChoices;
    }

    public long getPolicyId() {
        return policyId;
    }

    public boolean isRegionStage() {
        return regionStage;
    }
}
