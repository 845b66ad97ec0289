package org.xuequ.enrollment.runs;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.xuequ.enrollment.cycles.EnrollmentCycle;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.platform.access.Scoped;
import org.xuequ.platform.audit.AuditMasked;

/**
 * 电脑派位 of one cycle: DRAFT → COMMITTED (inputs frozen, the seed's SHA-256 published) → EXECUTED
 * (may be executed again, with the same result) → REVIEWED → PUBLISHED (seed revealed). The seed is
 * drawn at commitment and kept out of every response and the audit log until publication.
 */
@Entity
public class AllocationRun implements Scoped {

    public enum Status {
        DRAFT,
        COMMITTED,
        EXECUTED,
        REVIEWED,
        PUBLISHED
    }

    /** How the choices stage fills schools; the engine's mechanisms. */
    public enum Mechanism {
        BOSTON,
        DA,
        SERIAL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String regionCode;

    private long cycleId;

    private String name;

    @Enumerated(EnumType.STRING)
    private Mechanism mechanism;

    @Enumerated(EnumType.STRING)
    private Status status;

    @AuditMasked
    private String seed;

    private String seedCommitment;

    private String createdBy;

    private Instant createdAt;

    private Instant committedAt;

    private Instant executedAt;

    private Instant reviewedAt;

    private Instant publishedAt;

    private int applicants;

    private int placed;

    protected AllocationRun() {}

    AllocationRun(EnrollmentCycle cycle, String name, Mechanism mechanism, String createdBy, Instant now) {
        this(cycle.getRegionCode(), cycle.getId(), name, mechanism, createdBy, now);
    }

    AllocationRun(String regionCode, long cycleId, String name, Mechanism mechanism, String createdBy, Instant now) {
        this.regionCode = regionCode;
        this.cycleId = cycleId;
        this.name = name;
        this.mechanism = mechanism;
        this.status = Status.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** A draft may be committed: its inputs frozen and the seed's SHA-256 published. */
    public boolean canCommit() {
        return status == Status.DRAFT;
    }

    /** Committed or executed: a draw may run, and run again with the same result, until it is reviewed. */
    public boolean canExecute() {
        return status == Status.COMMITTED || status == Status.EXECUTED;
    }

    public boolean canReview() {
        return status == Status.EXECUTED;
    }

    public boolean canPublish() {
        return status == Status.REVIEWED;
    }

    /** Reviewed or published: appeals may be filed and admission notices printed. */
    public boolean isDecided() {
        return status == Status.REVIEWED || status == Status.PUBLISHED;
    }

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    /** Committed and later: the commitment is public, and so are the frozen inputs. */
    public boolean isPublic() {
        return status != Status.DRAFT;
    }

    void commit(String seedHex, String commitment, int applicants, Instant now) {
        require(canCommit());
        this.seed = seedHex;
        this.seedCommitment = commitment;
        this.applicants = applicants;
        this.status = Status.COMMITTED;
        this.committedAt = now;
    }

    void executed(int placed, Instant now) {
        require(canExecute());
        this.placed = placed;
        this.status = Status.EXECUTED;
        this.executedAt = now;
    }

    void review(Instant now) {
        require(canReview());
        this.status = Status.REVIEWED;
        this.reviewedAt = now;
    }

    void publish(Instant now) {
        require(canPublish());
        this.status = Status.PUBLISHED;
        this.publishedAt = now;
    }

    void requireExecutable() {
        require(canExecute());
    }

    public void requireResults() {
        require(hasResults());
    }

    public void requireDecided() {
        require(isDecided());
    }

    public void requirePublished() {
        if (!isPublished()) {
            throw RunRefusal.NOT_PUBLISHED.problem();
        }
    }

    private void require(boolean allowed) {
        if (!allowed) {
            throw RunRefusal.STATE.problem(status.name());
        }
    }

    public boolean hasResults() {
        return status == Status.EXECUTED || status == Status.REVIEWED || status == Status.PUBLISHED;
    }

    /** The seed once it may be shown: after publication. */
    public String revealedSeed() {
        return status == Status.PUBLISHED ? seed : null;
    }

    String seed() {
        return seed;
    }

    @Override
    public ScopeTarget scopeTarget() {
        return ScopeTarget.region(regionCode);
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

    public long getCycleId() {
        return cycleId;
    }

    public String getName() {
        return name;
    }

    public Mechanism getMechanism() {
        return mechanism;
    }

    public Status getStatus() {
        return status;
    }

    public String getSeedCommitment() {
        return seedCommitment;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getCommittedAt() {
        return committedAt;
    }

    public Instant getExecutedAt() {
        return executedAt;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public int getApplicants() {
        return applicants;
    }

    public int getPlaced() {
        return placed;
    }
}
