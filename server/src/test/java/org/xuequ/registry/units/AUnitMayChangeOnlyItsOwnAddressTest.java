package org.xuequ.registry.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.registry.Ownership;
import org.xuequ.registry.UnitType;
import org.xuequ.registry.units.EducationUnit.UnitDetails;

/** The rule on the unit itself: its own staff may change the address text; districts, zones and the draw rest on the rest. */
class AUnitMayChangeOnlyItsOwnAddressTest {

    static final UnitDetails AS_REGISTERED = new UnitDetails(
            "西城小学",
            UnitType.PRIMARY,
            Ownership.PUBLIC,
            "区重点",
            "西长安街1号",
            "110102001",
            7L,
            new BigDecimal("116.350000"),
            new BigDecimal("39.900000"));

    final EducationUnit unit = new EducationUnit("110102", AS_REGISTERED);

    @Test
    void itsOwnStaffMayRewriteTheAddress() {
        assertThatCode(() -> unit.checkEditByItsOwnStaff(with("西长安街3号", 7L, UnitType.PRIMARY)))
                .doesNotThrowAnyException();
    }

    @Test
    void movingItselfIntoAnotherDistrictOrChangingItsTypeIsRefusedNamingBothFields() {
        StructuralChangeRefused refused = catchThrowableOfType(
                StructuralChangeRefused.class, () -> unit.checkEditByItsOwnStaff(with("西长安街1号", 8L, UnitType.JUNIOR)));

        assertThat(refused.fields()).containsExactlyInAnyOrder(StructuralField.DISTRICT, StructuralField.TYPE);
        assertThat(refused.status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.errors()).extracting(FieldProblem::field).containsExactly("type", "districtId");
        assertThat(refused.errors()).extracting(FieldProblem::reason).containsOnly("error.structural-field");
    }

    @Test
    void everyOtherFactIsTheOfficesToChange() {
        UnitDetails everything = new UnitDetails(
                "新名",
                UnitType.NINE_YEAR,
                Ownership.PRIVATE,
                "市重点",
                "西长安街1号",
                "110102002",
                8L,
                new BigDecimal("116.4"),
                new BigDecimal("39.8"));

        StructuralChangeRefused refused =
                catchThrowableOfType(StructuralChangeRefused.class, () -> unit.checkEditByItsOwnStaff(everything));

        assertThat(refused.fields()).containsExactlyInAnyOrder(StructuralField.values());
    }

    @Test
    void coordinatesWrittenWithFewerDecimalsAreNoChange() {
        UnitDetails sameSpot = new UnitDetails(
                "西城小学",
                UnitType.PRIMARY,
                Ownership.PUBLIC,
                "区重点",
                "西长安街1号",
                "110102001",
                7L,
                new BigDecimal("116.35"),
                new BigDecimal("39.9"));

        assertThatCode(() -> unit.checkEditByItsOwnStaff(sameSpot)).doesNotThrowAnyException();
    }

    private static UnitDetails with(String address, Long districtId, UnitType type) {
        return new UnitDetails(
                AS_REGISTERED.name(),
                type,
                AS_REGISTERED.ownership(),
                AS_REGISTERED.qualityGrade(),
                address,
                AS_REGISTERED.subdistrictCode(),
                districtId,
                AS_REGISTERED.longitude(),
                AS_REGISTERED.latitude());
    }
}
