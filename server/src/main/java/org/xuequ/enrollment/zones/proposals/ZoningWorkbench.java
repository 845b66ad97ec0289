package org.xuequ.enrollment.zones.proposals;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.xuequ.enrollment.cycles.Cycles;
import org.xuequ.enrollment.cycles.EnrollmentCycle;
import org.xuequ.enrollment.runs.RunGuard;
import org.xuequ.enrollment.zones.AttendanceZone;
import org.xuequ.enrollment.zones.AttendanceZoneRepository;
import org.xuequ.enrollment.zones.Zones;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.DataScope;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.platform.jobs.Jobs;
import org.xuequ.registry.RegistryReads;

/**
 * 划片工作台: per cycle, generate zoning proposals (a job: the optimiser runs for seconds), compare them with
 * the zoning in force, adopt one as the cycle's zones. The commission of the region does everything; a
 * district office reads the proposals' zones of its own districts.
 */
@Service
@Transactional(readOnly = true)
public class ZoningWorkbench {

    private final WorkbenchInputs.Loader inputs;
    private final ZoningProposalRepository proposals;
    private final ProposalStore store;
    private final AttendanceZoneRepository zoneRows;
    private final Zones zones;
    private final Cycles cycles;
    private final RunGuard runGuard;
    private final RegistryReads registry;
    private final CurrentUser currentUser;
    private final Jobs jobs;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ZoningWorkbench(
            WorkbenchInputs.Loader inputs,
            ZoningProposalRepository proposals,
            ProposalStore store,
            AttendanceZoneRepository zoneRows,
            Zones zones,
            Cycles cycles,
            RunGuard runGuard,
            RegistryReads registry,
            CurrentUser currentUser,
            Jobs jobs,
            TransactionTemplate transactions,
            Clock clock) {
        this.inputs = inputs;
        this.proposals = proposals;
        this.store = store;
        this.zoneRows = zoneRows;
        this.zones = zones;
        this.cycles = cycles;
        this.runGuard = runGuard;
        this.registry = registry;
        this.currentUser = currentUser;
        this.jobs = jobs;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The cycle's inputs, for a caller who may read the cycle. */
    public WorkbenchInputs inputs(long cycleId) {
        cycles.get(cycleId);
        return inputs.load(cycleId);
    }

    /** Whether the cycle still takes zone changes, i.e. whether a proposal can be adopted now (the cycle says). */
    public boolean zonesOpen(EnrollmentCycle cycle) {
        return cycle.phaseAt(Instant.now(clock), runGuard.inputsFrozen(cycle.getId()))
                .acceptsZoneChanges();
    }

    /** The same, for a cycle the caller may read. */
    public boolean zonesOpen(long cycleId) {
        return zonesOpen(cycles.get(cycleId));
    }

    /** Which districts' zones the caller sees: the whole region, or a district office's own. */
    public LongPredicate visibleDistricts() {
        DataScope scope = currentUser.scope();
        if (scope instanceof DataScope.Districts d) {
            return d.districtIds()::contains;
        }
        return scope instanceof DataScope.Region || scope instanceof DataScope.Everything ? id -> true : id -> false;
    }

    /**
     * Starts generating a proposal; the job's result is the new proposal's id. The options are checked first
     * (400); locks naming unknown blocks or schools, and an infeasible problem (422 with the constraint that
     * makes it so), fail the job.
     */
    public String generate(long cycleId, String name, ProposalOptions options) {
        EnrollmentCycle cycle = cycles.get(cycleId);
        currentUser.requireCovers(cycle.scopeTarget());
        if (name != null && name.strip().length() > 100) {
            throw XuequProblem.invalid("name", "error.too-long-100");
        }
        String actor = currentUser.actor();
        return jobs.start("zoning-proposal", progress -> {
            progress.phase("inputs");
            WorkbenchInputs in = inputs.load(cycleId);
            progress.total(in.blocks().size());
            progress.phase("solve");
            ProposalSolver.Solved solved = ProposalSolver.solve(in, options);
            progress.phase("save");
            Long id = transactions.execute(status -> {
                int number = proposals.lastNumber(cycleId) + 1;
                String title = name == null || name.isBlank() ? "方案 " + number : name.strip();
                ZoningProposal p = proposals.save(ZoningProposal.generated(
                        cycle.getRegionCode(),
                        cycleId,
                        number,
                        title,
                        options,
                        solved.solution(),
                        actor,
                        Instant.now(clock)));
                store.write(p.getId(), solved.zoning());
                return p.getId();
            });
            progress.processed(in.blocks().size());
            return id;
        });
    }

    public List<ZoningProposal> list(long cycleId) {
        cycles.get(cycleId);
        return proposals.findByCycleIdOrderByNumberDesc(cycleId);
    }

    /** A proposal with its zoning, for a caller who may read its cycle. */
    public ZoningProposal get(long id) {
        ZoningProposal p = proposals.findById(id).orElseThrow(() -> XuequProblem.notFound("ZoningProposal", id));
        cycles.get(p.getCycleId());
        return p;
    }

    public ProposalZoning zoning(ZoningProposal proposal) {
        return store.read(proposal.getId());
    }

    /** The proposal against the zoning in force, over the caller's districts. */
    public ProposalDiff.Comparison compare(ZoningProposal proposal, WorkbenchInputs in) {
        return ProposalDiff.compare(in, zoning(proposal), visibleDistricts());
    }

    /** The zoning in force as a proposal's zoning (children: the registered ones), for the map and snapshots. */
    public ProposalZoning current(WorkbenchInputs in) {
        List<AttendanceZone> rows =
                zoneRows.findByCycleIdOrderByName(in.context().cycle.getId());
        Map<Long, Integer> children = new HashMap<>();
        in.blocks().forEach(b -> children.put(b.id(), b.registered()));
        List<ProposalZoning.Zone> list = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            AttendanceZone z = rows.get(i);
            list.add(new ProposalZoning.Zone(
                    i, z.getName(), z.getDistrictId(), z.getKind(), z.getSchoolIds(), z.getBlockIds()));
        }
        return new ProposalZoning(list, children);
    }

