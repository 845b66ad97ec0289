package org.xuequ.engine.allocation;

import java.util.Arrays;

/**
 * Student-proposing deferred acceptance with single tie-breaking. Proposals may be made in any
 * order, and a school may put off rejecting, without changing the outcome (McVitie and Wilson
 * 1971): a school that only ever rejects applicants of whom it holds at least as many better ones
 * as it has seats never rejects anyone from a school they could have in a stable matching. Both
 * freedoms are used for speed.
 *
 * <p>First pass: applicants propose in lottery order, each down their own list until a school takes
 * the proposal (reading the rows front to back; ordering by first-choice tier instead displaces a
 * fifth fewer applicants but measured slower). A school appends proposals to a buffer with room for
 * twice its seats; a full buffer keeps its best proposals up to the seats ({@link SmallestKeys},
 * linear time) and rejects the rest in one go, and the worst key kept becomes the school's
 * {@code cutoff}: a later proposal above it is rejected at once, touching one small array. In this
 * pass most proposals would otherwise be pushed through a priority queue to its root (keys arrive
 * in rising order), missing the cache at every level.
 *
 * <p>Then each school keeps its best proposals up to its seats in an 8-ary max-heap of keys, and the
 * rejected applicants, parked in a bitset, propose again in sweeps in lottery order, a full school
 * dropping its worst for a better proposal, until nobody is parked. (Buffering in the sweeps too
 * measured no faster: at their end every school with a few proposals too many must be trimmed,
 * round after round.) The cutoff mirrors each heap's root, so the common case, a rejection by a
 * full school, touches one small array.
 *
 * <p>Ranking keys are {@code level << 24 | p}: smaller is better.
 */
final class DeferredAcceptance {

    private final StageMarket market;
    private final int[] base; // school s's buffer is proposals[base[s], base[s] + limit[s])
    private final int[] limit;
    private final int[] room; // seats it may keep: no more than those who rank it
    private final int[] size;
    private final int[] cutoff; // proposals with a key at or above it are rejected at once
    private final int[] proposals;
    private final int[] next;
    private final long[] parked;

    private DeferredAcceptance(StageMarket market) {
        this.market = market;
        int schools = market.seats.length;
        int participants = market.size();
        base = new int[schools + 1];
        limit = new int[schools];
        room = new int[schools];
        cutoff = new int[schools];
        for (int s = 0; s < schools; s++) {
            int demand = market.demand[s];
            room[s] = Math.min(market.seats[s], demand);
            limit[s] = Math.min(demand, 2 * room[s]);
            base[s + 1] = base[s] + limit[s];
            // keys are below Integer.MAX_VALUE (see StageMarket); a school without room rejects everyone
            cutoff[s] = room[s] > 0 ? Integer.MAX_VALUE : 0;
        }
        proposals = new int[base[schools]];
        size = new int[schools];
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
            propose(p, true);
        }
        for (int s = 0; s < size.length; s++) {
            if (size[s] > room[s]) {
                trim(s);
            }
            heapify(base[s], size[s]);
            // from now on the cutoff is the heap's root, the worst key held, once the school is full
            cutoff[s] = size[s] < room[s] ? Integer.MAX_VALUE : size[s] == 0 ? 0 : proposals[base[s]];
        }
        sweepParked();
        // who holds which seat is read off the heaps once nobody is parked any more
        Arrays.fill(placed, 0, participants, -1);
        for (int s = 0; s < size.length; s++) {
            int held = size[s];
            for (int i = base[s], end = base[s] + held; i < end; i++) {
                placed[proposals[i] & StageMarket.PARTICIPANT_MASK] = s;
            }
            outcome.admitted[s] = held;
            if (held > 0) {
                int worst = proposals[base[s]];
                outcome.lastApplicant[s] = market.applicant[worst & StageMarket.PARTICIPANT_MASK];
                outcome.lastTier[s] = market.levelTier[worst >>> StageMarket.PARTICIPANT_BITS];
            }
        }
    }

    /** Lets parked participants propose again, in lottery order, until nobody is parked. */
    private void sweepParked() {
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
                    propose(word << 6 | Long.numberOfTrailingZeros(bits), false);
                    bits &= bits - 1;
                }
            }
        }
    }

    private void park(int participant) {
        parked[participant >>> 6] |= 1L << participant;
    }

    /**
     * Participant p proposes down their list from where they stopped until a school takes the
     * proposal: into its buffer in the first pass, else into its heap.
     */
    private void propose(int p, boolean firstPass) {
        int[] entry = market.entry;
        byte[] levelOf = market.levelOf;
        int c = next[p];
        int e;
        while ((e = entry[c]) != StageMarket.END) {
            c++;
            int s = e >>> StageMarket.SCHOOL_SHIFT;
            int key = levelOf[e & StageMarket.TIER_MASK] << StageMarket.PARTICIPANT_BITS | p;
            if (key < cutoff[s]) {
                next[p] = c;
                if (firstPass) {
                    buffer(s, key);
                } else {
                    hold(s, key);
                }
                return;
            }
        }
        next[p] = c;
    }

    private void buffer(int s, int key) {
        int held = size[s];
        proposals[base[s] + held] = key;
        size[s] = held + 1;
        if (held + 1 == limit[s] && limit[s] > room[s]) {
            trim(s);
        }
    }

    /** A full school takes the key by dropping its worst, who is parked. */
    private void hold(int s, int key) {
        int held = size[s];
        if (held < room[s]) {
            push(base[s], held, key);
            size[s] = held + 1;
            cutoff[s] = held + 1 < room[s] ? Integer.MAX_VALUE : proposals[base[s]];
        } else {
            park(proposals[base[s]] & StageMarket.PARTICIPANT_MASK);
            replaceTop(base[s], held, key);
            cutoff[s] = proposals[base[s]];
        }
    }

    // Each school's heap is 8-ary: three levels for a school of 500, each level's children in one
    // or two cache lines, since the heaps of all schools are far larger than the L2 cache.
    private static final int ARITY = 8;

    private void heapify(int from, int count) {
        for (int i = (count - 2) / ARITY; i >= 0 && count > 1; i--) {
            siftDown(from, count, i, proposals[from + i]);
        }
    }

    private void push(int from, int count, int key) {
        int[] heap = proposals;
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
        siftDown(from, count, 0, key);
    }

    private void siftDown(int from, int count, int i, int key) {
        int[] heap = proposals;
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

    /** Keeps the school's best proposals up to its seats and parks the others. */
    private void trim(int s) {
        int from = base[s];
        int to = from + size[s];
        int keep = room[s];
        cutoff[s] = SmallestKeys.select(proposals, from, to, keep);
        for (int i = from + keep; i < to; i++) {
            park(proposals[i] & StageMarket.PARTICIPANT_MASK);
        }
        size[s] = keep;
    }
}
