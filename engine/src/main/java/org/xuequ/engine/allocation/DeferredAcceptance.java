package org.xuequ.engine.allocation;

import java.util.Arrays;

/**
 * Student-proposing deferred acceptance with single tie-breaking. Proposals may be made in any
 * order without changing the outcome (McVitie and Wilson 1971), which is used for speed:
 * applicants first propose in lottery order, each down their own list until a school holds them
 * (reading the rows front to back; ordering by first-choice tier instead displaces a fifth fewer
 * applicants but measured slower);
 * an applicant a school drops for a better one proposes on at once if their row was read moments
 * ago (still in cache), and is otherwise parked in a bitset; parked applicants propose again in
 * further sweeps, again in lottery order, until nobody is parked. Rows are thus read nearly front to
 * back instead of following each rejection chain across memory.
 *
 * <p>Each school holds its applicants in an 8-ary max-heap of ranking keys {@code level << 24 | p}:
 * three levels for a school of 500, each level's children in one or two cache lines, since the heaps
 * (one int array for all schools) are far larger than the L2 cache. The worst key of each school is
 * mirrored in {@code top} so that the common case, a rejection by a full school, touches one small
 * array.
 */
final class DeferredAcceptance {

    private final StageMarket market;
    private final int[] base;
    private final int[] room;
    private final int[] size;
    private final int[] top;
    private final int[] heap;
    private final int[] next;
    private final long[] parked;

    private DeferredAcceptance(StageMarket market) {
        this.market = market;
        int schools = market.seats.length;
        int participants = market.size();
        base = new int[schools + 1];
        room = new int[schools];
        for (int s = 0; s < schools; s++) {
            // a school can never hold more than those who rank it, so size heaps by that
            room[s] = Math.min(market.seats[s], market.demand[s]);
            base[s + 1] = base[s] + room[s];
        }
        heap = new int[base[schools]];
        size = new int[schools];
        top = new int[schools];
        Arrays.fill(top, -1); // no key is below -1: a school without room rejects everyone
        next = Arrays.copyOf(market.start, participants);
        parked = new long[(participants + 63) >>> 6];
    }

    /** Fills {@code placed[p]} (school or -1) for every participant and the outcome's cutoffs. */
    static void allocate(StageMarket market, int[] placed, StageOutcome outcome) {
        new DeferredAcceptance(market).run(placed, outcome);
    }

    private void run(int[] placed, StageOutcome outcome) {
        int participants = market.size();
        for (int p = 0; p < participants; p++) {
            int proposer = p;
            while (proposer >= 0) {
                int dropped = propose(proposer);
                if (dropped >= 0 && p - dropped < RECENT) {
                    proposer = dropped; // read moments ago: its row is still in cache, so go on now
                } else {
                    park(dropped);
                    proposer = -1;
                }
            }
        }
        boolean again = true;
        while (again) {
            again = false;
            for (int word = 0; word < parked.length; word++) {
                long bits = parked[word];
                if (bits == 0) {
                    continue;
                }
                parked[word] = 0; // applicants parked meanwhile below this word wait for the next sweep
                again = true;
                while (bits != 0) {
                    park(propose(word << 6 | Long.numberOfTrailingZeros(bits)));
                    bits &= bits - 1;
                }
            }
        }
        // who holds which seat is read off the heaps once nobody is parked any more
        Arrays.fill(placed, 0, participants, -1);
        for (int s = 0; s < size.length; s++) {
            int held = size[s];
            for (int i = base[s], end = base[s] + held; i < end; i++) {
                placed[heap[i] & StageMarket.PARTICIPANT_MASK] = s;
            }
            outcome.admitted[s] = held;
            if (held > 0) {
                outcome.lastApplicant[s] = market.applicant[top[s] & StageMarket.PARTICIPANT_MASK];
                outcome.lastTier[s] = market.levelTier[top[s] >>> StageMarket.PARTICIPANT_BITS];
            }
        }
    }

    /** How far behind the current participant a dropped one may be and still have its row in L2. */
    private static final int RECENT = 4096;

    private void park(int participant) {
        if (participant >= 0) {
            parked[participant >>> 6] |= 1L << participant;
        }
    }

    /**
     * Participant p proposes down their list from where they stopped until a school holds them;
     * returns the participant that school dropped for them, or -1.
     */
    private int propose(int p) {
        int[] entry = market.entry;
        int c = next[p];
        int e;
        while ((e = entry[c]) != StageMarket.END) {
            c++;
            int s = e >>> StageMarket.LEVEL_BITS;
            int key = (e & StageMarket.LEVEL_MASK) << StageMarket.PARTICIPANT_BITS | p;
            int held = size[s];
            if (held < room[s]) {
                push(base[s], held, key);
                size[s] = held + 1;
                top[s] = Math.max(top[s], key); // the root is the maximum: no need to read it back
                break;
            }
            if (key < top[s]) {
                int dropped = top[s] & StageMarket.PARTICIPANT_MASK;
                replaceTop(base[s], held, key);
                top[s] = heap[base[s]];
                next[p] = c;
                return dropped;
            }
        }
        next[p] = c;
        return -1;
    }

    private static final int ARITY = 8;

    private void push(int from, int count, int key) {
        int i = count;
        while (i > 0) {
            int parent = (i - 1) / ARITY;
            int up = heap[from + parent];
            if (up >= key) {
                break;
            }
            heap[from + i] = up;
            i = parent;
        }
        heap[from + i] = key;
    }

    private void replaceTop(int from, int count, int key) {
        int i = 0;
        while (true) {
            int first = ARITY * i + 1;
            if (first >= count) {
                break;
            }
            int last = Math.min(first + ARITY, count);
            int child = first;
            int larger = heap[from + first];
            for (int k = first + 1; k < last; k++) {
                int v = heap[from + k];
                if (v > larger) {
                    larger = v;
                    child = k;
                }
            }
            if (key >= larger) {
                break;
            }
            heap[from + i] = larger;
            i = child;
        }
        heap[from + i] = key;
    }
}
