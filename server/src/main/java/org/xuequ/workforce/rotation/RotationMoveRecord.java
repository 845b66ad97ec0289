package org.xuequ.workforce.rotation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A move of a round: proposed by the optimiser, locked or vetoed by officials, applied on the start date. */
@Entity
@Table(name = "workforce_rotation_move")
public class RotationMoveRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long roundId;
    private long staffId;
    private long fromUnitId;
    private long toUnitId;
    private int wishRank;
    private String reasons;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    @Nullable
    private LocalDate appliedOn;

    protected RotationMoveRecord() {}

    RotationMoveRecord(long roundId, long staffId, long fromUnitId, long toUnitId, int wishRank, String reasons) {
        this.roundId = roundId;
        this.staffId = staffId;
        this.fromUnitId = fromUnitId;
        this.toUnitId = toUnitId;
        this.wishRank = wishRank;
        this.reasons = reasons;
        this.decision = Decision.PROPOSED;
    }

    void decide(Decision newDecision) {
        this.decision = newDecision;
    }

    /** Whether the move happens if the round is approved. */
    public boolean stands() {
        return decision != Decision.VETOED;
    }

    void applied(LocalDate day) {
        this.appliedOn = day;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getRoundId() {
        return roundId;
    }

    public long getStaffId() {
        return staffId;
    }

    public long getFromUnitId() {
        return fromUnitId;
    }

    public long getToUnitId() {
        return toUnitId;
    }

    public int getWishRank() {
        return wishRank;
    }

    public String getReasons() {
        return reasons;
    }

    public Decision getDecision() {
        return decision;
    }

    public @Nullable LocalDate getAppliedOn() {
        return appliedOn;
    }
}
