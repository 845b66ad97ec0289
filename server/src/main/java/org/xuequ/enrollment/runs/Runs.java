package org.xuequ.enrollment.runs;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.xuequ.engine.lottery.Lottery;
import org.xuequ.enrollment.cycles.CycleContext;
import org.xuequ.enrollment.cycles.EnrollmentCycle;
import org.xuequ.enrollment.cycles.RegionReads;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.jobs.Jobs;

/**
 * The life of an allocation run: created as a draft, committed (inputs frozen, seed drawn and its
 * SHA-256 published), executed as one transaction (again and again, always with the same result),
 * reviewed, published (seed revealed).
 */
@Service
@Transactional(readOnly = true)
public class Runs {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AllocationRunRepository runs;
    private final CycleContext.Loader cycles;
    private final DrawInputs inputs;
    private final DrawStore store;
    private final CurrentUser currentUser;
    private final Jobs jobs;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final RunExecutionLock executionLock;

    Runs(
            AllocationRunRepository runs,
            CycleContext.Loader cycles,
            DrawInputs inputs,
            DrawStore store,
            CurrentUser currentUser,
            Jobs jobs,
            TransactionTemplate transactions,
            Clock clock,
            RunExecutionLock executionLock) {
        this.executionLock = executionLock;
        this.runs = runs;
        this.cycles = cycles;
        this.inputs = inputs;
        this.store = store;
        this.currentUser = currentUser;
        this.jobs = jobs;
        this.transactions = transactions;
        this.clock = clock;
    }

    public List<AllocationRun> list(Long cycleId) {
        List<AllocationRun> all =
                cycleId == null ? runs.findAllByOrderByIdDesc() : runs.findByCycleIdOrderByIdDesc(cycleId);
        return all.stream()
                .filter(r -> RegionReads.readable(currentUser.scope(), r.getRegionCode()))
                .toList();
    }

    public AllocationRun get(long id) {
        AllocationRun run = find(id);
        RegionReads.requireReadable(currentUser, run.getRegionCode());
        return run;
    }

    AllocationRun find(long id) {
        return runs.findById(id).orElseThrow(() -> XuequProblem.notFound("AllocationRun", id));
    }

    @Transactional
    public AllocationRun create(long cycleId, String name, AllocationRun.Mechanism mechanism) {
        EnrollmentCycle cycle = cycles.cycle(cycleId);
        currentUser.requireCovers(cycle.scopeTarget());
        if (name == null || name.isBlank()) {
            throw XuequProblem.invalid("name", "error.required");
        }
        if (mechanism == null) {
            throw XuequProblem.invalid("mechanism", "error.required");
        }
        return runs.save(new AllocationRun(cycle, name.strip(), mechanism, currentUser.actor(), Instant.now(clock)));
    }

    /** Freezes the inputs and draws the seed; from now on zones and applications of the cycle are closed. */
    @Transactional
    public AllocationRun commit(long id, long version) {
        AllocationRun run = versioned(id, version);
        if (runs.existsByCycleIdAndStatusNot(run.getCycleId(), AllocationRun.Status.DRAFT)) {
            throw RunRefusal.ALREADY_COMMITTED.problem();
        }
        byte[] seed = new byte[32];
        RANDOM.nextBytes(seed);
        int applicants = inputs.freeze(id, cycles.load(run.getCycleId()));
        run.commit(HexFormat.of().formatHex(seed), Lottery.commitment(seed), applicants, Instant.now(clock));
        return runs.save(run);
    }

    /**
     * Starts the draw as a job; the job's result is the run id. A second execute while one runs
     * gets 409: the lock is taken before the version is checked, so a caller that arrives just
     * after an execution ends sees its new version and gets 409 (stale) too.
     */
    public String execute(long id, long version) {
        RunExecutionLock.Held held = executionLock.tryHold(id).orElseThrow(RunRefusal.EXECUTING::problem);
        try {
            AllocationRun run = versioned(id, version);
            run.requireExecutable();
            return jobs.start("allocation-run", progress -> {
                try (held) {
                    executeNow(id, progress);
                    return id;
                }
            });
        } catch (RuntimeException e) {
            held.close();
            throw e;
        }
    }

    /** The draw itself, in one transaction of its own: a failure leaves the previous state untouched. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public void executeNow(long id, Jobs.Progress progress) {
        transactions.executeWithoutResult(status -> {
            AllocationRun run = find(id);
            run.requireExecutable();
            CycleContext context = cycles.load(run.getCycleId());
            int lowest = context.policy.lowestTier();
            progress.phase("inputs");
            DrawInputs.Frozen frozen = inputs.read(id, lowest);
            progress.total(frozen.applicants().size());
            progress.phase("draw");
            // the switch cannot change once a run is committed, so every execution and the replay agree
            Draw.Outcome outcome = Draw.run(frozen, run.getMechanism(), run.seed(), context.cycle.isRegionStage());
            progress.phase("results");
            store.replace(id, outcome, lowest);
            progress.processed(frozen.applicants().size());
            run.executed(outcome.placed(), Instant.now(clock));
            runs.save(run);
        });
    }

    @Transactional
    public AllocationRun review(long id, long version) {
        AllocationRun run = versioned(id, version);
        run.review(Instant.now(clock));
        return run;
    }

    @Transactional
    public AllocationRun publish(long id, long version) {
        AllocationRun run = versioned(id, version);
        run.publish(Instant.now(clock));
        return run;
    }

    private AllocationRun versioned(long id, long version) {
        AllocationRun run = find(id);
        currentUser.requireCovers(run.scopeTarget());
        if (run.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(AllocationRun.class, id);
        }
        return run;
    }
}
