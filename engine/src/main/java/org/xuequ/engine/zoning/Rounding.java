package org.xuequ.engine.zoning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the relaxation's split flow into a zoning of whole blocks, then improves it by single-block
 * moves. Blocks the flow did not split keep their school; the few split blocks (at most schools − 1 in a
 * basic flow) go, largest first, to the school that carried most of their children if it still has room,
 * else to the nearest that has. Capacity is never exceeded; the moved-share cap is restored by sending
 * moved blocks home where there is room. Returns null when this simple repair finds no zoning (tight
 * seats): the exact search then starts without a hint.
 */
final class Rounding {

    private final ZoningProblem p;
    private final Candidates c;
    private final long cap; // children who may move, Long.MAX_VALUE without a cap
    final int[] assignment; // school per block, -1 while unplaced
    final int[] arcOf; // candidate arc per block
    final long[] load;
    long moved;

    private Rounding(ZoningProblem p, Candidates c, long cap) {
        this.p = p;
        this.c = c;
        this.cap = cap;
        assignment = new int[p.blockCount()];
        arcOf = new int[p.blockCount()];
        Arrays.fill(assignment, -1);
        load = new long[p.schoolCount()];
    }

    /** A zoning from the flow (or from nothing: greedy nearest-with-room when flow is null), or null. */
    static int[] round(ZoningProblem p, Candidates c, long[] flow, long cap) {
        return round(p, c, flow, cap, System.nanoTime());
    }

    /** The same, then pairwise exchanges until {@code swapDeadline} (System.nanoTime()) or no swap helps. */
    static int[] round(ZoningProblem p, Candidates c, long[] flow, long cap, long swapDeadline) {
        Rounding r = new Rounding(p, c, cap);
        List<Integer> pending = new ArrayList<>();
        for (int b = 0; b < p.blockCount(); b++) {
            if (p.children[b] == 0) {
                int home = p.current[b] >= 0 ? c.arc(b, p.current[b]) : -1;
                r.place(b, home >= 0 ? home : c.start[b]); // costs nothing, moves nobody
                continue;
            }
            int only = flow == null ? -1 : r.onlyArc(b, flow);
            if (only >= 0) {
                r.place(b, only);
            } else {
                pending.add(b);
            }
        }
        pending.sort(Comparator.comparingInt((Integer b) -> -p.children[b]));
        for (int b : pending) {
            int[] order = r.preference(b, flow);
            boolean placed = false;
            for (int a : order) {
                if (r.room(c.school[a]) >= p.children[b]) {
                    r.place(b, a);
                    placed = true;
                    break;
                }
            }
            if (!placed && !r.eject(b)) {
                return null;
            }
        }
        if (!r.restoreCap()) {
            return null;
        }
        r.improve();
        if (r.swap(swapDeadline)) {
            r.improve();
        }
        return r.assignment;
    }

    private int onlyArc(int b, long[] flow) {
        int only = -1;
        for (int a = c.start[b]; a < c.start[b + 1]; a++) {
            if (flow[a] > 0) {
                if (only >= 0) {
                    return -1;
                }
                only = a;
            }
        }
        return only;
    }

    /** Candidate arcs of a split block: most flow first, then nearest (candidates are nearest first). */
    private int[] preference(int b, long[] flow) {
        Integer[] arcs = new Integer[c.start[b + 1] - c.start[b]];
        for (int i = 0; i < arcs.length; i++) {
            arcs[i] = c.start[b] + i;
        }
        if (flow != null) {
            // under a cap, staying home (when the flow keeps some children there) costs no share of the cap
            int home = cap == Long.MAX_VALUE ? -1 : p.current[b];
            Arrays.sort(
                    arcs,
                    Comparator.comparingInt((Integer a) -> c.school[a] == home && flow[a] > 0 ? 0 : 1)
                            .thenComparingLong(a -> -flow[a]));
        }
        return Arrays.stream(arcs).mapToInt(Integer::intValue).toArray();
    }

    private long room(int s) {
        return p.seats[s] - load[s];
    }

    private void place(int b, int arc) {
        int s = c.school[arc];
        assignment[b] = s;
        arcOf[b] = arc;
        load[s] += p.children[b];
        if (FlowRelaxation.moves(p, b, s)) {
            moved += p.children[b];
        }
    }

    private void unplace(int b) {
        int s = assignment[b];
        load[s] -= p.children[b];
        if (FlowRelaxation.moves(p, b, s)) {
            moved -= p.children[b];
        }
        assignment[b] = -1;
    }

