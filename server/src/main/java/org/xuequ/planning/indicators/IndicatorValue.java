package org.xuequ.planning.indicators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An indicator's actual value in one year, as entered; one per indicator and year. */
@Entity
@Table(name = "planning_indicator_value")
public class IndicatorValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long indicatorId;
    private int year;
    private BigDecimal value;

    @Nullable
    private String note;

    private Instant updatedAt;
    private String updatedBy;

    protected IndicatorValue() {}

    IndicatorValue(long indicatorId, int year, BigDecimal value, @Nullable String note, Instant now, String actor) {
        this.indicatorId = indicatorId;
        this.year = year;
        revise(value, note, now, actor);
    }

    void revise(BigDecimal value, @Nullable String note, Instant now, String actor) {
        this.value = value;
        this.note = note;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public long getIndicatorId() {
        return indicatorId;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getValue() {
        return value;
    }

    public @Nullable String getNote() {
        return note;
    }
}
