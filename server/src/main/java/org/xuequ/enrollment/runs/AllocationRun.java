package org.xuequ.enrollment.runs;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.springframework.http.HttpStatus;
import org.xuequ.platform.AuditMasked;
import org.xuequ.platform.ScopeTarget;
import org.xuequ.platform.Scoped;
import org.xuequ.platform.XuequProblem;
import org.xuequ.enrollment.cycles.EnrollmentCycle;

/**
 * 电脑派位 of one cycle: DRAFT → COMMITTED (inputs frozen, the seed's SHA-256 published) → EXECUTED
 * (may be executed again, with the same result) → REVIEWED → PUBLISHED (seed revealed). The seed is
 * drawn at commitment and kept out of every response and the audit log until publication.
 */
@Entity
public class AllocationRun implements Scoped {

    public enum Status { DRAFT, COMMITTED, EXECUTED, REVIEWED, PUBLISHED }

    /** How the choices stage fills schools; the engine's mechanisms. */
    public enum Mechanism { BOSTON, DA, SERIAL }

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

    protected AllocationRun() {
    }

    AllocationRun(EnrollmentCycle cycle, String name, Mechanism mechanism, String createdBy, Instant now) {
        this.regionCode = cycle.getRegionCode();
        this.cycleId = cycle.getId();
        this.name = name;
        this.mechanism = mechanism;
        this.status = Status.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void commit(String seedHex, String commitment, int applicants, Instant now) {
        require(EnumSet.of(Status.DRAFT));
        this.seed = seedHex;
        this.seedCommitment = commitment;
        this.applicants = applicants;
        this.status = Status.COMMITTED;
        this.committedAt = now;
    }

    void executed(int placed, Instant now) {
        require(EnumSet.of(Status.COMMITTED, Status.EXECUTED));
        this.placed = placed;
        this.status = Status.EXECUTED;
        this.executedAt = now;
    }

    void review(Instant now) {
        require(EnumSet.of(Status.EXECUTED));
        this.status = Status.REVIEWED;
        this.reviewedAt = now;
    }

    void publish(Instant now) {
        require(EnumSet.of(Status.REVIEWED));
        this.status = Status.PUBLISHED;
        this.publishedAt = now;
    }

    void requireExecutable() {
        require(EnumSet.of(Status.COMMITTED, Status.EXECUTED));
    }

    private void require(Set<Status> allowed) {
        if (!allowed.contains(status)) {
            throw new XuequProblem(HttpStatus.CONFLICT, "problem.run-state", status.name());
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
