package org.xuequ.supervision.points;

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
import org.jspecify.annotations.Nullable;

/** One points rule of a region, as data the commission edits. */
@Entity
@Table(name = "supervision_points_rule")
public class PointsRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String regionCode;

    @Enumerated(EnumType.STRING)
    private RuleKind kind;

    private BigDecimal points;

    @Nullable
    private BigDecimal threshold;

    private Instant updatedAt;
    private String updatedBy;

    protected PointsRule() {}

    PointsRule(String regionCode, RuleKind kind, Instant now, String actor) {
        this.regionCode = regionCode;
        this.kind = kind;
        this.points = kind.defaultPoints();
        this.threshold = kind.defaultThreshold();
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    void change(BigDecimal newPoints, @Nullable BigDecimal newThreshold, Instant now, String actor) {
        this.points = newPoints;
        this.threshold = kind == RuleKind.INSPECTION_SCORE ? newThreshold : null;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public long getVersion() {
        return version;
    }

    public RuleKind getKind() {
        return kind;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public @Nullable BigDecimal getThreshold() {
        return threshold;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
