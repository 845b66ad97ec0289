package org.xuequ.engine.zoning;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * The transportation relaxation: children may be split between schools. Solved as a min-cost flow
 * (OR-Tools {@link MinCostFlow}): block b supplies its children, arc b→s costs the distance in whole
 * centimetres per child, school s passes at most its seats on to one sink that takes every child. Its
 * cost is a lower bound on every zoning over the same candidates; its flows are the starting point of
 * the rounding, and at most (schools − 1) blocks are split in a basic optimal flow.
 *
 * <p>The moved-share cap is a side constraint a flow cannot carry, so it is priced in (Lagrangian
 * relaxation): a penalty λ per child zoned away from their current school. For every λ ≥ 0,
 * {@code flowCost(λ) − λ · cap} is still a lower bound; {@link ZoningSolver} searches λ by bisection.
 */
final class FlowRelaxation {

    /** Flows per candidate arc, the penalised cost, and the children the flow moves. */
    record Flow(long[] flow, long costCm, long movedChildren) {}

    private FlowRelaxation() {}

    /** Solves with a penalty (cm per child) on arcs away from the current school; null if infeasible. */
    static Flow solve(ZoningProblem p, Candidates c, long penaltyCm) {
        return solve(p, c, penaltyCm, null);
    }

    /** As {@link #solve(ZoningProblem, Candidates, long)} with some blocks fixed to one arc (fixed[b] ≥ 0). */
    static Flow solve(ZoningProblem p, Candidates c, long penaltyCm, int[] fixed) {
        int nb = p.blockCount();
        int ns = p.schoolCount();
        int sink = nb + ns;
        MinCostFlow flow = new MinCostFlow(nb + ns + 1, c.arcs() + ns);
        try {
            long total = 0;
            for (int b = 0; b < nb; b++) {
                int ch = p.children[b];
                if (ch == 0) {
                    continue; // no children, no cost: placed by the rounding
                }
                total += ch;
                flow.setNodeSupply(b, ch);
                for (int a = c.start[b]; a < c.start[b + 1]; a++) {
                    int s = c.school[a];
                    long cost = c.costCm[a] + (moves(p, b, s) ? penaltyCm : 0);
                    // a fixed block keeps its other arcs, closed, so that arc numbers stay those of c
                    long capacity = fixed != null && fixed[b] >= 0 && fixed[b] != a ? 0 : ch;
                    flow.addArcWithCapacityAndUnitCost(b, nb + s, capacity, cost);
                }
            }
            int firstSchoolArc = -1;
            for (int s = 0; s < ns; s++) {
                int arc = flow.addArcWithCapacityAndUnitCost(nb + s, sink, p.seats[s], 0);
                if (s == 0) {
                    firstSchoolArc = arc;
                }
            }
            flow.setNodeSupply(sink, -total);
            MinCostFlowBase.Status status = flow.solve();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                return null; // INFEASIBLE: the candidates cannot hold every child even split
            }
            long[] perArc = new long[c.arcs()];
            long moved = 0;
            int arc = 0;
            for (int b = 0; b < nb; b++) {
                if (p.children[b] == 0) {
                    continue;
                }
                for (int a = c.start[b]; a < c.start[b + 1]; a++) {
                    perArc[a] = flow.getFlow(arc++);
                    if (moves(p, b, c.school[a])) {
                        moved += perArc[a];
                    }
                }
            }
            assert firstSchoolArc == arc;
            return new Flow(perArc, flow.getOptimalCost(), moved);
        } finally {
            flow.delete(); // native memory: free it now, not at some later finalisation
        }
    }

    /** Does zoning block b to school s count as moving its children? New blocks never move. */
    static boolean moves(ZoningProblem p, int b, int s) {
        return p.current[b] >= 0 && p.current[b] != s;
    }
}
