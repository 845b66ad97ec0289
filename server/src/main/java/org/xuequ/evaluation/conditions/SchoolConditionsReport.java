package org.xuequ.evaluation.conditions;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import org.xuequ.platform.access.ScopeTarget;

/** A school's conditions report for one school year; the census keeps one per school and year. */
@Entity
@Table(name = "evaluation_conditions")
public class SchoolConditionsReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String regionCode;
    private long unitId;
    private int schoolYear;

    @Embedded
    private ConditionsFigures figures;

    private Instant updatedAt;
    private String updatedBy;

    protected SchoolConditionsReport() {}

    SchoolConditionsReport(
            String regionCode, long unitId, int schoolYear, ConditionsFigures figures, Instant now, String actor) {
        this.regionCode = regionCode;
        this.unitId = unitId;
        this.schoolYear = schoolYear;
        revise(figures, now, actor);
    }

    /** @return whether anything changed (an unchanged save keeps the version and the audit log quiet) */
    boolean revise(ConditionsFigures revised, Instant now, String actor) {
        if (revised.equals(figures)) {
            return false;
        }
        this.figures = revised;
        this.updatedAt = now;
        this.updatedBy = actor;
        return true;
    }

    ScopeTarget scopeTarget(Long districtId) {
        return new ScopeTarget(regionCode, districtId == null ? Set.of() : Set.of(districtId), unitId);
    }

    public long getUnitId() {
        return unitId;
    }

    public int getSchoolYear() {
        return schoolYear;
    }

    public ConditionsFigures getFigures() {
        return figures;
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
