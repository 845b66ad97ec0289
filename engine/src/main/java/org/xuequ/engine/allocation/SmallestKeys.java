package org.xuequ.engine.allocation;

import java.util.Arrays;

/**
 * Moves the k smallest of a range of distinct or repeated ints to its front (quickselect, median of
 * three), in expected linear time: a school trimming its proposals to its seats needs who is out,
 * not their order.
 */
final class SmallestKeys {

    private static final int SMALL = 16;

    private SmallestKeys() {}

    /**
     * Reorders {@code a[from, to)} so that its k smallest values ({@code 1 <= k <= to - from}) come
     * first, the k-th smallest at {@code from + k - 1}, and returns that k-th smallest.
     */
    static int select(int[] a, int from, int to, int k) {
        int target = from + k - 1;
        int lo = from;
        int hi = to - 1;
        // a bad run of pivots would go quadratic: after this many rounds sort what is left instead
        int rounds = 2 * (32 - Integer.numberOfLeadingZeros(to - from)) + 4;
        while (hi - lo >= SMALL) {
            if (rounds-- == 0) {
                Arrays.sort(a, lo, hi + 1);
                return a[target];
            }
            int pivot = medianOfThree(a[lo], a[(lo + hi) >>> 1], a[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    int t = a[i];
                    a[i++] = a[j];
                    a[j--] = t;
                }
            }
            // now a[lo..j] <= pivot <= a[i..hi], and everything strictly between j and i equals pivot
            if (target <= j) {
                hi = j;
            } else if (target >= i) {
                lo = i;
            } else {
                return a[target];
            }
        }
        insertionSort(a, lo, hi + 1);
        return a[target];
    }

    private static int medianOfThree(int x, int y, int z) {
        return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    }

    private static void insertionSort(int[] a, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int v = a[i];
            int j = i - 1;
            while (j >= from && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }
}