    /** Makes room for b at one of its candidates by moving one placed block elsewhere (an ejection chain of one). */
    private boolean eject(int b) {
        long need = p.children[b];
        for (int a = c.start[b]; a < c.start[b + 1]; a++) {
            int s = c.school[a];
            for (int v = 0; v < p.blockCount(); v++) {
                if (assignment[v] != s || p.locked[v] >= 0 || room(s) + p.children[v] < need) {
                    continue;
                }
                for (int av = c.start[v]; av < c.start[v + 1]; av++) {
                    int t = c.school[av];
                    if (t != s && room(t) >= p.children[v]) {
                        unplace(v);
                        place(v, av);
                        place(b, a);
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Sends moved blocks back to their current school, cheapest per child first, until the cap holds. When
     * the home school is full, a block that itself moved there may be pushed on to another candidate with
     * room (it stays moved, so the count still falls): the flow at the cap fills the home schools, and
     * without that second step a capped rounding rarely came home (measured: none on 1,000 × 60, cap 10%).
     */
    private boolean restoreCap() {
        while (moved > cap) {
            double bestCost = Double.POSITIVE_INFINITY;
            int best = -1;
            int pushed = -1; // the block pushed out of best's home, or -1
            int pushedTo = -1; // its new arc
            for (int b = 0; b < p.blockCount(); b++) {
                int home = p.current[b];
                if (home < 0 || assignment[b] == home || p.locked[b] >= 0 || p.children[b] == 0) {
                    continue;
                }
                int ha = c.arc(b, home);
                if (ha < 0) {
                    continue;
                }
                double back = (c.metres[ha] - c.metres[arcOf[b]]) * p.children[b];
                if (room(home) >= p.children[b]) {
                    if (back / p.children[b] < bestCost) {
                        bestCost = back / p.children[b];
                        best = b;
                        pushed = -1;
                    }
                    continue;
                }
                long need = p.children[b] - room(home);
                for (int v = 0; v < p.blockCount(); v++) {
                    if (assignment[v] != home
                            || v == b
                            || p.locked[v] >= 0
                            || p.children[v] < need
                            || !FlowRelaxation.moves(p, v, home)) {
                        continue;
                    }
                    for (int av = c.start[v]; av < c.start[v + 1]; av++) {
                        int t = c.school[av];
                        long roomT = room(t) + (t == assignment[b] ? p.children[b] : 0);
                        if (t == home || roomT < p.children[v]) {
                            continue;
                        }
                        double cost = (back + (c.metres[av] - c.metres[arcOf[v]]) * p.children[v]) / p.children[b];
                        if (cost < bestCost) {
                            bestCost = cost;
                            best = b;
                            pushed = v;
                            pushedTo = av;
                        }
                    }
                }
            }
            if (best < 0) {
                return false;
            }
            unplace(best);
            if (pushed >= 0) {
                unplace(pushed);
                place(pushed, pushedTo);
            }
            place(best, c.arc(best, p.current[best]));
        }
        return true;
    }

    /**
     * Exchanges two blocks' schools while that lowers the cost, seats and the cap holding: single moves
     * stop where every school is full, which is where a capped zoning lives. Blocks are paired only with
     * blocks at their own candidate schools. True if any exchange was made.
     */
    private boolean swap(long deadline) {
        int ns = p.schoolCount();
        List<List<Integer>> at = new ArrayList<>();
        for (int s = 0; s < ns; s++) {
            at.add(new ArrayList<>());
        }
        for (int b = 0; b < p.blockCount(); b++) {
            at.get(assignment[b]).add(b);
        }
        boolean any = false;
        boolean changed = true;
        for (int pass = 0; pass < 10 && changed && System.nanoTime() < deadline; pass++) {
            changed = false;
            for (int b = 0; b < p.blockCount() && System.nanoTime() < deadline; b++) {
                if (p.children[b] == 0 || p.locked[b] >= 0) {
                    continue;
                }
                int s = assignment[b];
                search:
                for (int a = c.start[b]; a < c.start[b + 1]; a++) {
                    int t = c.school[a];
                    if (t == s || c.metres[a] >= c.metres[arcOf[b]]) {
                        continue;
                    }
                    List<Integer> there = at.get(t);
                    for (int i = 0; i < there.size(); i++) {
                        int v = there.get(i);
                        if (p.locked[v] >= 0 || p.children[v] == 0) {
                            continue;
                        }
                        int av = c.arc(v, s);
                        if (av < 0
                                || room(t) + p.children[v] < p.children[b]
                                || room(s) + p.children[b] < p.children[v]) {
                            continue;
                        }
                        double delta = (c.metres[a] - c.metres[arcOf[b]]) * p.children[b]
                                + (c.metres[av] - c.metres[arcOf[v]]) * p.children[v];
                        if (delta >= -1e-6 || moved + movedDelta(b, t) + movedDelta(v, s) > cap) {
                            continue;
                        }
                        unplace(b);
                        unplace(v);
                        place(b, a);
                        place(v, av);
                        there.set(i, b);
                        at.get(s).set(at.get(s).indexOf(b), v);
                        changed = true;
                        any = true;
                        break search;
                    }
                }
            }
        }
        return any;
    }

    /** How the moved children change if block b goes to school t. */
    private long movedDelta(int b, int t) {
        boolean now = FlowRelaxation.moves(p, b, assignment[b]);
        boolean then = FlowRelaxation.moves(p, b, t);
        return now == then ? 0 : then ? p.children[b] : -p.children[b];
    }

    /** Moves single blocks to nearer candidates with room while that lowers the cost (first improvement). */
    private void improve() {
        boolean changed = true;
        for (int pass = 0; pass < 20 && changed; pass++) {
            changed = false;
            for (int b = 0; b < p.blockCount(); b++) {
                if (p.children[b] == 0 || p.locked[b] >= 0) {
                    continue;
                }
                int from = arcOf[b];
                for (int a = c.start[b]; a < c.start[b + 1]; a++) {
                    if (c.metres[a] >= c.metres[from]) {
                        continue;
                    }
                    int t = c.school[a];
                    if (room(t) >= p.children[b] && moved + movedDelta(b, t) <= cap) {
                        unplace(b);
                        place(b, a);
                        changed = true;
                        break;
                    }
                }
            }
        }
    }
}
