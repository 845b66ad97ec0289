package org.xuequ.planning.indicators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A plan document (e.g. a five-year plan, 十三五规划) of a region: its period and its traffic-light rule. */
@Entity
@Table(name = "planning_plan")
public class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String regionCode;
    private String name;
    private int startYear;
    private int endYear;

    @Nullable
    private String source;

    private BigDecimal onTrackSlack;
    private BigDecimal atRiskSlack;

    protected Plan() {}

    Plan(String regionCode, String name, int startYear, int endYear, @Nullable String source, ProgressRule rule) {
        this.regionCode = regionCode;
        revise(name, startYear, endYear, source, rule);
    }

    void revise(String name, int startYear, int endYear, @Nullable String source, ProgressRule rule) {
        this.name = name;
        this.startYear = startYear;
        this.endYear = endYear;
        this.source = source;
        this.onTrackSlack = BigDecimal.valueOf(rule.onTrackSlack());
        this.atRiskSlack = BigDecimal.valueOf(rule.atRiskSlack());
    }

    public ProgressRule rule() {
        return new ProgressRule(onTrackSlack.doubleValue(), atRiskSlack.doubleValue());
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

    public String getName() {
        return name;
    }

    public int getStartYear() {
        return startYear;
    }

    public int getEndYear() {
        return endYear;
    }

    public @Nullable String getSource() {
        return source;
    }
}
