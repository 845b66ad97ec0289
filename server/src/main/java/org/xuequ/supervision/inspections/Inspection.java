package org.xuequ.supervision.inspections;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.xuequ.supervision.InspectionKind;

/**
 * 督导记录: one visit to a unit (or a unit's self-supervision), scored on a rubric. While a DRAFT it is saved again
 * and again from the phone form, each save naming the version it started from (a stale one is refused, never
 * merged); once SUBMITTED it never changes and its findings start their own lives.
 */
@Entity
@Table(name = "supervision_inspection")
public class Inspection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String regionCode;
    private long districtId;
    private long unitId;

    @Enumerated(EnumType.STRING)
    private InspectionKind kind;

    @Enumerated(EnumType.STRING)
    private ConductedBy conductedBy;

    private long rubricId;

    @Nullable
    private Long planId;

    @Nullable
    private Long plannedId;

    @Nullable
    private Long inspectorId;

    @Enumerated(EnumType.STRING)
    private InspectionStatus status;

    private LocalDate visitedOn;

    @Nullable
    private String topic;

    @Nullable
    private String summary;

    @Nullable
    private BigDecimal score;

    @Nullable
    private BigDecimal maxScore;

    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;

    @Nullable
    private Instant submittedAt;

    @ElementCollection
    @CollectionTable(name = "supervision_score", joinColumns = @JoinColumn(name = "inspection_id"))
    private List<Score> scores = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "supervision_draft_finding", joinColumns = @JoinColumn(name = "inspection_id"))
    @OrderColumn(name = "position")
    private List<DraftFinding> draftFindings = new ArrayList<>();

    protected Inspection() {}

    /** Where an inspection comes from: the unit, its kind, who runs it, the rubric and (optionally) the plan. */
    record Start(
            String regionCode,
            long districtId,
            long unitId,
            InspectionKind kind,
            ConductedBy conductedBy,
            long rubricId,
            @Nullable Long planId,
            @Nullable Long plannedId,
            @Nullable Long inspectorId,
            LocalDate visitedOn,
            @Nullable String topic) {}

    Inspection(Start s, Instant now, String actor) {
        this.regionCode = s.regionCode();
        this.districtId = s.districtId();
        this.unitId = s.unitId();
        this.kind = s.kind();
        this.conductedBy = s.conductedBy();
        this.rubricId = s.rubricId();
        this.planId = s.planId();
        this.plannedId = s.plannedId();
        this.inspectorId = s.inspectorId();
        this.visitedOn = s.visitedOn();
        this.topic = s.topic();
        this.status = InspectionStatus.DRAFT;
        this.createdAt = now;
        this.createdBy = actor;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    /** The phone form may still change it. */
    public boolean canEdit() {
        return status == InspectionStatus.DRAFT;
    }

    /** Refuses a save that started from another version than the current one, naming who saved meanwhile. */
    void requireVersion(long expected) {
        if (!canEdit()) {
            throw InspectionRefusal.SUBMITTED.problem();
        }
        if (expected != version) {
            throw InspectionRefusal.DRAFT_CONFLICT.problem(version, updatedBy);
        }
    }

    /** Replaces the draft's content (scores and findings checked against the rubric by the service). */
    void saveDraft(
            LocalDate newVisitedOn,
            @Nullable String newTopic,
            @Nullable String newSummary,
            List<Score> newScores,
            List<DraftFinding> newFindings,
            Instant now,
            String actor) {
        if (!canEdit()) {
            throw InspectionRefusal.SUBMITTED.problem();
        }
        this.visitedOn = newVisitedOn;
        this.topic = newTopic;
        this.summary = newSummary;
        scores.clear();
        scores.addAll(newScores);
        draftFindings.clear();
        draftFindings.addAll(newFindings);
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    /** Submits the inspection with its total; the service has checked that it is complete. */
    void submit(BigDecimal rubricMax, Instant now, String actor) {
        if (!canEdit()) {
            throw InspectionRefusal.SUBMITTED.problem();
        }
        this.score = scores.stream().map(Score::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        this.maxScore = rubricMax;
        this.status = InspectionStatus.SUBMITTED;
        this.submittedAt = now;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    /** Score as a percentage of the rubric's points, two decimals; null until submitted. */
    public @Nullable BigDecimal rate() {
        return score == null || maxScore == null || maxScore.signum() == 0
                ? null
                : score.multiply(BigDecimal.valueOf(100)).divide(maxScore, 2, RoundingMode.HALF_UP);
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

    public InspectionKind getKind() {
        return kind;
    }

    public ConductedBy getConductedBy() {
        return conductedBy;
    }

    public long getRubricId() {
        return rubricId;
    }

    public @Nullable Long getPlanId() {
        return planId;
    }

    public @Nullable Long getPlannedId() {
        return plannedId;
    }

    public @Nullable Long getInspectorId() {
        return inspectorId;
    }

    public InspectionStatus getStatus() {
        return status;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public @Nullable String getTopic() {
        return topic;
    }

    public @Nullable String getSummary() {
        return summary;
    }

    public @Nullable BigDecimal getScore() {
        return score;
    }

    public @Nullable BigDecimal getMaxScore() {
        return maxScore;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    public List<Score> getScores() {
        return List.copyOf(scores);
    }

    public List<DraftFinding> getDraftFindings() {
        return List.copyOf(draftFindings);
    }
}
