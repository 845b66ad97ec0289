package org.xuequ.evaluation.assessment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.platform.access.Scoped;

/**
 * One unit in one assessment cycle: where it sits (district, and the district's central unit when
 * it is a member unit), the central unit's opinion, its scores and its result. Seed 003 §四: a member
 * unit's result is final only after its central unit's opinion was heard; after that neither the
 * opinion nor a score changes. The can* answers are the same checks the steps make.
 */
@Entity
@Table(name = "evaluation_assessment_unit")
public class AssessedUnit implements Scoped {

    /** PENDING: scores missing; SCORED: every criterion scored; FINAL: the result stands. */
    public enum State {
        PENDING,
        SCORED,
        FINAL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private Long cycleId;

    private String regionCode;

    private Long unitId;

    private Long districtId;

    private Long centralUnitId;

    @Enumerated(EnumType.STRING)
    private State state;

    private String opinionText;

    @Enumerated(EnumType.STRING)
    private Grade opinionGrade;

    private String opinionBy;

    private Instant opinionAt;

    private BigDecimal total;

    @Enumerated(EnumType.STRING)
    private Grade grade;

    @Column(name = "rank")
    private Integer rank;

    private Instant finalisedAt;

    private String finalisedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evaluation_assessment_score", joinColumns = @JoinColumn(name = "assessed_unit_id"))
    @MapKeyColumn(name = "criterion_id")
    @Column(name = "score")
    private Map<Long, BigDecimal> scores = new HashMap<>();

    protected AssessedUnit() {}

    /** @param centralUnitId the district's central unit when this unit is one of its other members; else null */
    AssessedUnit(long cycleId, String regionCode, long unitId, long districtId, @Nullable Long centralUnitId) {
        this.cycleId = cycleId;
        this.regionCode = regionCode;
        this.unitId = unitId;
        this.districtId = districtId;
        this.centralUnitId = centralUnitId != null && centralUnitId == unitId ? null : centralUnitId;
        this.state = State.PENDING;
    }

    /** A member unit of a district that has a central unit, other than the central unit itself. */
    public boolean isMember() {
        return centralUnitId != null;
    }

    public boolean isFinal() {
        return state == State.FINAL;
    }

    public boolean canGiveOpinion() {
        return isMember() && !isFinal();
    }

    public boolean canScore() {
        return !isFinal();
    }

    public boolean canFinalise(List<SchemeCriterion> criteria) {
        return !isFinal() && (!isMember() || opinionText != null) && missing(criteria) == 0;
    }

    /** The central unit's opinion (学区中心园/中心校的意见), heard before the result is final; may be revised until then. */
    void recordOpinion(String text, Grade opinionGrade, String by, Instant now) {
        if (isFinal()) {
            throw AssessmentRefusal.OPINION_AFTER_FINAL.problem();
        }
        if (!isMember()) {
            throw AssessmentRefusal.OPINION_NOT_MEMBER.problem();
        }
        this.opinionText = text;
        this.opinionGrade = opinionGrade;
        this.opinionBy = by;
        this.opinionAt = now;
    }

    /**
     * Sets scores by criterion id (a null score removes one). The caller has checked each against its
     * criterion's range; the unit becomes SCORED once every criterion has a score.
     */
    void score(Map<Long, BigDecimal> changes, List<SchemeCriterion> criteria) {
        if (isFinal()) {
            throw AssessmentRefusal.SCORES_AFTER_FINAL.problem();
        }
        changes.forEach((criterion, score) -> {
            if (score == null) {
                scores.remove(criterion);
            } else {
                scores.put(criterion, score);
            }
        });
        scores.keySet().retainAll(criteria.stream().map(SchemeCriterion::getId).toList());
        this.state = missing(criteria) == 0 ? State.SCORED : State.PENDING;
    }

    /** Makes the result final: refused for a member unit without its central unit's opinion, or with scores missing. */
    void finalise(List<SchemeCriterion> criteria, String by, Instant now) {
        if (isFinal()) {
            throw AssessmentRefusal.UNIT_FINAL.problem();
        }
        if (isMember() && opinionText == null) {
            throw AssessmentRefusal.CENTRAL_OPINION_MISSING.problem();
        }
        long missing = missing(criteria);
        if (missing > 0) {
            throw AssessmentRefusal.SCORES_MISSING.problem(missing);
        }
        this.total = total(criteria);
        this.grade = Grade.of(total);
        this.state = State.FINAL;
        this.finalisedBy = by;
        this.finalisedAt = now;
    }

    /** The place among the cycle's units, given when the cycle is finalised. */
    void rank(int rank) {
        this.rank = rank;
    }

    /** How many criteria have no score yet. */
    public long missing(List<SchemeCriterion> criteria) {
        return criteria.stream().filter(c -> !scores.containsKey(c.getId())).count();
    }

    /** Σ score / maxScore × weight, to two places; null while a score is missing. The stored one once final. */
    public @Nullable BigDecimal total(List<SchemeCriterion> criteria) {
        if (isFinal()) {
            return total;
        }
        if (missing(criteria) > 0) {
            return null;
        }
        return criteria.stream()
                .map(c -> c.weighted(scores.get(c.getId())))
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
    }

    @Override
    public ScopeTarget scopeTarget() {
        return new ScopeTarget(regionCode, Set.of(districtId), unitId);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getCycleId() {
        return cycleId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public @Nullable Long getCentralUnitId() {
        return centralUnitId;
    }

    public State getState() {
        return state;
    }

    public @Nullable String getOpinionText() {
        return opinionText;
    }

    public @Nullable Grade getOpinionGrade() {
        return opinionGrade;
    }

    public @Nullable String getOpinionBy() {
        return opinionBy;
    }

    public @Nullable Instant getOpinionAt() {
        return opinionAt;
    }

    /** The final total; null until final (see {@link #total(List)} for the running one). */
    public @Nullable BigDecimal getTotal() {
        return total;
    }

    public @Nullable Grade getGrade() {
        return grade;
    }

    public @Nullable Integer getRank() {
        return rank;
    }

    public @Nullable Instant getFinalisedAt() {
        return finalisedAt;
    }

    public @Nullable BigDecimal score(long criterionId) {
        return scores.get(criterionId);
    }
}
