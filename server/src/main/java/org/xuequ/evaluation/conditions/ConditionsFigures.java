package org.xuequ.evaluation.conditions;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * One school's conditions in one school year (办学条件), as whole-school totals: the inputs of the
 * balance calculation (the 2017 method's seven indicators and the 2012 method's eight) plus the
 * figures a census form asks for beside them. A combined school reports all its pupils by level;
 * the calculator splits its resources between levels.
 *
 * @param qualifiedTeachers    teachers above the required qualification (高于规定学历)
 * @param seniorTitleTeachers  teachers with an intermediate or higher professional title (中级及以上职称)
 * @param backboneTeachers     county-level or higher backbone teachers (县级及以上骨干教师)
 * @param peArtTeachers        full-time PE, music and art teachers (体育、艺术专任教师)
 * @param teachingAreaM2       teaching and auxiliary floor area (教学及辅助用房面积)
 * @param sportsAreaM2         sports grounds and halls (体育运动场馆面积)
 * @param equipmentYuan        value of teaching instruments and equipment (教学仪器设备值)
 * @param multimediaRooms      networked multimedia classrooms (网络多媒体教室)
 */
@Embeddable
public record ConditionsFigures(
        @NotNull @PositiveOrZero @Max(100_000) Integer primaryPupils,
        @NotNull @PositiveOrZero @Max(100_000) Integer juniorPupils,
        @NotNull @PositiveOrZero @Max(100_000) Integer seniorPupils,
        @NotNull @PositiveOrZero @Max(5_000) Integer classes,
        @NotNull @PositiveOrZero @Max(20_000) Integer teachers,
        @NotNull @PositiveOrZero @Max(20_000) Integer qualifiedTeachers,
        @NotNull @PositiveOrZero @Max(20_000) Integer seniorTitleTeachers,
        @NotNull @PositiveOrZero @Max(20_000) Integer backboneTeachers,
        @NotNull @PositiveOrZero @Max(20_000) Integer peArtTeachers,

        @NotNull @PositiveOrZero @DecimalMax("9999999999") @Digits(integer = 10, fraction = 2)
        BigDecimal teachingAreaM2,

        @NotNull @PositiveOrZero @DecimalMax("9999999999") @Digits(integer = 10, fraction = 2)
        BigDecimal sportsAreaM2,

        @NotNull @PositiveOrZero @DecimalMax("999999999999") @Digits(integer = 12, fraction = 2)
        BigDecimal equipmentYuan,

        @NotNull @PositiveOrZero @Max(20_000) Integer multimediaRooms,
        @NotNull @PositiveOrZero @Max(100_000_000) Integer books,
        @NotNull @PositiveOrZero @Max(1_000_000) Integer computers) {

    /** Two decimals always, so that 3000 typed and 3000.00 stored are the same figures (an unchanged import stays so). */
    public ConditionsFigures {
        teachingAreaM2 = twoDecimals(teachingAreaM2);
        sportsAreaM2 = twoDecimals(sportsAreaM2);
        equipmentYuan = twoDecimals(equipmentYuan);
    }

    private static BigDecimal twoDecimals(BigDecimal value) {
        // More decimals are left as sent, for validation to refuse.
        return value == null || value.stripTrailingZeros().scale() > 2 ? value : value.setScale(2);
    }

    /** All pupils of the school, every level. */
    public int pupils() {
        return primaryPupils + juniorPupils + seniorPupils;
    }
}
