package org.xuequ.evaluation.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** 考核指标: one weighted criterion of a scheme, scored 0..maxScore. */
@Entity
@Table(name = "evaluation_assessment_criterion")
public class SchemeCriterion {

    /** Where a criterion's score comes from. */
    public enum Source {
        /** entered by the commission */
        MANUAL,
        /** 督导积分: from the supervision module when one supplies it ({@link UnitPointsSource}), else by hand */
        SUPERVISION_POINTS,
        /** 学区活动: entered by hand from the district's activity records */
        DISTRICT_ACTIVITIES,
        /** 联合教研: from the workforce module's research records when it supplies them ({@link UnitPointsSource}) */
        JOINT_RESEARCH
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int position;

    private String code;

    private String nameZh;

    private String nameEn;

    private BigDecimal weight;

    private BigDecimal maxScore;

    @Enumerated(EnumType.STRING)
    private Source source;

    protected SchemeCriterion() {}

    /** @param id null for a new criterion; given by rule tests that never persist it */
    SchemeCriterion(
            Long id,
            int position,
            String code,
            String nameZh,
            String nameEn,
            BigDecimal weight,
            BigDecimal maxScore,
            Source source) {
        this.id = id;
        this.position = position;
        this.code = code;
        apply(position, nameZh, nameEn, weight, maxScore, source);
    }

    void apply(int position, String nameZh, String nameEn, BigDecimal weight, BigDecimal maxScore, Source source) {
        this.position = position;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.weight = weight.setScale(2, RoundingMode.HALF_UP);
        this.maxScore = maxScore.setScale(2, RoundingMode.HALF_UP);
        this.source = source;
    }

    /** What a score contributes to the total out of 100: score / maxScore × weight. */
    public BigDecimal weighted(BigDecimal score) {
        return score.multiply(weight).divide(maxScore, MathContext.DECIMAL64);
    }

    public boolean accepts(BigDecimal score) {
        return score.signum() >= 0 && score.compareTo(maxScore) <= 0;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public BigDecimal getMaxScore() {
        return maxScore;
    }

    public Source getSource() {
        return source;
    }
}
