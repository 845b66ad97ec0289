package org.xuequ.engine.zoning;

import com.google.ortools.Loader;
import java.time.Duration;
import java.util.Optional;

/**
 * Zones blocks to schools: every block to exactly one school (a compound is never split), no school
 * above its seats, at most the allowed share of children moved, locks kept, minimising Σ children ×
 * great-circle metres.
 *
 * <ol>
 *   <li>Counting certificates ({@code Certificates}): total seats, locks, a block larger than any free
 *       school, and a subset-sum bound on the children who must move. Each proves infeasibility.
 *   <li>Candidates: every school when blocks × schools ≤ {@link #allSchoolsUpTo(long)}, else each block's
 *       k nearest plus its current school.
 *   <li>The transportation relaxation as a min-cost flow (OR-Tools), with the moved-share cap priced in by
 *       a Lagrangian penalty found by bisection: a lower bound and a split assignment.
 *   <li>Rounding and single-block improvement: a zoning of whole blocks.
 *   <li>CP-SAT (OR-Tools) on the 0-1 model of the same candidates, started from that zoning, for the rest
 *       of the time: a better zoning, a better bound, a proof of optimality or of infeasibility.
 * </ol>
 *
 * Immutable and thread-safe; each call builds its own solvers. Results within the time limit are not
 * deterministic when CP-SAT stops on time (it runs parallel workers).
 */
public final class ZoningSolver {

    /** k of the nearest-schools restriction on large instances. */
    public static final int DEFAULT_NEAREST_SCHOOLS = 16;

    /** Up to this many block-school pairs every school is a candidate: the exact problem is solved. */
    public static final long DEFAULT_ALL_SCHOOLS_UP_TO = 250_000;

    /** Above this many candidate pairs CP-SAT is not tried; the rounded flow stands with its flow bound. */
    public static final long DEFAULT_EXACT_SEARCH_UP_TO = 2_000_000;

    private final int nearest;
    private final long allSchoolsUpTo;
    private final long exactSearchUpTo;
    private final int workers;
    /** Candidates per block in the CP-SAT model (plus the flow's and the current school); measured best of 3–8. */
    private final int searchK = Integer.getInteger("xuequ.zoning.searchK", 4);

    private ZoningSolver(int nearest, long allSchoolsUpTo, long exactSearchUpTo, int workers) {
        this.nearest = nearest;
        this.allSchoolsUpTo = allSchoolsUpTo;
        this.exactSearchUpTo = exactSearchUpTo;
        this.workers = workers;
    }

