package org.xuequ.engine.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WhatIfChangesAreAppliedToCopiesTest {

    private final List<SchoolConditions> region = List.of(
            Regions.primary("A", 200, 1).with(Indicator.BACKBONE_TEACHERS, 4),
            Regions.primary("B", 300, 1).with(Indicator.BACKBONE_TEACHERS, 3),
            Regions.primary("C", 500, 1).with(Indicator.BACKBONE_TEACHERS, 3));

    @Test
    void aMoveTakesFromOneSchoolAndGivesToAnotherLeavingTheInputUntouched() {
        List<SchoolConditions> after =
                BalanceWhatIf.apply(region, List.of(Change.move(Indicator.BACKBONE_TEACHERS, "A", "C", 2)));
        assertThat(after)
                .extracting(s -> s.resource(Indicator.BACKBONE_TEACHERS))
                .containsExactly(2.0, 3.0, 5.0);
        assertThat(region)
                .extracting(s -> s.resource(Indicator.BACKBONE_TEACHERS))
                .containsExactly(4.0, 3.0, 3.0);
        assertThat(after.get(1)).isSameAs(region.get(1));
        // A 1.0, B 1.0, C 1.0 per 100: perfectly even
        assertThat(BalanceCalculator.assess(after, SchoolLevel.PRIMARY, BalanceStandard.QUALITY_2017)
                        .indicator(Indicator.BACKBONE_TEACHERS)
                        .cv())
                .isZero();
    }

    @Test
    void anAddGivesToOneSchoolAndChangesApplyInOrder() {
        List<SchoolConditions> after = BalanceWhatIf.apply(
                region,
                List.of(
                        Change.add(Indicator.EQUIPMENT_YUAN, "C", 100_000),
                        Change.add(Indicator.EQUIPMENT_YUAN, "C", 50_000),
                        Change.move(Indicator.BACKBONE_TEACHERS, "A", "B", 4),
                        Change.move(Indicator.BACKBONE_TEACHERS, "B", "C", 7)));
        assertThat(after.get(2).resource(Indicator.EQUIPMENT_YUAN))
                .isEqualTo(region.get(2).resource(Indicator.EQUIPMENT_YUAN) + 150_000);
        assertThat(after)
                .extracting(s -> s.resource(Indicator.BACKBONE_TEACHERS))
                .containsExactly(0.0, 0.0, 10.0);
    }

    @Test
    void changesThatCannotBeMadeAreRefusedNamingSchoolAndField() {
        refused(Change.move(Indicator.BACKBONE_TEACHERS, "A", "B", 5), "A", "backbone_teachers");
        refused(Change.move(Indicator.BACKBONE_TEACHERS, "Z", "B", 1), "Z", "from_school_id");
        refused(Change.add(Indicator.BACKBONE_TEACHERS, "Z", 1), "Z", "to_school_id");
        refused(Change.add(Indicator.BACKBONE_TEACHERS, "A", 0), "A", "amount");
        refused(Change.add(Indicator.BACKBONE_TEACHERS, "A", -1), "A", "amount");
        refused(Change.move(Indicator.BACKBONE_TEACHERS, "A", "A", 1), "A", "to_school_id");
        refused(new Change(ChangeKind.ADD, Indicator.BOOKS, "A", "B", 1), "A", "from_school_id");
    }

    private void refused(Change change, String school, String field) {
        assertThatThrownBy(() -> BalanceWhatIf.apply(region, List.of(change)))
                .isInstanceOfSatisfying(InvalidConditionsException.class, e -> {
                    assertThat(e.schoolId()).isEqualTo(school);
                    assertThat(e.field()).isEqualTo(field);
                });
    }
}
