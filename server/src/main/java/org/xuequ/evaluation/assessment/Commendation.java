package org.xuequ.evaluation.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** 通报表扬: a unit commended in a finalised cycle, with the citation. Once per cycle and unit. */
@Entity
@Table(name = "evaluation_assessment_commendation")
public class Commendation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long cycleId;

    private Long unitId;

    private String citation;

    private String commendedBy;

    private Instant commendedAt;

    protected Commendation() {}

    Commendation(long cycleId, long unitId, String citation, String by, Instant now) {
        this.cycleId = cycleId;
        this.unitId = unitId;
        this.citation = citation;
        this.commendedBy = by;
        this.commendedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getCycleId() {
        return cycleId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getCitation() {
        return citation;
    }

    public String getCommendedBy() {
        return commendedBy;
    }

    public Instant getCommendedAt() {
        return commendedAt;
    }
}
