package org.xuequ.engine.zoning;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.List;

/**
 * The zoning as a 0-1 program for OR-Tools CP-SAT: one Boolean per block and candidate school, exactly
 * one per block, seats per school, the moved-share cap as one linear constraint, and Σ children ×
 * centimetres to minimise. CP-SAT combines its LP relaxation, cuts and search; it returns a zoning, a
 * proven lower bound on the same candidates, or a proof that none exists. The rounded zoning is given
 * as a hint so that the search starts from it.
 */
final class ExactSearch {

    enum Status {
        OPTIMAL,
        FEASIBLE,
        INFEASIBLE,
        UNKNOWN
    }

    /** The search's answer: costs in centimetres over the same candidates. */
    record Outcome(Status status, int[] assignment, long boundCm) {}

    private ExactSearch() {}

    /**
     * @param cap children who may move, or Long.MAX_VALUE
     * @param hint a zoning to start from, or null
     */
    static Outcome solve(ZoningProblem p, Candidates c, long cap, int[] hint, double seconds, int workers) {
        int nb = p.blockCount();
        int ns = p.schoolCount();
        CpModel model = new CpModel();
        long[] fixedLoad = new long[ns];
        long fixedCost = 0;
        long fixedMoved = 0;
        long homeChildren = 0; // children of free blocks that can stay at their current school
        BoolVar[] x = new BoolVar[c.arcs()];
        int[] fixedArc = new int[nb];
        List<List<BoolVar>> atSchool = new ArrayList<>();
        List<List<Long>> weightAtSchool = new ArrayList<>();
        for (int s = 0; s < ns; s++) {
            atSchool.add(new ArrayList<>());
            weightAtSchool.add(new ArrayList<>());
        }
        List<BoolVar> objVars = new ArrayList<>();
        List<Long> objCoefs = new ArrayList<>();
        List<BoolVar> homeVars = new ArrayList<>();
        List<Long> homeCoefs = new ArrayList<>();
        for (int b = 0; b < nb; b++) {
            int ch = p.children[b];
            int n = c.start[b + 1] - c.start[b];
            fixedArc[b] = -1;
            if (ch == 0 || n == 1) {
                int a = ch == 0 ? zeroChildArc(p, c, b) : c.start[b];
                fixedArc[b] = a;
                fixedLoad[c.school[a]] += ch;
                fixedCost += ch * c.costCm[a];
                if (FlowRelaxation.moves(p, b, c.school[a])) {
                    fixedMoved += ch;
                }
                continue;
            }
            Literal[] row = new Literal[n];
            boolean homeIsCandidate = false;
            for (int a = c.start[b]; a < c.start[b + 1]; a++) {
                BoolVar v = model.newBoolVar("");
                x[a] = v;
                row[a - c.start[b]] = v;
                int s = c.school[a];
                atSchool.get(s).add(v);
                weightAtSchool.get(s).add((long) ch);
                objVars.add(v);
                objCoefs.add(ch * c.costCm[a]);
                if (p.current[b] == s) {
                    homeVars.add(v);
                    homeCoefs.add((long) ch);
                    homeIsCandidate = true;
                }
            }
            if (p.current[b] >= 0) {
                if (homeIsCandidate) {
                    homeChildren += ch;
                } else {
                    fixedMoved += ch;
                }
            }
            model.addExactlyOne(row);
        }
        for (int s = 0; s < ns; s++) {
            long room = p.seats[s] - fixedLoad[s];
            if (room < 0) {
                return new Outcome(Status.INFEASIBLE, null, 0);
            }
            if (!atSchool.get(s).isEmpty()) {
                model.addLessOrEqual(sum(atSchool.get(s), weightAtSchool.get(s)), room);
            }
        }
        if (cap != Long.MAX_VALUE) {
            // moved = fixedMoved + homeChildren − Σ(children staying) ≤ cap
            long mustStay = fixedMoved + homeChildren - cap;
            if (mustStay > homeChildren) {
                return new Outcome(Status.INFEASIBLE, null, 0);
            }
            if (mustStay > 0) {
                model.addGreaterOrEqual(sum(homeVars, homeCoefs), mustStay);
            }
        }
        model.minimize(sum(objVars, objCoefs));
        if (hint != null) {
            for (int b = 0; b < nb; b++) {
                if (fixedArc[b] < 0) {
                    for (int a = c.start[b]; a < c.start[b + 1]; a++) {
                        model.addHint(x[a], c.school[a] == hint[b]);
                    }
                }
            }
        }
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(Math.max(0.01, seconds)).setNumWorkers(workers);
        if (Boolean.getBoolean("xuequ.zoning.cpsatlog")) {
            solver.getParameters().setLogSearchProgress(true);
            solver.setLogCallback(System.err::println);
        }
        CpSolverStatus status = solver.solve(model);
        Status result = switch (status) {
            case OPTIMAL -> Status.OPTIMAL;
            case FEASIBLE -> Status.FEASIBLE;
            case INFEASIBLE -> Status.INFEASIBLE;
            default -> Status.UNKNOWN;
        };
        int[] assignment = null;
        if (result == Status.OPTIMAL || result == Status.FEASIBLE) {
            assignment = new int[nb];
            for (int b = 0; b < nb; b++) {
                if (fixedArc[b] >= 0) {
                    assignment[b] = c.school[fixedArc[b]];
                    continue;
                }
                for (int a = c.start[b]; a < c.start[b + 1]; a++) {
                    if (solver.booleanValue(x[a])) {
                        assignment[b] = c.school[a];
                    }
                }
            }
        }
        long bound = result == Status.UNKNOWN || result == Status.INFEASIBLE
                ? Long.MIN_VALUE
                : fixedCost + (long) Math.ceil(solver.bestObjectiveBound() - 1e-6);
        return new Outcome(result, assignment, bound);
    }

    /** A block without children goes home if it can (it moves nobody either way), else to its nearest. */
    static int zeroChildArc(ZoningProblem p, Candidates c, int b) {
        int home = p.current[b] >= 0 ? c.arc(b, p.current[b]) : -1;
        return home >= 0 ? home : c.start[b];
    }

    private static LinearExpr sum(List<BoolVar> vars, List<Long> coefs) {
        BoolVar[] v = vars.toArray(BoolVar[]::new);
        long[] w = new long[coefs.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = coefs.get(i);
        }
        return LinearExpr.weightedSum(v, w);
    }
}
