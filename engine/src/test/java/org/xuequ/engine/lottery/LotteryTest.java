package org.xuequ.engine.lottery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The README's test vectors. Expected values were computed independently with Python's hashlib:
 * int.from_bytes(hashlib.sha256(bytes.fromhex(seed) + id.encode()).digest()[:8], "big").
 */
class LotteryTest {

    private static final String SEED = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    @Test
    void numbersMatchThePublishedTestVectors() {
        assertThat(Long.toUnsignedString(Lottery.ofHexSeed("00").number("A1"))).isEqualTo("12199872979341036128");
        assertThat(Long.toUnsignedString(Lottery.ofHexSeed(SEED).number("110102201800001")))
                .isEqualTo("15579198441542534622");
        assertThat(Long.toUnsignedString(Lottery.ofHexSeed(SEED).number("学生-张三")))
                .isEqualTo("8754504694238540747");
        assertThat(Long.toUnsignedString(Lottery.ofHexSeed("FF").number(""))).isEqualTo("12110191383811801296");
    }

    @Test
    void commitmentIsTheSha256OfTheSeedBytes() {
        assertThat(Lottery.ofHexSeed("00").commitment())
                .isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
        assertThat(Lottery.ofHexSeed(SEED.toUpperCase()).commitment())
                .isEqualTo("4884fdaafea47c29fea7159d0daddd9c085d6200e1359e85bb81736af6b7c837");
        assertThat(Lottery.ofHexSeed(SEED.toUpperCase()).seedHex()).isEqualTo(SEED);
    }

    @Test
    void bulkNumbersEqualSingleNumbers() {
        String[] ids = new String[20_000];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = "A" + i;
        }
        Lottery lottery = Lottery.ofHexSeed(SEED);
        long[] numbers = lottery.numbers(ids);
        for (int i = 0; i < ids.length; i += 997) {
            assertThat(numbers[i]).isEqualTo(lottery.number(ids[i]));
        }
    }

    @Test
    void badSeedsAreRejectedWithAReason() {
        assertThatThrownBy(() -> Lottery.ofHexSeed("")).hasMessage("the seed is empty");
        assertThatThrownBy(() -> Lottery.ofHexSeed("abc")).hasMessageContaining("even number of hex digits");
        assertThatThrownBy(() -> Lottery.ofHexSeed("zz")).hasMessageContaining("not hexadecimal");
    }
}
