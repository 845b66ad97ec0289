package org.xuequ.supervision.findings;

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
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.xuequ.supervision.Severity;

/**
 * 督导问题: a finding on one criterion of a unit, and the loop that closes it (see {@link FindingStatus}). The
 * aggregate alone decides which step may happen, by whom, and refuses the rest with a {@link FindingRefusal}.
 */
@Entity
@Table(name = "supervision_finding")
public class Finding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String regionCode;
    private long districtId;
    private long unitId;
    private long inspectionId;
    private long criterionId;
    private String domainCode;
    private String criterionCode;

    @Enumerated(EnumType.STRING)
    private Severity severity;

    private String description;
    private String evidence;

    @Nullable
    private String requirement;

    @Enumerated(EnumType.STRING)
    private FindingStatus status;

    private LocalDate foundOn;
    private boolean relapse;

    @Nullable
    private Long relapseOfId;

    @Nullable
    private Instant escalatedAt;

    @Nullable
    private String escalatedBy;

    @Nullable
    private String orderOwner;

    @Nullable
    private LocalDate orderDeadline;

    @Nullable
    private String orderRequirement;

    @Nullable
    private Instant orderedAt;

    @Nullable
    private String orderedBy;

    @Nullable
    private String answerMeasures;

    @Nullable
    private String answerEvidence;

    @Nullable
    private Instant answeredAt;

    @Nullable
    private String answeredBy;

    @Nullable
    private Long recheckInspectionId;

    @Nullable
    private Boolean recheckPassed;

    @Nullable
    private String recheckNote;

    @Nullable
    private Instant recheckedAt;

    @Nullable
    private String recheckedBy;

    @Nullable
    private Instant closedAt;

    private int reopenCount;
    private boolean overdue;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;

    protected Finding() {}

    /** What a submitted inspection records about one criterion of a unit. */
    public record Recorded(
            String regionCode,
            long districtId,
            long unitId,
            long inspectionId,
            long criterionId,
            String domainCode,
            String criterionCode,
            Severity severity,
            String description,
            String evidence,
            @Nullable String requirement,
            LocalDate foundOn) {}

    Finding(Recorded r, @Nullable Long relapseOf, Instant now, String actor) {
        this.regionCode = r.regionCode();
        this.districtId = r.districtId();
        this.unitId = r.unitId();
        this.inspectionId = r.inspectionId();
        this.criterionId = r.criterionId();
        this.domainCode = r.domainCode();
        this.criterionCode = r.criterionCode();
        this.severity = r.severity();
        this.description = r.description();
        this.evidence = r.evidence();
        this.requirement = r.requirement();
        this.foundOn = r.foundOn();
        this.relapse = relapseOf != null;
        this.relapseOfId = relapseOf;
        this.status = FindingStatus.OPEN;
        this.createdAt = now;
        this.createdBy = actor;
        touch(now, actor);
    }

    /** The steps this party may take now: what the views offer, asked of the same rules the steps obey. */
    public Set<FindingStatus.Step> steps(Party party) {
        Set<FindingStatus.Step> out = EnumSet.noneOf(FindingStatus.Step.class);
        for (FindingStatus.Step step : FindingStatus.Step.values()) {
            if (refusal(step, party) == null) {
                out.add(step);
            }
        }
        return out;
    }

    /** Why this party may not take the step now; null when it may. */
    public @Nullable FindingRefusal refusal(FindingStatus.Step step, Party party) {
        if (step == FindingStatus.Step.EDIT && party == Party.UNIT) {
            return FindingRefusal.UNIT_MAY_NOT_EDIT;
        }
        if (!status.allows(step)) {
            return step == FindingStatus.Step.EDIT ? FindingRefusal.NOT_EDITABLE : FindingRefusal.TRANSITION;
        }
        boolean unitStep = step == FindingStatus.Step.ANSWER;
        if (unitStep != (party == Party.UNIT)) {
            return FindingRefusal.NOT_YOUR_STEP;
        }
        return switch (step) {
            case ESCALATE -> severity.escalates() ? null : FindingRefusal.NOT_ESCALATABLE;
            case ORDER -> {
                if (severity.escalates() && status == FindingStatus.OPEN) {
                    yield FindingRefusal.MUST_ESCALATE;
                }
                yield severity.escalates() && party != Party.COMMISSION ? FindingRefusal.COMMISSION_ORDERS : null;
            }
            case CLOSE -> Boolean.TRUE.equals(recheckPassed) ? null : FindingRefusal.RECHECK_FAILED;
            case REOPEN -> Boolean.TRUE.equals(recheckPassed) ? FindingRefusal.RECHECK_PASSED : null;
            default -> null;
        };
    }

    private void require(FindingStatus.Step step, Party party) {
        FindingRefusal refusal = refusal(step, party);
        if (refusal == FindingRefusal.TRANSITION || refusal == FindingRefusal.NOT_EDITABLE) {
            throw refusal.problem(status, step);
        }
        if (refusal != null) {
            throw refusal.problem(step);
        }
    }

    void edit(
            Party party,
            Severity newSeverity,
            String newDescription,
            String newEvidence,
            @Nullable String newRequirement,
            Instant now,
            String actor) {
        require(FindingStatus.Step.EDIT, party);
        this.severity = newSeverity;
        this.description = newDescription;
        this.evidence = newEvidence;
        this.requirement = newRequirement;
        touch(now, actor);
    }

    void escalate(Party party, Instant now, String actor) {
        require(FindingStatus.Step.ESCALATE, party);
        status = FindingStatus.ESCALATED;
        escalatedAt = now;
        escalatedBy = actor;
        touch(now, actor);
    }

    void order(Party party, String owner, LocalDate deadline, String orderText, Instant now, String actor) {
        require(FindingStatus.Step.ORDER, party);
        status = FindingStatus.ORDERED;
        orderOwner = owner;
        orderDeadline = deadline;
        orderRequirement = orderText;
        orderedAt = now;
        orderedBy = actor;
        touch(now, actor);
    }

    void answer(Party party, String measures, String answerEvidenceText, Instant now, String actor) {
        require(FindingStatus.Step.ANSWER, party);
        status = FindingStatus.ANSWERED;
        answerMeasures = measures;
        answerEvidence = answerEvidenceText;
        answeredAt = now;
        answeredBy = actor;
        touch(now, actor);
    }

    void recheck(
            Party party, @Nullable Long visitId, boolean passed, @Nullable String note, Instant now, String actor) {
        require(FindingStatus.Step.RECHECK, party);
        status = FindingStatus.RECHECKED;
        recheckInspectionId = visitId;
        recheckPassed = passed;
        recheckNote = note;
        recheckedAt = now;
        recheckedBy = actor;
        touch(now, actor);
    }

    void close(Party party, Instant now, String actor) {
        require(FindingStatus.Step.CLOSE, party);
        status = FindingStatus.CLOSED;
        closedAt = now;
        touch(now, actor);
    }

    /** Back to the unit with a new deadline: the recheck found the rectification not done. */
    void reopen(Party party, LocalDate newDeadline, Instant now, String actor) {
        require(FindingStatus.Step.REOPEN, party);
        status = FindingStatus.REOPENED;
        orderDeadline = newDeadline;
        reopenCount++;
        recheckPassed = null;
        touch(now, actor);
    }

    /** Answered (or closed) by the deadline and never overdue: what earns the on-time bonus. */
    public boolean closedOnTime() {
        return status == FindingStatus.CLOSED && !overdue;
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

    public long getDistrictId() {
        return districtId;
    }

    public long getUnitId() {
        return unitId;
    }

    public long getInspectionId() {
        return inspectionId;
    }

    public long getCriterionId() {
        return criterionId;
    }

    public String getDomainCode() {
        return domainCode;
    }

    public String getCriterionCode() {
        return criterionCode;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getDescription() {
        return description;
    }

    public String getEvidence() {
        return evidence;
    }

    public @Nullable String getRequirement() {
        return requirement;
    }

    public FindingStatus getStatus() {
        return status;
    }

    public LocalDate getFoundOn() {
        return foundOn;
    }

    public boolean isRelapse() {
        return relapse;
    }

    public @Nullable Long getRelapseOfId() {
        return relapseOfId;
    }

    public @Nullable Instant getEscalatedAt() {
        return escalatedAt;
    }

    public @Nullable String getEscalatedBy() {
        return escalatedBy;
    }

    public @Nullable String getOrderOwner() {
        return orderOwner;
    }

    public @Nullable LocalDate getOrderDeadline() {
        return orderDeadline;
    }

    public @Nullable String getOrderRequirement() {
        return orderRequirement;
    }

    public @Nullable Instant getOrderedAt() {
        return orderedAt;
    }

    public @Nullable String getOrderedBy() {
        return orderedBy;
    }

    public @Nullable String getAnswerMeasures() {
        return answerMeasures;
    }

    public @Nullable String getAnswerEvidence() {
        return answerEvidence;
    }

    public @Nullable Instant getAnsweredAt() {
        return answeredAt;
    }

    public @Nullable String getAnsweredBy() {
        return answeredBy;
    }

    public @Nullable Long getRecheckInspectionId() {
        return recheckInspectionId;
    }

    public @Nullable Boolean getRecheckPassed() {
        return recheckPassed;
    }

    public @Nullable String getRecheckNote() {
        return recheckNote;
    }

    public @Nullable Instant getRecheckedAt() {
        return recheckedAt;
    }

    public @Nullable String getRecheckedBy() {
        return recheckedBy;
    }

    public @Nullable Instant getClosedAt() {
        return closedAt;
    }

    public int getReopenCount() {
        return reopenCount;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
