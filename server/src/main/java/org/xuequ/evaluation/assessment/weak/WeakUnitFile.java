package org.xuequ.evaluation.assessment.weak;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.xuequ.evaluation.assessment.AssessmentRefusal;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.platform.access.Scoped;

/**
 * 薄弱单位档案: a unit under support, with its plan of measures. At most one open file per unit; it
 * closes only when every measure is REVIEWED, and a closed file's plan changes no more.
 */
@Entity
@Table(name = "evaluation_weak_unit_file")
public class WeakUnitFile implements Scoped {

    public enum State {
        OPEN,
        CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String regionCode;

    private Long unitId;

    private Long districtId;

    private Long cycleId;

    private String reason;

    @Enumerated(EnumType.STRING)
    private State state;

    private Instant openedAt;

    private String openedBy;

    private Instant closedAt;

    private String closedBy;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "file_id", nullable = false)
    @OrderBy("position")
    private List<SupportMeasure> measures = new ArrayList<>();

    protected WeakUnitFile() {}

    WeakUnitFile(
            String regionCode,
            long unitId,
            @Nullable Long districtId,
            @Nullable Long cycleId,
            String reason,
            String by,
            Instant now) {
        this.regionCode = regionCode;
        this.unitId = unitId;
        this.districtId = districtId;
        this.cycleId = cycleId;
        this.reason = reason;
        this.state = State.OPEN;
        this.openedBy = by;
        this.openedAt = now;
    }

    public boolean isOpen() {
        return state == State.OPEN;
    }

    public boolean canClose() {
        return isOpen() && openMeasures() == 0;
    }

    /** Measures not yet REVIEWED. */
    public long openMeasures() {
        return measures.stream()
                .filter(m -> m.getState() != SupportMeasure.State.REVIEWED)
                .count();
    }

    public long overdue(LocalDate today) {
        return measures.stream().filter(m -> m.isOverdue(today)).count();
    }

    SupportMeasure addMeasure(String description, String owner, LocalDate deadline) {
        requireOpen();
        SupportMeasure measure = new SupportMeasure(measures.size() + 1, description, owner, deadline);
        measures.add(measure);
        return measure;
    }

    void markDone(long measureId, String progress, String by, Instant now) {
        requireOpen();
        measure(measureId).markDone(progress, by, now);
    }

    void review(long measureId, boolean accepted, @Nullable String comment, String by, Instant now) {
        requireOpen();
        measure(measureId).review(accepted, comment, by, now);
    }

    /** Closes the file: 409 measures-open while any measure is not REVIEWED. */
    void close(String by, Instant now) {
        requireOpen();
        long open = openMeasures();
        if (open > 0) {
            throw AssessmentRefusal.MEASURES_OPEN.problem(open);
        }
        this.state = State.CLOSED;
        this.closedBy = by;
        this.closedAt = now;
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw AssessmentRefusal.WEAK_FILE_CLOSED.problem();
        }
    }

    public SupportMeasure measure(long measureId) {
        return measures.stream()
                .filter(m -> m.getId() != null && m.getId() == measureId)
                .findFirst()
                .orElseThrow(() -> XuequProblem.notFound("SupportMeasure", measureId));
    }

    @Override
    public ScopeTarget scopeTarget() {
        return new ScopeTarget(regionCode, districtId == null ? Set.of() : Set.of(districtId), unitId);
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

    public Long getUnitId() {
        return unitId;
    }

    public @Nullable Long getDistrictId() {
        return districtId;
    }

    public @Nullable Long getCycleId() {
        return cycleId;
    }

    public String getReason() {
        return reason;
    }

    public State getState() {
        return state;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public @Nullable Instant getClosedAt() {
        return closedAt;
    }

    public List<SupportMeasure> getMeasures() {
        return List.copyOf(measures);
    }
}
