package org.xuequ.evaluation.assessment;

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
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.platform.access.Scoped;

/**
 * 年度考核: one per region and school year, over the units that were members of a school district
 * when it was opened. It finalises only when every unit's result is final, and then ranks them by
 * weighted total (equal totals share a rank; the next rank skips, 1, 2, 2, 4).
 */
@Entity
@Table(name = "evaluation_assessment_cycle")
public class AssessmentCycle implements Scoped {

    public enum State {
        OPEN,
        FINALISED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String regionCode;

    private int year;

    private Long schemeId;

    @Enumerated(EnumType.STRING)
    private State state;

    private Instant createdAt;

    private Instant finalisedAt;

    private String finalisedBy;

    protected AssessmentCycle() {}

    AssessmentCycle(String regionCode, int year, long schemeId, Instant now) {
        this.regionCode = regionCode;
        this.year = year;
        this.schemeId = schemeId;
        this.state = State.OPEN;
        this.createdAt = now;
    }

    public boolean isOpen() {
        return state == State.OPEN;
    }

    public boolean canFinalise(Collection<AssessedUnit> units) {
        return isOpen() && units.stream().allMatch(AssessedUnit::isFinal);
    }

    /** Refuses with {@link AssessmentRefusal#CYCLE_FINALISED} unless the cycle is still open. */
    void requireOpen() {
        if (!isOpen()) {
            throw AssessmentRefusal.CYCLE_FINALISED.problem();
        }
    }

    void requireFinalised() {
        if (isOpen()) {
            throw AssessmentRefusal.CYCLE_NOT_FINALISED.problem();
        }
    }

    /** Closes the cycle once every unit is final and ranks the units by total, highest first. */
    void finalise(List<AssessedUnit> units, String by, Instant now) {
        requireOpen();
        long notFinal = units.stream().filter(u -> !u.isFinal()).count();
        if (notFinal > 0) {
            throw AssessmentRefusal.UNITS_NOT_FINAL.problem(notFinal);
        }
        List<AssessedUnit> ordered = units.stream()
                .sorted(Comparator.comparing(AssessedUnit::getTotal).reversed())
                .toList();
        BigDecimal previous = null;
        int rank = 0;
        for (int i = 0; i < ordered.size(); i++) {
            AssessedUnit unit = ordered.get(i);
            if (previous == null || unit.getTotal().compareTo(previous) != 0) {
                rank = i + 1;
                previous = unit.getTotal();
            }
            unit.rank(rank);
        }
        this.state = State.FINALISED;
        this.finalisedAt = now;
        this.finalisedBy = by;
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

    public int getYear() {
        return year;
    }

    public Long getSchemeId() {
        return schemeId;
    }

    public State getState() {
        return state;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getFinalisedAt() {
        return finalisedAt;
    }
}
