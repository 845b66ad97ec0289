package org.xuequ.supervision.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xuequ.supervision.Severity;
import org.xuequ.supervision.points.PointsCalculation.Entry;
import org.xuequ.supervision.points.PointsCalculation.FindingFact;
import org.xuequ.supervision.points.PointsCalculation.InspectionFact;
import org.xuequ.supervision.points.PointsCalculation.Rule;

/** The ledger as a function of records and rules: each entry names its rule and its source record. */
class PointsFollowTheRulesTest {

    private static Map<RuleKind, Rule> defaults() {
        Map<RuleKind, Rule> rules = new EnumMap<>(RuleKind.class);
        for (RuleKind kind : RuleKind.values()) {
            rules.put(kind, new Rule(kind.defaultPoints(), kind.defaultThreshold()));
        }
        return rules;
    }

    @Test
    void scoresAboveTheThresholdAddAndFindingsDeductBySeverity() {
        List<Entry> entries = PointsCalculation.entries(
                defaults(),
                List.of(new InspectionFact(1, 9, 5, false, LocalDate.of(2026, 10, 8), new BigDecimal("92.50"))),
                List.of(
                        new FindingFact(
                                11,
                                9,
                                5,
                                Severity.MAJOR,
                                LocalDate.of(2026, 10, 8),
                                true,
                                true,
                                LocalDate.of(2026, 10, 20),
                                null),
                        new FindingFact(
                                12,
                                9,
                                5,
                                Severity.GENERAL,
                                LocalDate.of(2026, 10, 8),
                                false,
                                false,
                                LocalDate.of(2026, 10, 20),
                                LocalDate.of(2026, 10, 18))));
        assertThat(entries)
                .extracting(Entry::kind, Entry::sourceId, Entry::points)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(RuleKind.INSPECTION_SCORE, 1L, new BigDecimal("1.25")),
                        org.assertj.core.groups.Tuple.tuple(RuleKind.MAJOR_FINDING, 11L, new BigDecimal("-3.00")),
                        org.assertj.core.groups.Tuple.tuple(RuleKind.RELAPSE, 11L, new BigDecimal("-3.00")),
                        org.assertj.core.groups.Tuple.tuple(RuleKind.OVERDUE, 11L, new BigDecimal("-2.00")),
                        org.assertj.core.groups.Tuple.tuple(RuleKind.GENERAL_FINDING, 12L, new BigDecimal("-1.00")),
                        org.assertj.core.groups.Tuple.tuple(RuleKind.CLOSED_ON_TIME, 12L, new BigDecimal("0.50")));
        assertThat(entries).allMatch(e -> e.year() == 2026);
    }

    @Test
    void oneSelfSupervisionCountsPerTermAndEntriesFallInTheSchoolYearOfTheirDay() {
        List<Entry> entries = PointsCalculation.entries(
                defaults(),
                List.of(
                        new InspectionFact(1, 9, 5, true, LocalDate.of(2026, 10, 8), new BigDecimal("90")),
                        new InspectionFact(2, 9, 5, true, LocalDate.of(2026, 12, 8), new BigDecimal("95")),
                        new InspectionFact(3, 9, 5, true, LocalDate.of(2026, 3, 8), new BigDecimal("95"))),
                List.of());
        assertThat(entries).extracting(Entry::sourceId).containsExactly(3L, 1L);
        assertThat(entries).extracting(Entry::year).containsExactly(2025, 2026);
    }

    @Test
    void theSameRecordsGiveTheSameEntries() {
        List<InspectionFact> inspections =
                List.of(new InspectionFact(1, 9, 5, false, LocalDate.of(2026, 10, 8), new BigDecimal("70")));
        assertThat(PointsCalculation.entries(defaults(), inspections, List.of()))
                .isEqualTo(PointsCalculation.entries(defaults(), inspections, List.of()))
                .extracting(Entry::points)
                .containsExactly(new BigDecimal("-1.00"));
    }
}