    public static ZoningSolver defaults() {
        return new ZoningSolver(
                DEFAULT_NEAREST_SCHOOLS,
                DEFAULT_ALL_SCHOOLS_UP_TO,
                DEFAULT_EXACT_SEARCH_UP_TO,
                Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors())));
    }

    /** k nearest schools per block when the instance is above {@link #allSchoolsUpTo(long)}. */
    public ZoningSolver nearestSchools(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be ≥ 1, got " + k);
        }
        return new ZoningSolver(k, allSchoolsUpTo, exactSearchUpTo, workers);
    }

    /** Every school is a candidate while blocks × schools is at most this (Long.MAX_VALUE: always). */
    public ZoningSolver allSchoolsUpTo(long pairs) {
        return new ZoningSolver(nearest, pairs, exactSearchUpTo, workers);
    }

    /** CP-SAT runs while the candidate pairs are at most this (0: never, flow and rounding only). */
    public ZoningSolver exactSearchUpTo(long pairs) {
        return new ZoningSolver(nearest, allSchoolsUpTo, pairs, workers);
    }

    /** CP-SAT's parallel workers (default: the processors, at most 8). */
    public ZoningSolver workers(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("workers must be ≥ 1, got " + n);
        }
        return new ZoningSolver(nearest, allSchoolsUpTo, exactSearchUpTo, n);
    }

    /** Solves within about the time limit (model building and the native library's first load included). */
    public ZoningResult solve(ZoningProblem problem, Duration timeLimit) {
        long startNanos = System.nanoTime();
        long deadline = startNanos + timeLimit.toNanos();
        Loader.loadNativeLibraries(); // once per JVM; later calls return at once
        Optional<Infeasible> proof = Certificates.check(problem);
        if (proof.isPresent()) {
            return proof.get();
        }
        long cap = Certificates.capChildren(problem);
        int nb = problem.blockCount();
        int ns = problem.schoolCount();
        if (nb == 0) {
            return new ZoningSolution(
                    problem,
                    new int[0],
                    0,
                    true,
                    ZoningSolution.BoundScope.ALL_SCHOOLS,
                    0,
                    since(startNanos),
                    "nothing to zone");
        }
        int k = (long) nb * ns <= allSchoolsUpTo ? 0 : nearest;
        Candidates candidates;
        Relaxation relaxation;
        while (true) {
            candidates = Candidates.build(problem, k);
            relaxation = relax(problem, candidates, cap, deadline);
            if (relaxation.flow != null || candidates.isAllSchools()) {
                break;
            }
            // the k nearest cannot hold every child even split: widen, up to every school
            k = k * 2 >= ns || (long) nb * ns <= allSchoolsUpTo * 4 ? 0 : k * 2;
        }
        ZoningSolution.BoundScope scope = candidates.isAllSchools()
                ? ZoningSolution.BoundScope.ALL_SCHOOLS
                : ZoningSolution.BoundScope.NEAREST_SCHOOLS;
        if (relaxation.flow == null) {
            // over every school, not even a split zoning exists (the certificates passed, so it is the cap or locks)
            return cap != Long.MAX_VALUE
                    ? new Infeasible(
                            Infeasible.Reason.MOVED_SHARE_CAP,
                            "even splitting blocks, more than " + cap
                                    + " children would have to change school to fit the seats")
                    : new Infeasible(
                            Infeasible.Reason.LOCKS,
                            "the seats the locks leave open cannot hold the"
                                    + " unlocked blocks' children, even split");
        }
        long boundCm = relaxation.boundCm;
        trace(
                startNanos,
                "relaxation over %d pairs (k %d): bound %.0f, flow moves %d, %d blocks split",
                candidates.arcs(),
                candidates.k,
                boundCm / 100.0,
                relaxation.flow.movedChildren(),
                splitBlocks(candidates, relaxation.flow.flow()));
        // exchanges get at most a tenth of the time left; CP-SAT starts from what they reach
        long swapDeadline = System.nanoTime() + Math.max(0, deadline - System.nanoTime()) / 10;
        int[] best = Rounding.round(problem, candidates, relaxation.flow.flow(), cap, swapDeadline);
        trace(
                startNanos,
                "rounding: %s",
                best == null ? "none" : String.format("%.0f", ZoningSolution.objective(problem, best)));
        String method = "min-cost flow relaxation + rounding";
        boolean optimal = best != null && costCm(problem, candidates, best) <= boundCm;
        if (!optimal && candidates.arcs() <= exactSearchUpTo && System.nanoTime() < deadline) {
            Candidates narrow = candidates.narrow(problem, searchK, relaxation.flow.flow(), best);
            boolean same = narrow.arcs() == candidates.arcs();
            ExactSearch.Outcome out = ExactSearch.solve(problem, narrow, cap, best, searchSeconds(deadline), workers);
            if (!same) {
                out = new ExactSearch.Outcome(
                        out.status() == ExactSearch.Status.OPTIMAL
                                ? ExactSearch.Status.FEASIBLE
                                : out.status() == ExactSearch.Status.INFEASIBLE
                                        ? ExactSearch.Status.UNKNOWN
                                        : out.status(),
                        out.assignment(),
                        Long.MIN_VALUE); // bounds and proofs of the narrowed model are not ours
            }
            method += ", CP-SAT";
            trace(
                    startNanos,
                    "CP-SAT %s: %s, bound %.0f",
                    out.status(),
                    out.assignment() == null
                            ? "none"
                            : String.format("%.0f", ZoningSolution.objective(problem, out.assignment())),
                    out.boundCm() / 100.0);
            if (out.assignment() != null
                    && (best == null
                            || ZoningSolution.objective(problem, out.assignment())
                                    < ZoningSolution.objective(problem, best))) {
                best = out.assignment();
            }
            boundCm = Math.max(boundCm, out.boundCm());
            optimal = out.status() == ExactSearch.Status.OPTIMAL
                    || best != null && costCm(problem, candidates, best) <= boundCm;
            if (out.status() == ExactSearch.Status.INFEASIBLE) {
                if (candidates.isAllSchools()) {
                    return diagnose(problem, deadline);
                }
                best = null;
            }
        }
        if (best == null) {
            return new NoSolutionFound(
                    "no zoning of whole blocks found in the time limit (" + method + "); infeasibility not proven",
                    since(startNanos));
        }
        return new ZoningSolution(
                problem,
                best,
                boundCm / 100.0,
                optimal && candidates.isAllSchools(),
                scope,
                candidates.k,
                since(startNanos),
                method);
    }

    /** The relaxation at the smallest penalty that meets the cap, and the best Lagrangian bound seen. */
    private record Relaxation(FlowRelaxation.Flow flow, long boundCm, long penaltyCm) {}

    private static Relaxation relax(ZoningProblem p, Candidates c, long cap, long deadline) {
        FlowRelaxation.Flow free = FlowRelaxation.solve(p, c, 0);
        if (free == null || free.movedChildren() <= cap) {
            return new Relaxation(free, free == null ? Long.MIN_VALUE : free.costCm(), 0);
        }
        long bound = free.costCm();
        long lo = 0;
        long hi = 1_000; // 10 m per child moved, then ×4 until the cap holds
        FlowRelaxation.Flow atHi;
        while (true) {
            atHi = FlowRelaxation.solve(p, c, hi);
            bound = Math.max(bound, atHi.costCm() - hi * cap);
            if (atHi.movedChildren() <= cap) {
                break;
            }
            if (hi > 100_000_000_000L) { // 1,000 km per child: nobody can be kept home
                return new Relaxation(null, Long.MIN_VALUE, 0);
            }
            lo = hi;
            hi *= 4;
        }
        // bisection: each step's bound is valid; stop at 1 cm of penalty, 16 steps or the deadline
        for (int step = 0; step < 16 && hi - lo > 1 && System.nanoTime() < deadline; step++) {
            long mid = lo + (hi - lo) / 2;
            FlowRelaxation.Flow f = FlowRelaxation.solve(p, c, mid);
            bound = Math.max(bound, f.costCm() - mid * cap);
            if (f.movedChildren() <= cap) {
                hi = mid;
                atHi = f;
            } else {
                lo = mid;
            }
        }
        return new Relaxation(atHi, bound, hi);
    }

    /** Which constraint makes the exact problem infeasible: drop the cap, then the locks, and look again. */
    private ZoningResult diagnose(ZoningProblem p, long deadline) {
        long started = System.nanoTime();
        if (!Double.isNaN(p.maxMovedShare)) {
            ExactSearch.Status without = feasibility(p, Long.MAX_VALUE, deadline);
            if (without == ExactSearch.Status.FEASIBLE) {
                return new Infeasible(
                        Infeasible.Reason.MOVED_SHARE_CAP,
                        "whole blocks fit the seats, but not with at" + " most " + Certificates.capChildren(p)
                                + " children changing school");
            }
            if (without == ExactSearch.Status.UNKNOWN) {
                return unproven(started);
            }
        }
        if (p.hasLocks()) {
            ExactSearch.Status without = feasibility(p.withoutLocks(), Long.MAX_VALUE, deadline);
            if (without == ExactSearch.Status.FEASIBLE) {
                return new Infeasible(Infeasible.Reason.LOCKS, "whole blocks fit the seats, but not with these locks");
            }
            if (without == ExactSearch.Status.UNKNOWN) {
                return unproven(started);
            }
        }
        return new Infeasible(
                Infeasible.Reason.NO_PACKING,
                "the schools have " + p.totalSeats() + " seats for " + p.totalChildren()
                        + " children, but whole blocks cannot be packed into them");
    }

    private ExactSearch.Status feasibility(ZoningProblem p, long cap, long deadline) {
        Candidates all = Candidates.build(p, 0);
        ExactSearch.Status s =
                ExactSearch.solve(p, all, cap, null, seconds(deadline), workers).status();
        return s == ExactSearch.Status.OPTIMAL ? ExactSearch.Status.FEASIBLE : s;
    }

    private static NoSolutionFound unproven(long startNanos) {
        return new NoSolutionFound(
                "the problem has no zoning with the cap and locks, but the time limit ran out"
                        + " before the search could tell which constraint is to blame",
                since(startNanos));
    }

    /** Σ children × whole centimetres of a zoning over the candidates (the solvers' integer objective). */
    private static long costCm(ZoningProblem p, Candidates c, int[] schoolOf) {
        long sum = 0;
        for (int b = 0; b < schoolOf.length; b++) {
            if (p.children[b] > 0) {
                sum += p.children[b] * c.costCm[c.arc(b, schoolOf[b])];
            }
        }
        return sum;
    }

    private static int splitBlocks(Candidates c, long[] flow) {
        int split = 0;
        for (int b = 0; b + 1 < c.start.length; b++) {
            int used = 0;
            for (int a = c.start[b]; a < c.start[b + 1]; a++) {
                used += flow[a] > 0 ? 1 : 0;
            }
            split += used > 1 ? 1 : 0;
        }
        return split;
    }

    private static final boolean TRACE = Boolean.getBoolean("xuequ.zoning.trace");

    /** Phase results on standard error with {@code -Dxuequ.zoning.trace=true}. */
    private static void trace(long startNanos, String format, Object... args) {
        if (TRACE) {
            System.err.printf(
                    "zoning %.3f s: %s%n", (System.nanoTime() - startNanos) / 1e9, String.format(format, args));
        }
    }

    /**
     * CP-SAT's share of the time left: it stops on its limit but then still copies its answer out, which
     * takes longer the larger the model (a 30 s run on 50,000 × 1,000 ended 0.7 s late with 85% − 0.2 s),
     * so keep that back.
     */
    private static double searchSeconds(long deadline) {
        return Math.max(0.05, seconds(deadline) * 0.8 - 0.5);
    }

    private static double seconds(long deadline) {
        return Math.max(0.05, (deadline - System.nanoTime()) / 1e9);
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
