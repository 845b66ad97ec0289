package org.xuequ.engine.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The NEAREST stage (区级统筹) on instances small enough to check by hand. Positions are on the meridian
 * 116° E near 40° N: 0.01° of latitude is 6,371,000 m × 0.01 × π / 180 = 1,111.95 m.
 */
class TheRegionStagePlacesAtTheNearestSeatTest {

    static final double ONE_HUNDREDTH_DEGREE_METRES = 6_371_000.0 * 0.01 * Math.PI / 180;

    static final AllocationProcedure CHOICES_THEN_REGION =
            AllocationProcedure.of(Stage.of("志愿", Mechanism.DA), Stage.of("区级统筹", Mechanism.NEAREST));

    @Test
    void anUnplacedChildGoesToTheNearestSchoolWithASeatLeft() {
        MarketBuilder b = Market.builder().school("FULL", 0).school("FAR", 5).school("NEAR", 5);
        b.applicant("kid", "FULL");
        b.schoolLocation("FULL", 116.0, 40.0);
        b.schoolLocation("FAR", 116.0, 40.05);
        b.schoolLocation("NEAR", 116.0, 40.01);
        b.applicantLocation("kid", 116.0, 40.0);
        Market market = b.build();

        AllocationResult result = CHOICES_THEN_REGION.run(market, new long[] {7});

        assertThat(result.schoolOf("kid")).contains("NEAR");
        assertThat(result.stageOf(0)).isEqualTo("区级统筹");
        Explanation why = result.explain("kid");
        assertThat(why.placement())
                .isEqualTo(new Explanation.Placement("NEAR", 0, "区级统筹", PriorityTier.NONE, 0, false));
        assertThat(why.nearest().schoolId()).isEqualTo("NEAR");
        assertThat(why.nearest().metres()).isCloseTo(ONE_HUNDREDTH_DEGREE_METRES, within(0.01));
        assertThat(why.rejections())
                .as("the ranked school is still explained")
                .extracting(Explanation.Rejection::schoolId, Explanation.Rejection::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("FULL", Explanation.Reason.NO_SEATS));
        assertThat(why.describe())
                .contains("Placed at NEAR in stage 区级统筹: the nearest school with a seat left, 1.1 km away.");
    }

    @Test
    void equalDistancesGoToTheSmallerSchoolIdComparedAsText() {
        MarketBuilder b = Market.builder().school("S2", 1).school("S10", 1);
        b.applicant("kid");
        b.schoolLocation("S2", 116.0, 40.01);
        b.schoolLocation("S10", 116.0, 40.01);
        b.applicantLocation("kid", 116.0, 40.0);

        AllocationResult result = CHOICES_THEN_REGION.run(b.build(), new long[] {1});

        assertThat(result.schoolOf("kid"))
                .as("\"S10\" < \"S2\" code point by code point")
                .contains("S10");
    }

    @Test
    void theLotteryDecidesWhoGetsTheLastNearSeat() {
        MarketBuilder b = Market.builder().school("NEAR", 1).school("FAR", 1);
        b.applicant("second").applicant("first");
        b.schoolLocation("NEAR", 116.0, 40.01);
        b.schoolLocation("FAR", 116.0, 40.03);
        b.applicantLocation("second", 116.0, 40.0);
        b.applicantLocation("first", 116.0, 40.0);

        AllocationResult result = CHOICES_THEN_REGION.run(b.build(), new long[] {20, 10});

        assertThat(result.schoolOf("first")).contains("NEAR");
        assertThat(result.schoolOf("second")).contains("FAR");
        assertThat(result.explain("second").nearest().metres())
                .isCloseTo(3 * ONE_HUNDREDTH_DEGREE_METRES, within(0.01));
        assertThat(result.cutoffs())
                .as("the region stage has its own cutoffs: seats, admitted, the last admitted's number")
                .contains(new Cutoff("区级统筹", "NEAR", 1, 1, PriorityTier.NONE, 10, 0))
                .contains(new Cutoff("区级统筹", "FAR", 1, 1, PriorityTier.NONE, 20, 0));
    }

