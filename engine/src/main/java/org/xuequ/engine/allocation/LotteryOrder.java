package org.xuequ.engine.allocation;

import java.util.Arrays;

/**
 * Applicants sorted by lottery number (unsigned, smaller first), equal numbers by applicant id
 * compared code point by code point (the same as comparing UTF-8 bytes). The rank then stands in
 * for the 64-bit number everywhere else, so a (tier, rank) pair packs into one long.
 */
final class LotteryOrder {

    final int[] byRank; // rank -> applicant
    final int[] rank;   // applicant -> rank

    private LotteryOrder(int[] byRank) {
        this.byRank = byRank;
        this.rank = new int[byRank.length];
        for (int r = 0; r < byRank.length; r++) {
            rank[byRank[r]] = r;
        }
    }

    static LotteryOrder of(long[] numbers, Market market) {
        int n = numbers.length;
        long[] keys = numbers.clone();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        radixSort(keys, order);
        breakTies(keys, order, market);
        return new LotteryOrder(order);
    }

    private static final int DIGIT_BITS = 8;
    private static final int DIGITS = Long.SIZE / DIGIT_BITS;
    private static final int RADIX = 1 << DIGIT_BITS;
    private static final int WINDOW = 4;

    /**
     * LSD radix sort on bytes. Only the {@value #WINDOW} most significant bytes that vary are sorted
     * on (bytes equal everywhere, like the high bytes of a draw numbered 1..n, need no pass); runs
     * that tie on them, rare for hashed numbers, are then sorted on the full number.
     */
    static void radixSort(long[] keys, int[] order) {
        int n = keys.length;
        if (n < 2) {
            return;
        }
        int[][] counts = new int[DIGITS][RADIX];
        for (long key : keys) {
            for (int d = 0; d < DIGITS; d++) {
                counts[d][(int) (key >>> (d * DIGIT_BITS)) & (RADIX - 1)]++;
            }
        }
        int[] window = new int[WINDOW];
        int used = 0;
        boolean varyingBelow = false;
        for (int d = DIGITS - 1; d >= 0; d--) {
            if (counts[d][(int) (keys[0] >>> (d * DIGIT_BITS)) & (RADIX - 1)] == n) {
                continue; // the same byte everywhere
            }
            if (used < WINDOW) {
                window[used++] = d;
            } else {
                varyingBelow = true;
            }
        }
        long[] fromKeys = keys;
        int[] fromOrder = order;
        long[] toKeys = new long[n];
        int[] toOrder = new int[n];
        for (int i = used - 1; i >= 0; i--) { // least significant of the window first
            int shift = window[i] * DIGIT_BITS;
            int[] count = counts[window[i]];
            int sum = 0;
            for (int b = 0; b < RADIX; b++) {
                int c = count[b];
                count[b] = sum;
                sum += c;
            }
            for (int j = 0; j < n; j++) {
                long key = fromKeys[j];
                int at = count[(int) (key >>> shift) & (RADIX - 1)]++;
                toKeys[at] = key;
                toOrder[at] = fromOrder[j];
            }
            long[] k = fromKeys;
            fromKeys = toKeys;
            toKeys = k;
            int[] o = fromOrder;
            fromOrder = toOrder;
            toOrder = o;
        }
        if (fromKeys != keys) {
            System.arraycopy(fromKeys, 0, keys, 0, n);
            System.arraycopy(fromOrder, 0, order, 0, n);
        }
        if (varyingBelow) {
            long mask = 0;
            for (int i = 0; i < used; i++) {
                mask |= (long) (RADIX - 1) << (window[i] * DIGIT_BITS);
            }
            sortTiedRuns(keys, order, mask);
        }
    }

    /** Sorts, on the full number, each run of keys that are equal under the mask. */
    private static void sortTiedRuns(long[] keys, int[] order, long mask) {
        int n = keys.length;
        int i = 0;
        while (i < n) {
            int j = i + 1;
            while (j < n && (keys[j] & mask) == (keys[i] & mask)) {
                j++;
            }
            if (j - i > 1) {
                long[] runKeys = Arrays.copyOfRange(keys, i, j);
                int[] runOrder = Arrays.copyOfRange(order, i, j);
                for (int k = 0; k < runKeys.length; k++) {
                    runKeys[k] &= ~mask; // the window is equal in the run: sort on the rest
                }
                radixSort(runKeys, runOrder);
                for (int k = 0; k < runKeys.length; k++) {
                    keys[i + k] = (keys[i] & mask) | runKeys[k];
                    order[i + k] = runOrder[k];
                }
            }
            i = j;
        }
    }

    private static void breakTies(long[] keys, int[] order, Market market) {
        int n = keys.length;
        int i = 0;
        while (i < n) {
            int j = i + 1;
            while (j < n && keys[j] == keys[i]) {
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
