package org.xuequ.engine.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarketBuilderTest {

    @Test
    void badInputIsRejectedWithTheIdsAtFault() {
        assertThatThrownBy(() -> Market.builder().school("S", -1))
                .isInstanceOf(InvalidMarketException.class)
                .hasMessage("capacity of school S must not be negative, got -1");
        assertThatThrownBy(() -> Market.builder().school("S", 1).school("S", 2)).hasMessage("school S is listed twice");
        assertThatThrownBy(() -> Market.builder().school("S", 1).applicant("A", "T"))
                .hasMessage("applicant A ranks unknown school T");
        assertThatThrownBy(() -> Market.builder().school("S", 1).applicant("A", "S", "S"))
                .hasMessage("applicant A lists school S twice");
        assertThatThrownBy(() -> Market.builder()
                        .school("S", 1)
                        .applicant("A", "S")
                        .applicant("A", "S")
                        .build())
                .hasMessage("applicant A is listed twice");
        assertThatThrownBy(() ->
                        Market.builder().school("S", 1).applicant("A", "S").priority("S", "A", 0))
                .hasMessage("tier must be between 1 and 126, got 0");
        assertThatThrownBy(() -> Market.builder()
                        .school("S", 1)
                        .applicant("A", "S")
                        .priority("S", "A", 1)
                        .priority("S", "A", 2))
                .hasMessage("priority of applicant A at school S is given twice");
        assertThatThrownBy(() -> Market.builder()
                        .school("S", 1)
                        .applicant("A")
                        .applicant("B")
                        .guaranteedSeat("A", "S")
                        .guaranteedSeat("B", "S")
                        .build())
                .hasMessage("school S has 2 pre-assigned seats but capacity 1");
    }

    @Test
    void preAssignedSeatsCutTheListBelowTheGuaranteedSchoolOrAppendIt() {
        Market market = Market.builder()
                .school("K", 1)
                .school("G", 2)
                .school("X", 1)
                .applicant("cut", "K", "G", "X")
                .applicant("appended", "X")
                .guaranteedSeat("cut", "G")
                .guaranteedSeat("appended", "G")
                .build();
        assertThat(market.preferences(market.applicantIndex("cut"))).containsExactly("K", "G");
        assertThat(market.preferences(market.applicantIndex("appended"))).containsExactly("X", "G");
        assertThat(market.tier(market.applicantIndex("cut"), 1)).isEqualTo(PriorityTier.GUARANTEED);
    }

    @Test
    void lotteryTiesAreBrokenByApplicantIdInCodePointOrder() {
        // U+FF21 sorts after U+1F600 in UTF-8 byte order but before it in UTF-16 order
        MarketSpec spec =
                new MarketSpec().school("S", 1).applicant("\uFF21", 3, "S").applicant("\uD83D\uDE00", 3, "S");
        Market market = spec.build();
        AllocationResult result = AllocationProcedure.single(Mechanism.DA).run(market, spec.numbersFor(market));
        assertThat(result.schoolOf("\uFF21")).contains("S");
    }
}
