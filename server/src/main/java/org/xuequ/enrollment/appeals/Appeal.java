package org.xuequ.enrollment.appeals;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import org.xuequ.enrollment.applications.EnrollmentApplication;
import org.xuequ.enrollment.runs.AllocationRun;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.platform.access.Scoped;

/** 申诉/复核: a family contests a published or reviewed result; the office decides, with reasons. */
@Entity
@Table(name = "enrollment_appeal")
public class Appeal implements Scoped {

    public enum Status {
        FILED,
        UPHELD,
        REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String regionCode;

    private long runId;

    private long applicationId;

    private Long districtId;

    private String number;

    private String reason;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Enumerated(EnumType.STRING)
    private EnrollmentApplication.SubmittedBy filedBy;

    private Instant filedAt;

    private String decision;

    private String decidedBy;

    private Instant decidedAt;

    private Long reassignedUnitId;

    protected Appeal() {}

    Appeal(
            AllocationRun run,
            EnrollmentApplication application,
            String reason,
            EnrollmentApplication.SubmittedBy filedBy,
            Instant now) {
        this(
                run.getRegionCode(),
                run.getId(),
                application.getId(),
                application.getDistrictId(),
                application.getNumber(),
                reason,
                filedBy,
                now);
    }

    Appeal(
            String regionCode,
            long runId,
            long applicationId,
            Long districtId,
            String number,
            String reason,
            EnrollmentApplication.SubmittedBy filedBy,
            Instant now) {
        this.regionCode = regionCode;
        this.runId = runId;
        this.applicationId = applicationId;
        this.districtId = districtId;
        this.number = number;
        this.reason = reason;
        this.status = Status.FILED;
        this.filedBy = filedBy;
        this.filedAt = now;
    }

    /** Filed and not yet decided: an appeal is decided once. */
    public boolean canBeDecided() {
        return status == Status.FILED;
    }

    void decide(boolean upheld, String decision, Long reassignedUnitId, String decidedBy, Instant now) {
        if (!canBeDecided()) {
            throw AppealRefusal.DECIDED.problem();
        }
        this.status = upheld ? Status.UPHELD : Status.REJECTED;
        this.decision = decision;
        this.reassignedUnitId = upheld ? reassignedUnitId : null;
        this.decidedBy = decidedBy;
        this.decidedAt = now;
    }

    @Override
    public ScopeTarget scopeTarget() {
        return new ScopeTarget(regionCode, districtId == null ? Set.of() : Set.of(districtId), null);
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

    public long getRunId() {
        return runId;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public String getNumber() {
        return number;
    }

    public String getReason() {
        return reason;
    }

    public Status getStatus() {
        return status;
    }

    public EnrollmentApplication.SubmittedBy getFiledBy() {
        return filedBy;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public String getDecision() {
        return decision;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Long getReassignedUnitId() {
        return reassignedUnitId;
    }
}
