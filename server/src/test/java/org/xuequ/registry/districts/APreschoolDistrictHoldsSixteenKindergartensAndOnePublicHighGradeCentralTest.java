package org.xuequ.registry.districts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.xuequ.registry.Ownership;
import org.xuequ.registry.UnitType;
import org.xuequ.registry.districts.DistrictMembership.Role;
import org.xuequ.registry.districts.PreschoolLimits.Candidate;
import org.xuequ.registry.districts.PreschoolLimits.Placed;

/** Seed 003's limits on one preschool district and school year, as placing a unit checks them. */
class APreschoolDistrictHoldsSixteenKindergartensAndOnePublicHighGradeCentralTest {

    static final long NEWCOMER = 100;

    @Test
    void theSixteenthKindergartenFindsAPlaceTheSeventeenthDoesNot() {
        assertThat(PreschoolLimits.refusals(kindergarten(NEWCOMER), Role.MEMBER, false, kindergartens(15)))
                .isEmpty();
        assertThat(PreschoolLimits.refusals(kindergarten(NEWCOMER), Role.MEMBER, false, kindergartens(16)))
                .containsExactly(PlacementRefusal.PRESCHOOL_FULL);
    }

    @Test
    void aMemberChangingItsRoleTakesNoNewPlace() {
        assertThat(PreschoolLimits.refusals(kindergarten(1), Role.MEMBER, true, kindergartens(16)))
                .isEmpty();
    }

    @Test
    void unitsThatAreNotKindergartensDoNotCountTowardsTheSixteen() {
        List<Placed> current = new ArrayList<>(kindergartens(15));
        current.add(new Placed(50, UnitType.PRIMARY, Role.MEMBER));
        assertThat(PreschoolLimits.refusals(kindergarten(NEWCOMER), Role.MEMBER, false, current))
                .isEmpty();
        assertThat(PreschoolLimits.refusals(
                        new Candidate(NEWCOMER, UnitType.COMMUNITY, Ownership.PUBLIC, null),
                        Role.MEMBER,
                        false,
                        kindergartens(16)))
                .isEmpty();
    }

    @Test
    void thereIsOneCentralKindergartenAndItMayBeConfirmedAgain() {
        List<Placed> withCentral = List.of(new Placed(1, UnitType.KINDERGARTEN, Role.CENTRAL));
        assertThat(PreschoolLimits.refusals(kindergarten(NEWCOMER), Role.CENTRAL, false, withCentral))
                .containsExactly(PlacementRefusal.CENTRAL_TAKEN);
        assertThat(PreschoolLimits.refusals(kindergarten(1), Role.CENTRAL, true, withCentral))
                .isEmpty();
    }

    @Test
    void theCentralKindergartenIsPublicAndOfHighGrade() {
        assertThat(PreschoolLimits.mayBeCentral(Ownership.PUBLIC, "示范园")).isTrue();
        assertThat(PreschoolLimits.mayBeCentral(Ownership.PUBLIC, "一级一类")).isTrue();
        assertThat(PreschoolLimits.mayBeCentral(Ownership.PUBLIC, "二级二类")).isFalse();
        assertThat(PreschoolLimits.mayBeCentral(Ownership.PUBLIC, null)).isFalse();
        assertThat(PreschoolLimits.mayBeCentral(Ownership.PRIVATE_INCLUSIVE, "示范园"))
                .isFalse();

        Candidate inclusive = new Candidate(NEWCOMER, UnitType.KINDERGARTEN, Ownership.PRIVATE_INCLUSIVE, "示范园");
        assertThat(PreschoolLimits.refusals(inclusive, Role.CENTRAL, false, List.of()))
                .containsExactly(PlacementRefusal.CENTRAL_NOT_PUBLIC_HIGH_GRADE);
        assertThat(PreschoolLimits.refusals(inclusive, Role.MEMBER, false, List.of()))
                .isEmpty();
    }

    @Test
    void aFullDistrictWithACentralRefusesANewPrivateCentralOnEveryCount() {
        List<Placed> current = new ArrayList<>(kindergartens(16));
        current.set(0, new Placed(1, UnitType.KINDERGARTEN, Role.CENTRAL));
        Candidate privateOne = new Candidate(NEWCOMER, UnitType.KINDERGARTEN, Ownership.PRIVATE, "示范园");

        assertThat(PreschoolLimits.refusals(privateOne, Role.CENTRAL, false, current))
                .containsExactly(
                        PlacementRefusal.PRESCHOOL_FULL,
                        PlacementRefusal.CENTRAL_TAKEN,
                        PlacementRefusal.CENTRAL_NOT_PUBLIC_HIGH_GRADE);
    }

    private static Candidate kindergarten(long id) {
        return new Candidate(id, UnitType.KINDERGARTEN, Ownership.PUBLIC, "示范园");
    }

    private static List<Placed> kindergartens(int count) {
        return LongStream.rangeClosed(1, count)
                .mapToObj(id -> new Placed(id, UnitType.KINDERGARTEN, Role.MEMBER))
                .toList();
    }
}
