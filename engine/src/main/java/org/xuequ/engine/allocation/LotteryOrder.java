package org.xuequ.engine.allocation;

import java.util.Arrays;

/**
 * Applicants sorted by lottery number (unsigned, smaller first), equal numbers by applicant id
 * compared code point by code point (the same as comparing UTF-8 bytes). The rank then stands in
 * for the 64-bit number everywhere else, so a (tier, rank) pair packs into one long.
 */
final class LotteryOrder {

    final int[] byRank; // rank -> applicant
    final int[] rank; // applicant -> rank

    private LotteryOrder(int[] byRank) {
        this.byRank = byRank;
        this.rank = new int[byRank.length];
        for (int r = 0; r < byRank.length; r++) {
            rank[byRank[r]] = r;
        }
    }

    static LotteryOrder of(long[] numbers, Market market) {
        return new LotteryOrder(sortedIndexes(numbers, market));
    }

    private static final int WINDOW = 4; // bytes of each number sorted on at first
    private static final int DIGIT_BITS = 8;
    private static final int RADIX = 1 << DIGIT_BITS;

    /**
     * Indexes of the numbers sorted by unsigned number, equal numbers by applicant id (or, without a
     * market, by index). An LSD radix sort of only the {@value #WINDOW} most significant bytes that
     * vary (bytes equal everywhere, like the high bytes of a draw numbered 1..n, need no pass),
     * gathered with the index into one long so that each pass moves 8 bytes per number. Runs that
     * tie on the window, rare for hashed numbers, are then ordered on the bytes below it and by id;
     * only they are looked up in the numbers again (a cache miss each).
     */
    static int[] sortedIndexes(long[] numbers, Market market) {
        int n = numbers.length;
        long varying = 0;
        for (long x : numbers) {
            varying |= x ^ numbers[0];
        }
        int[] window = new int[WINDOW]; // byte positions, most significant first
        int used = 0;
        boolean varyingBelow = false;
        for (int d = Long.BYTES - 1; d >= 0; d--) {
            if ((varying >>> (d * Byte.SIZE) & 0xFF) == 0) {
                continue;
            }
            if (used < WINDOW) {
                window[used++] = d;
            } else {
                varyingBelow = true;
            }
        }
        long[] from = new long[n];
        boolean contiguous = used == 0 || window[0] - window[used - 1] == used - 1;
        int low = used == 0 ? 0 : window[used - 1] * Byte.SIZE;
        long mask = (1L << (used * Byte.SIZE)) - 1;
        for (int i = 0; i < n; i++) {
            long bits = contiguous ? numbers[i] >>> low & mask : gather(numbers[i], window, used);
            from[i] = bits << Integer.SIZE | i;
        }
        long[] to = new long[n];
        int[] count = new int[RADIX];
        for (int shift = Integer.SIZE; shift < Integer.SIZE + used * Byte.SIZE; shift += DIGIT_BITS) {
            Arrays.fill(count, 0);
            for (long v : from) {
                count[(int) (v >>> shift) & (RADIX - 1)]++;
            }
            int sum = 0;
            for (int b = 0; b < RADIX; b++) {
                int c = count[b];
                count[b] = sum;
                sum += c;
            }
            for (long v : from) {
                to[count[(int) (v >>> shift) & (RADIX - 1)]++] = v;
            }
            long[] t = from;
            from = to;
            to = t;
        }
        int[] order = new int[n];
        long below = varyingBelow ? (1L << (window[WINDOW - 1] * Byte.SIZE)) - 1 : 0; // bytes under the window
        for (int i = 0; i < n; ) {
            int j = i + 1;
            while (j < n && from[j] >>> Integer.SIZE == from[i] >>> Integer.SIZE) {
                j++;
            }
            for (int k = i; k < j; k++) {
                order[k] = (int) from[k];
            }
            if (j - i > 1) {
                sortTiedRun(numbers, order, i, j, below, market);
            }
            i = j;
        }
        return order;
    }

    /** The window's bytes of x, most significant first, when constant bytes lie between them. */
    private static long gather(long x, int[] window, int used) {
        long bits = 0;
        for (int k = 0; k < used; k++) {
            bits = bits << Byte.SIZE | (x >>> (window[k] * Byte.SIZE) & 0xFF);
        }
        return bits;
    }

    /** Orders a run of numbers equal on the window by the bytes below it, then equal ones by id. */
    private static void sortTiedRun(long[] numbers, int[] order, int from, int to, long below, Market market) {
        if (below != 0) {
            long[] rest = new long[to - from];
            for (int k = 0; k < rest.length; k++) {
                rest[k] = numbers[order[from + k]] & below;
            }
            int[] runOrder = sortedIndexes(rest, null);
            int[] run = Arrays.copyOfRange(order, from, to);
            for (int k = 0; k < run.length; k++) {
                order[from + k] = run[runOrder[k]];
            }
        }
        if (market == null) {
            return;
        }
        for (int i = from; i < to; ) {
            int j = i + 1;
            while (j < to && numbers[order[j]] == numbers[order[i]]) {
                j++;
            }
            if (j - i > 1) {
                sortRunById(order, i, j, market);
            }
            i = j;
        }
    }

    private static void sortRunById(int[] order, int from, int to, Market market) {
        // runs are rare and short (only replayed draws with repeated numbers): insertion sort
        for (int i = from + 1; i < to; i++) {
            int a = order[i];
            String id = market.applicantId(a);
            int j = i - 1;
            while (j >= from && compareCodePoints(market.applicantId(order[j]), id) > 0) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = a;
        }
    }

    static int compareCodePoints(String x, String y) {
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            int cx = x.codePointAt(i);
            int cy = y.codePointAt(j);
            if (cx != cy) {
                return Integer.compare(cx, cy);
            }
            i += Character.charCount(cx);
            j += Character.charCount(cy);
        }
        return Integer.compare(x.length() - i, y.length() - j);
    }
}