    @Test
    void withoutTheStageTheUnplacedStayUnplaced() {
        MarketBuilder b = Market.builder().school("FULL", 0).school("EMPTY", 3);
        b.applicant("kid", "FULL");
        b.schoolLocation("EMPTY", 116.0, 40.01);
        b.applicantLocation("kid", 116.0, 40.0);
        Market market = b.build();

        AllocationResult choicesOnly =
                AllocationProcedure.of(Stage.of("志愿", Mechanism.DA)).run(market, new long[] {1});

        assertThat(choicesOnly.schoolOf("kid")).isEmpty();
        assertThat(choicesOnly.explain("kid").nearest()).isNull();
        assertThat(CHOICES_THEN_REGION.run(market, new long[] {1}).schoolOf("kid"))
                .contains("EMPTY");
    }

    @Test
    void whenNoSeatIsLeftTheChildStaysUnplacedAndIsToldWhy() {
        MarketBuilder b = Market.builder().school("ONLY", 1);
        b.applicant("a").applicant("b").applicant("nowhere");
        b.schoolLocation("ONLY", 116.0, 40.01);
        b.applicantLocation("a", 116.0, 40.0);
        b.applicantLocation("b", 116.0, 40.0);

        AllocationResult result = CHOICES_THEN_REGION.run(b.build(), new long[] {1, 2, 3});

        assertThat(result.schoolOf("a")).contains("ONLY");
        assertThat(result.schoolOf("b")).isEmpty();
        Explanation.NearestSeat b2 = result.explain("b").nearest();
        assertThat(b2).isEqualTo(new Explanation.NearestSeat("区级统筹", null, Double.NaN, true));
        assertThat(result.explain("b").describe()).contains("Not placed in stage 区级统筹: no school had a seat left.");
        assertThat(result.explain("nowhere").nearest().located()).isFalse();
        assertThat(result.explain("nowhere").describe()).contains("Not placed in stage 区级统筹: no location was given.");
    }

    @Test
    void aPreassignedSeatIsNeitherTakenByItsHolderNorGivenAway() {
        MarketBuilder b = Market.builder().school("A", 0).school("G", 1);
        b.applicant("holder", "A").applicant("other", "A");
        b.guaranteedSeat("holder", "G");
        b.schoolLocation("G", 116.0, 40.01);
        b.applicantLocation("holder", 116.0, 40.0);
        b.applicantLocation("other", 116.0, 40.0);

        AllocationResult result = AllocationProcedure.of(
                        Stage.of("只有 A", Mechanism.DA, List.of("A")), Stage.of("区级统筹", Mechanism.NEAREST))
                .run(b.build(), new long[] {2, 1});

        assertThat(result.schoolOf("holder")).contains("G");
        assertThat(result.stageOf(0))
                .as("kept at the end, not placed by the region")
                .isNull();
        assertThat(result.schoolOf("other")).isEmpty();
        assertThat(result.cutoffs()).contains(new Cutoff("区级统筹", "G", 0, 0, PriorityTier.NONE, 0, 0));
    }

    @Test
    void badLocationsAreRefused() {
        MarketBuilder b = Market.builder().school("S", 1);
        b.applicant("kid");
        assertThatThrownBy(() -> b.schoolLocation("S", 181, 40))
                .isInstanceOf(InvalidMarketException.class)
                .hasMessageContaining("longitude -180…180");
        assertThatThrownBy(() -> b.applicantLocation("kid", 116, Double.NaN))
                .isInstanceOf(InvalidMarketException.class);
        b.applicantLocation("kid", 116, 40);
        assertThatThrownBy(() -> b.applicantLocation("kid", 116, 40)).hasMessageContaining("given twice");
    }
}
