package org.xuequ.workforce.rotation;

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
import org.xuequ.engine.rotation.RotationProposal;
import org.xuequ.engine.rotation.RotationTarget;

/**
 * A district's rotation round of one year (轮岗交流). The aggregate guards its steps: wishes, needs and solving while
 * it is open, approval only with a proposal, nothing after it is decided.
 */
@Entity
@Table(name = "workforce_rotation_round")
public class RotationRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String regionCode;
    private long districtId;
    private int roundYear;
    private String title;

    @Enumerated(EnumType.STRING)
    private RoundStatus status;

    private int minYears;
    private int retirementMargin;
    private int retirementAgeMen;
    private int retirementAgeWomen;
    private boolean includeCadres;
    private int maxOutPercent;
    private LocalDate startsOn;

    @Nullable
    private String solveStatus;

    @Nullable
    private Instant solvedAt;

    @Nullable
    private Long solveMillis;

    @Nullable
    private Double cvBackboneBefore;

    @Nullable
    private Double cvBackboneAfter;

    @Nullable
    private Double cvPeArtBefore;

    @Nullable
    private Double cvPeArtAfter;

    @Nullable
    private Integer wishesHonoured;

    /** 区教委会签: the district's approval only submits the round; the commission's approves it. */
    private boolean countersign;

    @Nullable
    private Instant submittedAt;

    @Nullable
    private String submittedBy;

    @Nullable
    private Instant approvedAt;

    @Nullable
    private String approvedBy;

    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;

    protected RotationRound() {}

    RotationRound(
            String regionCode,
            long districtId,
            int roundYear,
            String title,
            EligibilityRules rules,
            int maxOutPercent,
            LocalDate startsOn,
            boolean countersign,
            Instant now,
            String actor) {
        this.countersign = countersign;
        this.regionCode = regionCode;
        this.districtId = districtId;
        this.roundYear = roundYear;
        this.title = title.strip();
        this.status = RoundStatus.COLLECTING;
        this.createdAt = now;
        this.createdBy = actor;
        change(rules, maxOutPercent, startsOn, now, actor);
    }

    /** New rules while the round is open; a proposal made under the old ones is no longer current. */
    void change(EligibilityRules rules, int maxOutPercent, LocalDate startsOn, Instant now, String actor) {
        if (status != null && !status.open()) {
            throw RoundRefusal.TRANSITION.problem(status, "EDIT");
        }
        this.minYears = rules.minYears();
        this.retirementMargin = rules.retirementMargin();
        this.retirementAgeMen = rules.retirementAgeMen();
        this.retirementAgeWomen = rules.retirementAgeWomen();
        this.includeCadres = rules.includeCadres();
        this.maxOutPercent = maxOutPercent;
        this.startsOn = startsOn;
        touch(now, actor);
    }

    /** Wishes and needs may be entered while the round is open. */
    void requireOpen(String step) {
        if (!status.open()) {
            throw RoundRefusal.TRANSITION.problem(status, step);
        }
    }

    /** Records the optimiser's answer; the round then has a proposal on the table. */
    void proposed(RotationProposal proposal, Instant now, String actor) {
        if (!RoundStatus.SOLVABLE.contains(status)) {
            throw RoundRefusal.TRANSITION.problem(status, "SOLVE");
        }
        this.solveStatus = proposal.status().name();
        this.solvedAt = now;
        this.solveMillis = proposal.solveMillis();
        this.cvBackboneBefore = proposal.cvBefore().get(RotationTarget.BACKBONE_TEACHERS);
        this.cvBackboneAfter = proposal.cvAfter().get(RotationTarget.BACKBONE_TEACHERS);
        this.cvPeArtBefore = proposal.cvBefore().get(RotationTarget.PE_ART_TEACHERS);
        this.cvPeArtAfter = proposal.cvAfter().get(RotationTarget.PE_ART_TEACHERS);
        this.wishesHonoured = proposal.wishesHonoured();
        this.status = proposal.hasProposal() ? RoundStatus.PROPOSED : RoundStatus.COLLECTING;
        touch(now, actor);
    }

    /** Locks and vetoes are decisions on a proposal. */
    void requireProposal(String step) {
        if (status != RoundStatus.PROPOSED) {
            throw RoundRefusal.TRANSITION.problem(status, step);
        }
    }

    /**
     * Approves the proposal. A round that needs the commission's countersignature is only submitted by anyone else
     * (the district office) and approved by the commission, which may also approve a proposal directly.
     */
    void approve(boolean byCommission, Instant now, String actor) {
        if (status == RoundStatus.SUBMITTED && byCommission) {
            decide(now, actor);
            return;
        }
        if (status != RoundStatus.PROPOSED) {
            throw status == RoundStatus.COLLECTING
                    ? RoundRefusal.NO_PROPOSAL.problem(solveStatus == null ? "-" : solveStatus)
                    : RoundRefusal.TRANSITION.problem(status, "APPROVE");
        }
        if (countersign && !byCommission) {
            this.status = RoundStatus.SUBMITTED;
            this.submittedAt = now;
            this.submittedBy = actor;
            touch(now, actor);
            return;
        }
        decide(now, actor);
    }

    /** The commission sends a submitted round back to the district to change. */
    void sendBack(Instant now, String actor) {
        if (status != RoundStatus.SUBMITTED) {
            throw RoundRefusal.TRANSITION.problem(status, "RETURN");
        }
        this.status = RoundStatus.PROPOSED;
        touch(now, actor);
    }

    /** Whether the caller's approval would decide the round (else it submits it for the countersignature). */
    public boolean approvalDecides(boolean byCommission) {
        return byCommission || !countersign;
    }

    private void decide(Instant now, String actor) {
        this.status = RoundStatus.APPROVED;
        this.approvedAt = now;
        this.approvedBy = actor;
        touch(now, actor);
    }

    void cancel(Instant now, String actor) {
        if (!status.open() && status != RoundStatus.SUBMITTED) {
            throw RoundRefusal.TRANSITION.problem(status, "CANCEL");
        }
        this.status = RoundStatus.CANCELLED;
        touch(now, actor);
    }

    public EligibilityRules rules() {
        return new EligibilityRules(minYears, retirementMargin, retirementAgeMen, retirementAgeWomen, includeCadres);
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

    public int getRoundYear() {
        return roundYear;
    }

    public String getTitle() {
        return title;
    }

    public RoundStatus getStatus() {
        return status;
    }

    public int getMaxOutPercent() {
        return maxOutPercent;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public @Nullable String getSolveStatus() {
        return solveStatus;
    }

    public @Nullable Instant getSolvedAt() {
        return solvedAt;
    }

    public @Nullable Long getSolveMillis() {
        return solveMillis;
    }

    public @Nullable Double getCvBackboneBefore() {
        return cvBackboneBefore;
    }

    public @Nullable Double getCvBackboneAfter() {
        return cvBackboneAfter;
    }

    public @Nullable Double getCvPeArtBefore() {
        return cvPeArtBefore;
    }

    public @Nullable Double getCvPeArtAfter() {
        return cvPeArtAfter;
    }

    public @Nullable Integer getWishesHonoured() {
        return wishesHonoured;
    }

    public @Nullable Instant getApprovedAt() {
        return approvedAt;
    }

    public @Nullable String getApprovedBy() {
        return approvedBy;
    }

    public boolean isCountersign() {
        return countersign;
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    public @Nullable String getSubmittedBy() {
        return submittedBy;
    }
}
