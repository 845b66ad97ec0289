package org.xuequ.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xuequ.platform.access.DataScope;
import org.xuequ.platform.access.ScopeTarget;

class DataScopeTest {

    static final ScopeTarget SCHOOL_7_IN_DISTRICT_3 = new ScopeTarget("110102", Set.of(3L), 7L);

    @Test
    void aRegionCoversEverythingInItAndNothingElse() {
        assertThat(new DataScope.Region("110102").covers(SCHOOL_7_IN_DISTRICT_3))
                .isTrue();
        assertThat(new DataScope.Region("110101").covers(SCHOOL_7_IN_DISTRICT_3))
                .isFalse();
    }

    @Test
    void districtsCoverTheirOwnRowsOnly() {
        assertThat(new DataScope.Districts("110102", Set.of(3L, 4L)).covers(SCHOOL_7_IN_DISTRICT_3))
                .isTrue();
        assertThat(new DataScope.Districts("110102", Set.of(4L)).covers(SCHOOL_7_IN_DISTRICT_3))
                .isFalse();
        assertThat(new DataScope.Districts("110102", Set.of(3L)).covers(ScopeTarget.region("110102")))
                .isFalse();
    }

    @Test
    void aDistrictIdOfAnotherRegionDoesNotLeak() {
        assertThat(new DataScope.Districts("110101", Set.of(3L)).covers(SCHOOL_7_IN_DISTRICT_3))
                .isFalse();
    }

    @Test
    void aUnitCoversOnlyItself() {
        assertThat(new DataScope.Unit("110102", 7L).covers(SCHOOL_7_IN_DISTRICT_3))
                .isTrue();
        assertThat(new DataScope.Unit("110102", 8L).covers(SCHOOL_7_IN_DISTRICT_3))
                .isFalse();
        assertThat(new DataScope.Unit("110102", 7L).covers(ScopeTarget.district("110102", 3L)))
                .isFalse();
    }

    @Test
    void everythingAndNothingAreWhatTheySay() {
        assertThat(new DataScope.Everything().covers(SCHOOL_7_IN_DISTRICT_3)).isTrue();
        assertThat(new DataScope.Nothing().covers(SCHOOL_7_IN_DISTRICT_3)).isFalse();
    }
}
