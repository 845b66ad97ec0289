package org.xuequ.supervision.rubrics;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** 督导指标: one criterion of a rubric, with its domain and item; changed only through its rubric. */
@Entity
@Table(name = "supervision_rubric_criterion")
public class RubricCriterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int position;
    private String domainCode;
    private String domainZh;
    private String domainEn;
    private String itemCode;
    private String itemZh;
    private String itemEn;
    private String code;
    private String textZh;
    private String textEn;

    @Enumerated(EnumType.STRING)
    private Scoring scoring;

    private BigDecimal maxPoints;
    private boolean evidenceRequired;

    protected RubricCriterion() {}

    RubricCriterion(int position, CriterionFields f) {
        this.position = position;
        this.domainCode = f.domainCode().strip();
        this.domainZh = f.domainZh().strip();
        this.domainEn = f.domainEn().strip();
        this.itemCode = f.itemCode().strip();
        this.itemZh = f.itemZh().strip();
        this.itemEn = f.itemEn().strip();
        this.code = f.code().strip();
        this.textZh = f.textZh().strip();
        this.textEn = f.textEn().strip();
        this.scoring = f.scoring();
        this.maxPoints = f.maxPoints();
        this.evidenceRequired = f.evidenceRequired();
    }

    public CriterionFields fields() {
        return new CriterionFields(
                domainCode,
                domainZh,
                domainEn,
                itemCode,
                itemZh,
                itemEn,
                code,
                textZh,
                textEn,
                scoring,
                maxPoints,
                evidenceRequired);
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getDomainCode() {
        return domainCode;
    }

    public String getDomainZh() {
        return domainZh;
    }

    public String getDomainEn() {
        return domainEn;
    }

    public String getCode() {
        return code;
    }

    public String getTextZh() {
        return textZh;
    }

    public Scoring getScoring() {
        return scoring;
    }

    public BigDecimal getMaxPoints() {
        return maxPoints;
    }

    public boolean isEvidenceRequired() {
        return evidenceRequired;
    }
}