    /** The areas of a proposal's zones (or, without one, of the zoning in force) and their districts. */
    public ZoneAreas.FeatureCollection areas(long cycleId, Long proposalId) {
        WorkbenchInputs in = inputs(cycleId);
        ProposalZoning zoning;
        if (proposalId == null) {
            zoning = current(in);
        } else {
            ZoningProposal p = get(proposalId);
            if (p.getCycleId() != cycleId) {
                throw XuequProblem.notFound("ZoningProposal", proposalId);
            }
            zoning = zoning(p);
        }
        Set<Long> districts = new HashSet<>();
        zoning.zones().forEach(z -> districts.add(z.districtId()));
        Map<Long, Set<Long>> was = new HashMap<>();
        in.blocks().forEach(b -> was.put(b.id(), b.currentSchools()));
        return ZoneAreas.draw(in, zoning, registry.districtNames(districts), was, visibleDistricts());
    }

    /**
     * Adopts a proposal as the cycle's zones, in one transaction: the zoning in force is kept as a proposal
     * of origin REPLACED, the adopted one before supersedes, and the zones are replaced. 409 when the cycle is
     * frozen, the proposal is the cycle's zoning already, or the version is stale.
     */
    @Transactional
    public ZoningProposal adopt(long id, long version) {
        ZoningProposal proposal = get(id);
        currentUser.requireCovers(ScopeTarget.region(proposal.getRegionCode()));
        if (proposal.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(ZoningProposal.class, id);
        }
        if (!proposal.canAdopt()) {
            throw ProposalRefusal.ALREADY_ADOPTED.problem();
        }
        long cycleId = proposal.getCycleId();
        Instant now = Instant.now(clock);
        WorkbenchInputs in = inputs.load(cycleId);
        ProposalZoning replaced = current(in);
        proposals.findByCycleIdAndStatus(cycleId, ZoningProposal.Status.ADOPTED).ifPresent(ZoningProposal::supersede);
        proposals.flush(); // one ADOPTED per cycle (a partial unique index): the old one must be written first
        if (!replaced.zones().isEmpty()) {
            int number = proposals.lastNumber(cycleId) + 1;
            ZoningProposal snapshot = proposals.save(ZoningProposal.replaced(
                    proposal.getRegionCode(),
                    cycleId,
                    number,
                    "采用方案 " + proposal.getNumber() + " 前的划片",
                    currentUser.actor(),
                    now));
            store.write(snapshot.getId(), replaced);
        }
        zones.replaceAll(cycleId, zoning(proposal).forms());
        proposal.adopt(currentUser.actor(), now);
        return proposals.saveAndFlush(proposal);
    }
}
