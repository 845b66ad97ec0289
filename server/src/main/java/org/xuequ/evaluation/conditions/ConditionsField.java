package org.xuequ.evaluation.conditions;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * The census form's fields in form order, with their Chinese and English labels and how to read
 * them: one list serves the Excel columns, the jump check and the error messages.
 */
public enum ConditionsField {
    PRIMARY_PUPILS("primaryPupils", "小学在校生数", "primary pupils", false, ConditionsFigures::primaryPupils),
    JUNIOR_PUPILS("juniorPupils", "初中在校生数", "junior pupils", false, ConditionsFigures::juniorPupils),
    SENIOR_PUPILS("seniorPupils", "高中在校生数", "senior pupils", false, ConditionsFigures::seniorPupils),
    CLASSES("classes", "班级数", "classes", false, ConditionsFigures::classes),
    TEACHERS("teachers", "专任教师数", "teachers", false, ConditionsFigures::teachers),
    QUALIFIED_TEACHERS(
            "qualifiedTeachers",
            "高于规定学历教师数",
            "teachers above required qualification",
            false,
            ConditionsFigures::qualifiedTeachers),
    SENIOR_TITLE_TEACHERS(
            "seniorTitleTeachers",
            "中级及以上职称教师数",
            "teachers with intermediate+ title",
            false,
            ConditionsFigures::seniorTitleTeachers),
    BACKBONE_TEACHERS(
            "backboneTeachers", "县级及以上骨干教师数", "county+ backbone teachers", false, ConditionsFigures::backboneTeachers),
    PE_ART_TEACHERS("peArtTeachers", "体育艺术专任教师数", "PE and art teachers", false, ConditionsFigures::peArtTeachers),
    TEACHING_AREA_M2(
            "teachingAreaM2",
            "教学及辅助用房面积(㎡)",
            "teaching and auxiliary area (m²)",
            true,
            ConditionsFigures::teachingAreaM2),
    SPORTS_AREA_M2("sportsAreaM2", "体育运动场馆面积(㎡)", "sports ground area (m²)", true, ConditionsFigures::sportsAreaM2),
    EQUIPMENT_YUAN(
            "equipmentYuan", "教学仪器设备值(元)", "teaching equipment value (yuan)", true, ConditionsFigures::equipmentYuan),
    MULTIMEDIA_ROOMS(
            "multimediaRooms",
            "网络多媒体教室数",
            "networked multimedia classrooms",
            false,
            ConditionsFigures::multimediaRooms),
    BOOKS("books", "图书册数", "books", false, ConditionsFigures::books),
    COMPUTERS("computers", "计算机台数", "computers", false, ConditionsFigures::computers);

    private final String property;
    private final String zh;
    private final String en;
    private final boolean decimal;
    private final Function<ConditionsFigures, Number> reader;

    ConditionsField(
            String property, String zh, String en, boolean decimal, Function<ConditionsFigures, Number> reader) {
        this.property = property;
        this.zh = zh;
        this.en = en;
        this.decimal = decimal;
        this.reader = reader;
    }

    /** The JSON property and English Excel header. */
    public String property() {
        return property;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** Areas and money take two decimals; everything else is a whole count. */
    public boolean decimal() {
        return decimal;
    }

    public double of(ConditionsFigures figures) {
        return reader.apply(figures).doubleValue();
    }

    /** Figures from values in field order (integers for counts, BigDecimal for decimals). */
    static ConditionsFigures figures(Number[] values) {
        return new ConditionsFigures(
                (Integer) values[0],
                (Integer) values[1],
                (Integer) values[2],
                (Integer) values[3],
                (Integer) values[4],
                (Integer) values[5],
                (Integer) values[6],
                (Integer) values[7],
                (Integer) values[8],
                (BigDecimal) values[9],
                (BigDecimal) values[10],
                (BigDecimal) values[11],
                (Integer) values[12],
                (Integer) values[13],
                (Integer) values[14]);
    }
}
