package org.xuequ.engine.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/** The radix ordering against a plain comparison sort, on number patterns that stress its shortcuts. */
class LotteryOrderTest {

    private static void assertSortedLikeAComparisonSort(int n, LongSupplier numbers) {
        MarketBuilder builder = Market.builder();
        for (int a = 0; a < n; a++) {
            builder.applicant("A" + (n - a)); // ids not in index order, so the id tie-break shows
        }
        Market market = builder.build();
        long[] lottery = new long[n];
        for (int a = 0; a < n; a++) {
            lottery[a] = numbers.getAsLong();
        }
        Integer[] expected = new Integer[n];
        Arrays.setAll(expected, a -> a);
        Arrays.sort(expected, (x, y) -> {
            int c = Long.compareUnsigned(lottery[x], lottery[y]);
            return c != 0 ? c : LotteryOrder.compareCodePoints(market.applicantId(x), market.applicantId(y));
        });
        LotteryOrder order = LotteryOrder.of(lottery, market);
        assertThat(order.byRank)
                .containsExactly(
                        Arrays.stream(expected).mapToInt(Integer::intValue).toArray());
        for (int r = 0; r < n; r++) {
            assertThat(order.rank[order.byRank[r]]).isEqualTo(r);
        }
    }

    @Test
    void fullRangeNumbersIncludingTheTopBit() {
        Random random = new Random(1);
        assertSortedLikeAComparisonSort(50_000, random::nextLong);
    }

    @Test
    void numbersThatTieOnTheirHighestVaryingBytesButNotBelow() {
        Random random = new Random(2);
        // bytes 7 and 0-3 vary: the window is 7,3,2,1 and byte 0 decides inside tied runs
        assertSortedLikeAComparisonSort(
                50_000,
                () -> ((long) random.nextInt(4) << 56)
                        | (random.nextInt(8) & 0xFFL) << 8
                        | (random.nextInt(4) & 0xFFL) << 16
                        | random.nextInt(256));
    }

    @Test
    void smallReplayedNumbersWithRepeats() {
        Random random = new Random(3);
        assertSortedLikeAComparisonSort(20_000, () -> random.nextInt(5_000));
        assertSortedLikeAComparisonSort(1, () -> 7);
        assertSortedLikeAComparisonSort(100, () -> -1L);
    }
}
