package org.xuequ.engine.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The selection a school's buffer is trimmed with, against a full sort. */
class SmallestKeysTest {

    private static void assertSelects(int[] values, int from, int to, int k) {
        int[] a = values.clone();
        int kth = SmallestKeys.select(a, from, to, k);
        int[] sorted = Arrays.copyOfRange(values, from, to);
        Arrays.sort(sorted);
        int[] front = Arrays.copyOfRange(a, from, from + k);
        Arrays.sort(front);
        assertThat(front).containsExactly(Arrays.copyOf(sorted, k));
        assertThat(kth).isEqualTo(sorted[k - 1]).isEqualTo(a[from + k - 1]);
        int[] rest = Arrays.copyOfRange(a, from, to);
        Arrays.sort(rest);
        assertThat(rest).as("a permutation of the range").containsExactly(sorted);
        assertThat(Arrays.copyOfRange(a, 0, from)).containsExactly(Arrays.copyOfRange(values, 0, from));
        assertThat(Arrays.copyOfRange(a, to, a.length)).containsExactly(Arrays.copyOfRange(values, to, values.length));
    }

    @Test
    void selectsTheSmallestOfRandomRisingFallingAndRepeatedRanges() {
        Random random = new Random(4);
        for (int trial = 0; trial < 3_000; trial++) {
            int n = 1 + random.nextInt(trial < 2_000 ? 40 : 2_000);
            int[] values = new int[n + 6];
            int pattern = random.nextInt(4);
            for (int i = 0; i < values.length; i++) {
                values[i] = switch (pattern) {
                    case 0 -> random.nextInt();
                    case 1 -> i * 3 + random.nextInt(5); // nearly rising, as buffers fill
                    case 2 -> -i;
                    default -> random.nextInt(4); // many repeats
                };
            }
            assertSelects(values, 3, 3 + n, 1 + random.nextInt(n));
        }
    }
}
