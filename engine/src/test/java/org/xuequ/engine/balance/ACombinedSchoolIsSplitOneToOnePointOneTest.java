package org.xuequ.engine.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Combined schools' resources are split between levels by pupils weighted 1 : 1.1 : 1.32. */
class ACombinedSchoolIsSplitOneToOnePointOneTest {

    private static final double EXACT = 1e-9;

    private static SchoolConditions school(double primary, double junior, double senior, double books) {
        return new SchoolConditions("X", primary, junior, senior, Map.of(Indicator.BOOKS, books));
    }

    @Test
    void aNineYearSchoolWith600PrimaryAnd300JuniorPupilsGivesPrimary600Of930() {
        SchoolConditions school = school(600, 300, 0, 9300);
        assertThat(BalanceCalculator.levelShare(school, SchoolLevel.PRIMARY)).isCloseTo(600.0 / 930, within(EXACT));
        assertThat(BalanceCalculator.levelShare(school, SchoolLevel.JUNIOR)).isCloseTo(330.0 / 930, within(EXACT));
    }

    /*
     * The splitting note 《测算均衡系数拆分公式》 (https://www.dyhzdl.cn/k/doc/da4bfb8403d8ce2f0166234d.html):
     * a nine-year school with 166 primary and 210 junior pupils and 23,226 books; primary books per pupil
     * 23226 / (166 x 1 + 210 x 1.1) = 23226 / 397 = 58.5, primary books 58.5 x 166 = 9711, junior
     * 23226 - 9711 = 13515 (the note rounds 58.50378 to 58.5 before multiplying).
     */
    @Test
    void thePublishedNineYearSplitExampleGivesItsFigures() {
        SchoolConditions school = school(166, 210, 0, 23226);
        double primary = BalanceCalculator.levelShare(school, SchoolLevel.PRIMARY);
        double junior = BalanceCalculator.levelShare(school, SchoolLevel.JUNIOR);
        assertThat(primary).isCloseTo(166 / 397.0, within(EXACT));
        assertThat(primary + junior).isCloseTo(1, within(EXACT));
        assertThat(23226 * primary / 166).isCloseTo(58.5, within(0.005));
        assertThat(23226 * primary).isCloseTo(9711, within(1.0));
        assertThat(23226 * junior).isCloseTo(13515, within(1.0));
    }

    @Test
    void aCompleteSecondarySchoolSplitsJuniorAndSeniorOneToOnePointTwo() {
        // junior share = B / (B + 1.2 C) = 300 / (300 + 600) = 1/3
        SchoolConditions school = school(0, 300, 500, 900);
        assertThat(BalanceCalculator.levelShare(school, SchoolLevel.JUNIOR)).isCloseTo(1.0 / 3, within(EXACT));
        assertThat(BalanceCalculator.levelShare(school, SchoolLevel.SENIOR)).isCloseTo(2.0 / 3, within(EXACT));
        assertThat(BalanceCalculator.levelShare(school, SchoolLevel.PRIMARY)).isZero();
    }

    @Test
    void aTwelveYearSchoolSplitsOneToOnePointOneToOnePointThreeTwo() {
        // A = 600, B = 300, C = 250: A + 1.1 B + 1.32 C = 600 + 330 + 330 = 1260
        SchoolConditions school = school(600, 300, 250, 0);
        assertThat(BalanceCalculator.levelShare(school, SchoolLevel.PRIMARY)).isCloseTo(600 / 1260.0, within(EXACT));
        assertThat(BalanceCalculator.levelShare(school, SchoolLevel.JUNIOR)).isCloseTo(330 / 1260.0, within(EXACT));
        assertThat(BalanceCalculator.levelShare(school, SchoolLevel.SENIOR)).isCloseTo(330 / 1260.0, within(EXACT));
    }

    @Test
    void theSplitSchoolCountsWithItsShareAndItsOwnLevelsPupilsUnweighted() {
        // nine-year school N: 600 primary, 300 junior, 9,300 books -> primary 6,000, junior 3,300 books
        // primary school P: 400 pupils, 4,000 books. Primary region: Σ books 10,000, Σ pupils 1,000, X̄ 10
        SchoolConditions nineYear =
                Regions.school("N", 600, 300, 0, SchoolLevel.PRIMARY, 1).with(Indicator.BOOKS, 9300);
        SchoolConditions primary = Regions.primary("P", 400, 1).with(Indicator.BOOKS, 4000);
        SchoolConditions juniorOnly = Regions.junior("J", 500, 1).with(Indicator.BOOKS, 11700);
        List<SchoolConditions> region = List.of(nineYear, primary, juniorOnly);

        BalanceReport primaryReport = BalanceCalculator.assess(region, SchoolLevel.PRIMARY, BalanceStandard.BASIC_2012);
        assertThat(primaryReport.schools()).extracting(SchoolResult::schoolId).containsExactly("N", "P");
        SchoolResult n = primaryReport.schools().get(0);
        assertThat(n.pupils()).isEqualTo(600);
        assertThat(n.levelShare()).isCloseTo(600.0 / 930, within(EXACT));
        IndicatorResult books = primaryReport.indicator(Indicator.BOOKS);
        assertThat(books.terms().get(0).resource()).isCloseTo(6000, within(EXACT));
        assertThat(books.totalResource()).isCloseTo(10_000, within(EXACT));
        assertThat(books.totalPupils()).isEqualTo(1000);
        assertThat(books.value()).isCloseTo(10, within(EXACT));
        assertThat(books.cv()).isCloseTo(0, within(EXACT));

        // junior region: N 300 pupils with 3,300 books, J 500 with 11,700: Σ 15,000 / 800 = 18.75
        IndicatorResult juniorBooks = BalanceCalculator.assess(region, SchoolLevel.JUNIOR, BalanceStandard.BASIC_2012)
                .indicator(Indicator.BOOKS);
        assertThat(juniorBooks.totalPupils()).isEqualTo(800);
        assertThat(juniorBooks.terms().get(0).resource()).isCloseTo(3300, within(EXACT));
        assertThat(juniorBooks.value()).isCloseTo(18.75, within(EXACT));
    }
}
