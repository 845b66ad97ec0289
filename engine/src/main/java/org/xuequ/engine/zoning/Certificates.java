package org.xuequ.engine.zoning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Infeasibility found by counting, before any search: each check is a proof that holds for the exact
 * problem (all schools), so a reason given here is never an artefact of the nearest-schools restriction.
 */
final class Certificates {

    private Certificates() {}

    /** Children who may change school: ⌊F × all children⌋ (with 1e-9 of slack for binary fractions such as 0.29). */
    static long capChildren(ZoningProblem p) {
        if (Double.isNaN(p.maxMovedShare)) {
            return Long.MAX_VALUE;
        }
        return (long) Math.floor(p.maxMovedShare * p.totalChildren() + 1e-9);
    }

    static Optional<Infeasible> check(ZoningProblem p) {
        long children = p.totalChildren();
        long seats = p.totalSeats();
        if (seats < children) {
            return infeasible(
                    Infeasible.Reason.TOTAL_SEATS_SHORT,
                    "the schools have " + seats + " seats for " + children + " children");
        }
        int ns = p.schoolCount();
        long[] lockedLoad = new long[ns];
        long lockMoved = 0;
        long freeChildren = 0;
        for (int b = 0; b < p.blockCount(); b++) {
            if (p.locked[b] >= 0) {
                lockedLoad[p.locked[b]] += p.children[b];
                if (FlowRelaxation.moves(p, b, p.locked[b])) {
                    lockMoved += p.children[b];
                }
            } else {
                freeChildren += p.children[b];
            }
        }
        long openRoom = 0; // seats that unlocked blocks may use
        long largestRoom = 0;
        for (int s = 0; s < ns; s++) {
            if (lockedLoad[s] > p.seats[s]) {
                return infeasible(
                        Infeasible.Reason.LOCKS,
                        "the blocks locked to school " + p.schoolIds[s] + " have " + lockedLoad[s]
                                + " children for its " + p.seats[s] + " seats");
            }
            if (!p.schoolLocked[s]) {
                openRoom += p.seats[s] - lockedLoad[s];
                largestRoom = Math.max(largestRoom, p.seats[s] - lockedLoad[s]);
            }
        }
        long cap = capChildren(p);
        if (lockMoved > cap) {
            return infeasible(
                    Infeasible.Reason.LOCKS,
                    "the locks move " + lockMoved
                            + " children away from their current school; the moved-share cap allows " + cap);
        }
        if (freeChildren > openRoom) {
            return infeasible(
                    Infeasible.Reason.LOCKS,
                    "the unlocked blocks have " + freeChildren + " children but only " + openRoom
                            + " seats are left open to them by the locks");
        }
        for (int b = 0; b < p.blockCount(); b++) {
            if (p.locked[b] < 0 && p.children[b] > largestRoom) {
                return infeasible(
                        Infeasible.Reason.NO_PACKING,
                        "block " + p.blockIds[b] + " has " + p.children[b]
                                + " children and no school has that many seats free (the most is " + largestRoom + ")");
            }
        }
        if (cap != Long.MAX_VALUE) {
            long mustMove = minimumMoved(p, lockedLoad);
            if (mustMove > cap) {
                return infeasible(
                        Infeasible.Reason.MOVED_SHARE_CAP,
                        "at least " + mustMove
                                + " children must change school to fit the seats (whole blocks); the cap allows " + cap
                                + " of " + children);
            }
        }
        return Optional.empty();
    }

    /**
     * A lower bound on the children who must change school: at each school, the most of its current
     * (unlocked) children that whole blocks can keep within the seats the locks leave is a subset sum,
     * solved exactly by a bitset; everyone else at that school, and every block locked away, moves.
     */
    static long minimumMoved(ZoningProblem p, long[] lockedLoad) {
        int ns = p.schoolCount();
        List<List<Integer>> free = new ArrayList<>();
        for (int s = 0; s < ns; s++) {
            free.add(new ArrayList<>());
        }
        long moved = 0;
        for (int b = 0; b < p.blockCount(); b++) {
            int home = p.current[b];
            if (home < 0) {
                continue;
            }
            if (p.locked[b] >= 0) {
                moved += p.locked[b] == home ? 0 : p.children[b];
            } else {
                free.get(home).add(p.children[b]);
            }
        }
        for (int s = 0; s < ns; s++) {
            long room = p.seats[s] - lockedLoad[s];
            long sum = 0;
            for (int ch : free.get(s)) {
                sum += ch;
            }
            if (sum <= room) {
                continue;
            }
            moved += sum - maxSubsetSum(free.get(s), (int) room);
        }
        return moved;
    }

    /** The largest sum ≤ limit of a subset of the items (bit i of the set = sum i reachable). */
    static long maxSubsetSum(List<Integer> items, int limit) {
        long[] reach = new long[(limit >> 6) + 1];
        reach[0] = 1;
        for (int item : items) {
            if (item == 0 || item > limit) {
                continue;
            }
            int words = item >> 6;
            int bits = item & 63;
            for (int w = reach.length - 1; w >= words; w--) { // reach |= reach << item, top word first
                long shifted = reach[w - words] << bits;
                if (bits != 0 && w - words - 1 >= 0) {
                    shifted |= reach[w - words - 1] >>> (64 - bits);
                }
                reach[w] |= shifted;
            }
        }
        for (int v = limit; v >= 0; v--) {
            if ((reach[v >> 6] >>> (v & 63) & 1) != 0) {
                return v;
            }
        }
        return 0;
    }

    private static Optional<Infeasible> infeasible(Infeasible.Reason reason, String why) {
        return Optional.of(new Infeasible(reason, why));
    }
}
