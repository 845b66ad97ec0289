package org.xuequ.workforce.staff;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One unit a person worked at, from a date; the open one (no end) is the current. Part of {@link Staff}. */
@Entity
@Table(name = "workforce_posting")
public class Posting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long staffId;

    private long unitId;

    private LocalDate fromDate;

    @Nullable
    private LocalDate toDate;

    @Enumerated(EnumType.STRING)
    private PostingReason reason;

    @Nullable
    private Long referenceId;

    protected Posting() {}

    Posting(long staffId, long unitId, LocalDate fromDate, PostingReason reason, @Nullable Long referenceId) {
        this.staffId = staffId;
        this.unitId = unitId;
        this.fromDate = fromDate;
        this.reason = reason;
        this.referenceId = referenceId;
    }

    void close(LocalDate lastDay) {
        this.toDate = lastDay;
    }

    public boolean isCurrent() {
        return toDate == null;
    }

    public Long getId() {
        return id;
    }

    public long getStaffId() {
        return staffId;
    }

    public long getUnitId() {
        return unitId;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public @Nullable LocalDate getToDate() {
        return toDate;
    }

    public PostingReason getReason() {
        return reason;
    }

    public @Nullable Long getReferenceId() {
        return referenceId;
    }
}
