package org.xuequ.planning.indicators;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** One quantified indicator (量化指标) of a plan: where it starts, where it must be by when, and which way is better. */
@Entity
@Table(name = "planning_indicator")
public class PlanIndicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long planId;
    private int seq;

    @Nullable
    private String area;

    private String name;
    private String unit;

    @Nullable
    private BigDecimal baseline;

    @Nullable
    private Integer baselineYear;

    private BigDecimal target;
    private int targetYear;

    @Enumerated(EnumType.STRING)
    private Direction direction;

    @Nullable
    private String source;

    @Enumerated(EnumType.STRING)
    @Nullable
    private ComputedSource computed;

    protected PlanIndicator() {}

    PlanIndicator(long planId, IndicatorFields fields) {
        this.planId = planId;
        revise(fields);
    }

    void revise(IndicatorFields f) {
        this.seq = f.seq();
        this.area = f.area();
        this.name = f.name();
        this.unit = f.unit();
        this.baseline = f.baseline();
        this.baselineYear = f.baselineYear();
        this.target = f.target();
        this.targetYear = f.targetYear();
        this.direction = f.direction();
        this.source = f.source();
        this.computed = f.computed();
    }

    public IndicatorFields fields() {
        return new IndicatorFields(
                seq, area, name, unit, baseline, baselineYear, target, targetYear, direction, source, computed);
    }

    ProgressRule.Facts facts() {
        return new ProgressRule.Facts(
                direction,
                baseline == null ? null : baseline.doubleValue(),
                baselineYear,
                target.doubleValue(),
                targetYear);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getPlanId() {
        return planId;
    }

    public @Nullable ComputedSource getComputed() {
        return computed;
    }
}
