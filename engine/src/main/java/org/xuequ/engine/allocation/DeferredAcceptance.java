package org.xuequ.engine.allocation;

/**
 * Student-proposing deferred acceptance with single tie-breaking, run as McVitie and Wilson's
 * sequential variant (1971): applicants enter one at a time in lottery order and propose down their
 * list; a school holds its best proposals in a max-heap of ranking keys and, when full, rejects the
 * worst, who then proposes on. The outcome does not depend on the order of proposals, and entering in
 * lottery order means an applicant is only ever displaced by someone of a better tier, which keeps
 * rejections rare.
 *
 * <p>Keys are {@code level << 32 | participant}; all heaps share one long array.
 */
final class DeferredAcceptance {

    private DeferredAcceptance() {
    }

    /** Fills {@code placed[p]} (school or -1) for every participant and the outcome's cutoffs. */
    static void allocate(StageMarket market, int[] placed, StageOutcome outcome) {
        int schools = market.seats.length;
        int participants = market.size();
        int[] base = new int[schools + 1];
        int[] room = new int[schools];
        for (int s = 0; s < schools; s++) {
            // a school can never hold more than those who rank it, so size heaps by that
            room[s] = Math.min(market.seats[s], market.demand[s]);
            base[s + 1] = base[s] + room[s];
        }
        long[] heap = new long[base[schools]];
        int[] size = new int[schools];
        int[] start = market.start;
        int[] school = market.school;
        byte[] level = market.level;
        int[] next = new int[participants];
        System.arraycopy(start, 0, next, 0, participants);

        for (int p = 0; p < participants; p++) {
            int proposer = p;
            while (proposer >= 0) {
                int c = next[proposer];
                int end = start[proposer + 1];
                int displaced = -1;
                while (c < end) {
                    int s = school[c];
                    long key = ((long) level[c] << 32) | proposer;
                    c++;
                    int held = size[s];
                    if (held < room[s]) {
                        push(heap, base[s], held, key);
                        size[s] = held + 1;
                        break;
                    }
                    if (held > 0 && key < heap[base[s]]) {
                        displaced = (int) heap[base[s]];
                        replaceTop(heap, base[s], held, key);
                        break;
                    }
                }
                next[proposer] = c;
                proposer = displaced;
            }
        }

        // who holds which seat is read off the heaps once nobody is rejected any more
        java.util.Arrays.fill(placed, 0, participants, -1);
        for (int s = 0; s < schools; s++) {
            int held = size[s];
            long worst = -1;
            for (int i = base[s], end = base[s] + held; i < end; i++) {
                placed[(int) heap[i]] = s;
                worst = Math.max(worst, heap[i]);
            }
            outcome.admitted[s] = held;
            if (held > 0) {
                outcome.lastApplicant[s] = market.applicant[(int) worst];
                outcome.lastTier[s] = market.levelTier[(int) (worst >>> 32)];
            }
        }
    }

    private static void push(long[] heap, int base, int size, long key) {
        int i = size;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            long up = heap[base + parent];
            if (up >= key) {
                break;
            }
            heap[base + i] = up;
            i = parent;
        }
        heap[base + i] = key;
    }

    private static void replaceTop(long[] heap, int base, int size, long key) {
        int i = 0;
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            long larger = heap[base + child];
            int right = child + 1;
            if (right < size && heap[base + right] > larger) {
                child = right;
                larger = heap[base + right];
            }
            if (key >= larger) {
                break;
            }
            heap[base + i] = larger;
            i = child;
        }
        heap[base + i] = key;
    }
}
