package org.xuequ.engine.rotation;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The round as a CP-SAT model: one Boolean per teacher and destination, exactly one per teacher; maxOut, maxIn,
 * declared needs and the total of moves as linear constraints. Each school's count of an indicator after the
 * round ranges over a small interval, and since the district's mean X̄ is fixed its CV² term is a function of
 * that count alone: tabulated (× {@link #scale}, rounded) and bounded from below by the secants between
 * consecutive counts. The term is convex in the count, so the largest secant equals the table at every count —
 * exact like an element constraint, but the LP relaxation sees the convex hull and gives CP-SAT a useful bound
 * (an element constraint is used instead should rounding ever break convexity).
 * <p>
 * Objectives in two stages, the second keeping the first's optimum (or best found) as a constraint and starting
 * from its solution: (1) min max(CV²_backbone, CV²_PE/art); (2) max W × Σ (M − rank) over honoured wishes − moves,
 * with M above any total of ranks (the count of wishes comes first, then better ranks) and W above any number of
 * moves (then fewer moves). Stage 1 stands alone because weights that would put it first in one sum (10¹³ × 10¹¹)
 * overflow the solver's integers and blur its LP bound, whose gap is reported; stage 2's weights stay small.
 */
final class RotationModel {

    enum Status {
        OPTIMAL,
        FEASIBLE,
        INFEASIBLE,
        UNKNOWN
    }

    record Outcome(Status status, int[] destination, long stage1Objective, double stage1Bound, boolean stage1Optimal) {}

    private final Round round;
    private final double[] means;
    private final Destinations destinations;
    private final CpModel model = new CpModel();
    private final BoolVar[][] x;
    private final LinearExpr moves;
    private final LinearExpr wishValue;
    private final boolean anyWish;
    private final IntVar worst;
    /** The tabulated terms, to complete hints. */
    private final List<Term> terms = new ArrayList<>();
    /** Per target ordinal: Σ of the terms of schools whose count cannot change. */
    private final long[] constants = new long[RotationTarget.values().length];

    private final boolean[] measured = new boolean[RotationTarget.values().length];
    /** Multiplies CV² terms before rounding to integers. */
    final double scale;

    RotationModel(Round round, Destinations destinations, double[] means) {
        this.means = means;
        this.round = round;
        this.destinations = destinations;
        int nt = round.teacherCount;
        int ns = round.schoolCount;
        x = new BoolVar[nt][];
        List<List<BoolVar>> out = lists(ns);
        List<List<BoolVar>> in = lists(ns);
        List<Map<String, List<BoolVar>>> needIn = new ArrayList<>();
        for (int s = 0; s < ns; s++) {
            needIn.add(new HashMap<>());
        }
        LinearExprBuilder moveSum = LinearExpr.newBuilder();
        LinearExprBuilder wishSum = LinearExpr.newBuilder();
        long rankTotal = 0;
        for (int t = 0; t < nt; t++) {
            rankTotal += round.wishes[t].length;
        }
        long m = rankTotal + 1;
        boolean wishes = false;
        for (int t = 0; t < nt; t++) {
            int[] d = destinations.of[t];
            x[t] = new BoolVar[d.length];
            String subject = round.teacher(t).subject();
            for (int j = 0; j < d.length; j++) {
                BoolVar v = model.newBoolVar("");
                x[t][j] = v;
                int s = d[j];
                if (s == round.home[t]) {
                    continue;
                }
                moveSum.add(v);
                out.get(round.home[t]).add(v);
                in.get(s).add(v);
                if (subject != null && round.school(s).needs().containsKey(subject)) {
                    needIn.get(s)
                            .computeIfAbsent(subject, k -> new ArrayList<>())
                            .add(v);
                }
                int rank = round.teacher(t).wishRank(round.schoolIds[s]);
                if (rank > 0) {
                    wishSum.addTerm(v, m - rank);
                    wishes = true;
                }
            }
            model.addExactlyOne(x[t]);
        }
        for (int s = 0; s < ns; s++) {
            RotationSchool school = round.school(s);
            if (!out.get(s).isEmpty()) {
                model.addLessOrEqual(LinearExpr.sum(out.get(s).toArray(new BoolVar[0])), school.maxOut());
            }
            if (!in.get(s).isEmpty()) {
                model.addLessOrEqual(LinearExpr.sum(in.get(s).toArray(new BoolVar[0])), school.maxIn());
            }
            for (Map.Entry<String, List<BoolVar>> e : needIn.get(s).entrySet()) {
                model.addLessOrEqual(LinearExpr.sum(e.getValue().toArray(new BoolVar[0])), school.need(e.getKey()));
            }
        }
        moves = moveSum.build();
        model.addLinearConstraint(
                moves, round.problem.rules().minMoves(), round.problem.rules().maxMoves());
        wishValue = wishSum.build();
        anyWish = wishes;

        double totalPupils = 0;
        for (double p : round.pupils) {
            totalPupils += p;
        }
        double largest = 0;
        for (RotationTarget target : RotationTarget.values()) {
            int k = target.ordinal();
            if (means[k] > 0) {
                double sum = 0;
                for (int s = 0; s < ns; s++) {
                    sum += DistrictCv.term(round.pupils[s], totalPupils, means[k], round.counts[k][s] + maxIn(s));
                    sum += DistrictCv.term(round.pupils[s], totalPupils, means[k], 0);
                }
                largest = Math.max(largest, sum);
            }
        }
        // 10⁹ resolves CV² far below what one move changes; capped so that sums stay well inside a long
        scale = largest > 0 ? Math.min(1e9, 1e13 / largest) : 1e9;
        worst = model.newIntVar(0, (long) 1e15, "worst");
        for (RotationTarget target : RotationTarget.values()) {
            int k = target.ordinal();
            if (means[k] > 0) {
                model.addGreaterOrEqual(worst, cvSquared(target, means[k], totalPupils));
                measured[k] = true;
            }
        }
        model.minimize(worst);
    }

    private int maxIn(int s) {
        return round.school(s).maxIn();
    }

    /** Σ over schools of the tabulated CV² term of one target, as a linear expression over new variables. */
    private LinearExpr cvSquared(RotationTarget target, double mean, double totalPupils) {
        int k = target.ordinal();
        int ns = round.schoolCount;
        List<List<BoolVar>> gains = lists(ns);
        List<List<BoolVar>> losses = lists(ns);
        int[] gainers = new int[ns];
        int[] losers = new int[ns];
        for (int t = 0; t < round.teacherCount; t++) {
            if (!round.carries[t][k]) {
                continue;
            }
            boolean canLeave = false;
            int[] d = destinations.of[t];
            for (int j = 0; j < d.length; j++) {
                if (d[j] != round.home[t]) {
                    gains.get(d[j]).add(x[t][j]);
                    gainers[d[j]]++;
                    losses.get(round.home[t]).add(x[t][j]);
                    canLeave = true;
                }
            }
            losers[round.home[t]] += canLeave ? 1 : 0;
        }
        LinearExprBuilder sum = LinearExpr.newBuilder();
        for (int s = 0; s < ns; s++) {
            int base = round.counts[k][s];
            int lo = base - Math.min(round.school(s).maxOut(), losers[s]);
            int hi = base + Math.min(round.school(s).maxIn(), gainers[s]);
            long[] table = new long[hi - lo + 1];
            for (int c = lo; c <= hi; c++) {
                table[c - lo] = Math.round(scale * DistrictCv.term(round.pupils[s], totalPupils, mean, c));
            }
            if (lo == hi) {
                sum.add(table[0]);
                constants[k] += table[0];
                continue;
            }
            IntVar count = model.newIntVar(lo, hi, "");
            LinearExprBuilder change = LinearExpr.newBuilder().add(base);
            for (BoolVar v : gains.get(s)) {
                change.add(v);
            }
            for (BoolVar v : losses.get(s)) {
                change.addTerm(v, -1);
            }
            model.addEquality(count, change.build());
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (long v : table) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            IntVar term = model.newIntVar(min, max, "");
            if (convex(table)) {
                for (int i = 0; i + 1 < table.length; i++) {
                    long slope = table[i + 1] - table[i];
                    // term ≥ table[i] + slope × (count − (lo + i))
                    model.addGreaterOrEqual(
                            LinearExpr.newBuilder()
                                    .add(term)
                                    .addTerm(count, -slope)
                                    .build(),
                            table[i] - slope * (lo + i));
                }
            } else {
                model.addElement(LinearExpr.newBuilder().add(count).add(-lo).build(), table, term);
            }
            sum.add(term);
            terms.add(new Term(k, s, count, term, lo, table));
        }
        return sum.build();
    }

    private static boolean convex(long[] table) {
        for (int i = 1; i + 1 < table.length; i++) {
            if (table[i + 1] - table[i] < table[i] - table[i - 1]) {
                return false;
            }
        }
        return true;
    }

    /** One school's tabulated term of one target: term = table[count − lo]. */
    private record Term(int target, int school, IntVar count, IntVar term, int lo, long[] table) {}

    /** Solves the stages within the deadline (System.nanoTime). */
    Outcome solve(long deadlineNanos, int workers, int[] start) {
        if (start != null) {
            hint(start);
        }
        CpSolver solver = solver(seconds(deadlineNanos) * 0.6, workers);
        CpSolverStatus status = solver.solve(model);
        if (status == CpSolverStatus.INFEASIBLE) {
            return new Outcome(Status.INFEASIBLE, null, 0, 0, true);
        }
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            if (status == CpSolverStatus.MODEL_INVALID) {
                throw new IllegalStateException("rotation model invalid: " + model.validate());
            }
            if (start != null) {
                // nothing better in time: the greedy start stands, without a bound
                return new Outcome(Status.FEASIBLE, start, 0, Double.NaN, false);
            }
            return new Outcome(Status.UNKNOWN, null, 0, 0, false);
        }
        boolean stage1Optimal = status == CpSolverStatus.OPTIMAL;
        long objective = Math.round(solver.objectiveValue());
        double bound = solver.bestObjectiveBound();
        int[] destination = read(solver);

        // stages 2 and 3 in one objective: W × wish value − moves with W above any number of moves is exactly
        // lexicographic, and its coefficients (≤ 10⁴ × 10⁴) stay small, unlike stage 1's scaled CV²
        model.addLessOrEqual(worst, objective);
        model.clearObjective();
        int[] polished = GreedyStart.withNeutralWishes(round, destinations, means, destination);
        long w = round.teacherCount + 1L;
        model.maximize(
                LinearExpr.newBuilder().addTerm(wishValue, w).addTerm(moves, -1).build());
        hint(polished);
        solver = solver(seconds(deadlineNanos) - 0.3, workers); // leaves time to read and report
        status = solver.solve(model);
        boolean optimal = stage1Optimal;
        if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
            destination = read(solver);
            optimal &= status == CpSolverStatus.OPTIMAL;
        } else {
            destination = polished;
            optimal = false;
        }
        return new Outcome(optimal ? Status.OPTIMAL : Status.FEASIBLE, destination, objective, bound, stage1Optimal);
    }

    /** A complete hint (every variable), so that CP-SAT takes it as a solution at once. */
    private void hint(int[] destination) {
        model.clearHints();
        int[][] after = new int[constants.length][];
        for (int k = 0; k < after.length; k++) {
            after[k] = round.counts[k].clone();
        }
        for (int t = 0; t < round.teacherCount; t++) {
            for (int j = 0; j < x[t].length; j++) {
                model.addHint(x[t][j], destinations.of[t][j] == destination[t]);
            }
            if (destination[t] != round.home[t]) {
                for (int k = 0; k < after.length; k++) {
                    if (round.carries[t][k]) {
                        after[k][round.home[t]]--;
                        after[k][destination[t]]++;
                    }
                }
            }
        }
        long[] sums = constants.clone();
        for (Term term : terms) {
            int c = after[term.target()][term.school()];
            int i = Math.max(0, Math.min(term.table().length - 1, c - term.lo()));
            model.addHint(term.count(), term.lo() + i);
            model.addHint(term.term(), term.table()[i]);
            sums[term.target()] += term.table()[i];
        }
        long max = 0;
        for (int k = 0; k < sums.length; k++) {
            if (measured[k]) {
                max = Math.max(max, sums[k]);
            }
        }
        model.addHint(worst, max);
    }

    private int[] read(CpSolver solver) {
        int[] destination = new int[round.teacherCount];
        for (int t = 0; t < round.teacherCount; t++) {
            for (int j = 0; j < x[t].length; j++) {
                if (solver.booleanValue(x[t][j])) {
                    destination[t] = destinations.of[t][j];
                }
            }
        }
        return destination;
    }

    private static CpSolver solver(double seconds, int workers) {
        CpSolver solver = new CpSolver();
        // on a 3,000-teacher round presolve's probing and inclusion detection took the whole time limit, and the
        // model (assignment rows, capacity sums, count equalities) gains little from them: both off
        solver.getParameters()
                .setMaxTimeInSeconds(Math.max(0.05, seconds))
                .setNumWorkers(workers)
                .setCpModelProbingLevel(Integer.getInteger("xuequ.rotation.probing", 0))
                .setPresolveInclusionWorkLimit(Long.getLong("xuequ.rotation.inclusion", 0))
                .setCpModelPresolve(!Boolean.getBoolean("xuequ.rotation.nopresolve"));
        if (Boolean.getBoolean("xuequ.rotation.cpsatlog")) {
            solver.getParameters().setLogSearchProgress(true);
            solver.setLogCallback(System.err::println);
        }
        return solver;
    }

    private static double seconds(long deadlineNanos) {
        return (deadlineNanos - System.nanoTime()) / 1e9;
    }

    private static <T> List<List<T>> lists(int n) {
        List<List<T>> lists = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }
}
