package org.xuequ.supervision.plans;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.xuequ.platform.audit.AuditMasked;

/**
 * 随机督导的抽取: COMMITTED (inputs frozen, the seed's SHA-256 published on the plan) → DRAWN (units and dates
 * picked and added to the plan; still unannounced) → REVEALED (the seed published: anyone may replay the draw).
 * The seed stays out of every response and the audit log until it is revealed.
 */
@Entity
@Table(name = "supervision_draw")
public class RandomDraw {

    public enum Status {
        COMMITTED,
        DRAWN,
        REVEALED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long planId;
    private String regionCode;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int unitsToDraw;
    private LocalDate windowFrom;
    private LocalDate windowTo;
    private String candidates;

    @AuditMasked
    private String seed;

    private String seedCommitment;
    private Instant committedAt;
    private String committedBy;

    @Nullable
    private Instant drawnAt;

    @Nullable
    private Instant revealedAt;

    protected RandomDraw() {}

    RandomDraw(
            long planId,
            String regionCode,
            int unitsToDraw,
            LocalDate windowFrom,
            LocalDate windowTo,
            List<Long> candidates,
            String seedHex,
            String commitment,
            Instant now,
            String actor) {
        this.planId = planId;
        this.regionCode = regionCode;
        this.unitsToDraw = unitsToDraw;
        this.windowFrom = windowFrom;
        this.windowTo = windowTo;
        this.candidates = candidates.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        this.seed = seedHex;
        this.seedCommitment = commitment;
        this.status = Status.COMMITTED;
        this.committedAt = now;
        this.committedBy = actor;
    }

    /** Draws the units and dates from the committed inputs; refused unless COMMITTED. */
    List<DrawRule.Drawn> execute(Instant now) {
        if (status != Status.COMMITTED) {
            throw PlanRefusal.DRAW_TRANSITION.problem(status, "DRAW");
        }
        status = Status.DRAWN;
        drawnAt = now;
        return DrawRule.draw(seed, candidateIds(), unitsToDraw, windowFrom, windowTo);
    }

    void reveal(Instant now) {
        if (status != Status.DRAWN) {
            throw PlanRefusal.DRAW_TRANSITION.problem(status, "REVEAL");
        }
        status = Status.REVEALED;
        revealedAt = now;
    }

    public List<Long> candidateIds() {
        return candidates.isEmpty()
                ? List.of()
                : Arrays.stream(candidates.split(",")).map(Long::valueOf).toList();
    }

    /** The seed once it may be shown: after the draw is revealed. */
    public @Nullable String revealedSeed() {
        return status == Status.REVEALED ? seed : null;
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

    public String getRegionCode() {
        return regionCode;
    }

    public Status getStatus() {
        return status;
    }

    public int getUnitsToDraw() {
        return unitsToDraw;
    }

    public LocalDate getWindowFrom() {
        return windowFrom;
    }

    public LocalDate getWindowTo() {
        return windowTo;
    }

    public String getSeedCommitment() {
        return seedCommitment;
    }

    public Instant getCommittedAt() {
        return committedAt;
    }

    public @Nullable Instant getDrawnAt() {
        return drawnAt;
    }

    public @Nullable Instant getRevealedAt() {
        return revealedAt;
    }
}
