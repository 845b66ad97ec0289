package org.xuequ.engine.balance;

import java.util.List;

/** A resource indicator; {@link #column()} is its name in CSV files and exports. */
public enum Indicator {
    /** 每百名学生拥有高于规定学历教师数 (2012: 生均高于规定学历教师数). */
    QUALIFIED_TEACHERS("qualified_teachers", Basis.PER_100_PUPILS),
    /** 每百名学生拥有县级及以上骨干教师数. */
    BACKBONE_TEACHERS("backbone_teachers", Basis.PER_100_PUPILS),
    /** 每百名学生拥有体育、艺术（美术、音乐）专任教师数. */
    PE_ART_TEACHERS("pe_art_teachers", Basis.PER_100_PUPILS),
    /** 每百名学生拥有网络多媒体教室数. */
    MULTIMEDIA_ROOMS("multimedia_rooms", Basis.PER_100_PUPILS),
    /** 生均教学及辅助用房面积 (m²). */
    TEACHING_AREA_M2("teaching_area_m2", Basis.PER_PUPIL),
    /** 生均体育运动场馆面积 (m²). */
    SPORTS_AREA_M2("sports_area_m2", Basis.PER_PUPIL),
    /** 生均教学仪器设备值 (yuan). */
    EQUIPMENT_YUAN("equipment_yuan", Basis.PER_PUPIL),
    /** 师生比, as teachers per 100 pupils (2012 only). */
    TEACHERS("teachers", Basis.PER_100_PUPILS),
    /** 生均中级及以上专业技术职务教师数, per 100 pupils (2012 only). */
    SENIOR_TITLE_TEACHERS("senior_title_teachers", Basis.PER_100_PUPILS),
    /** 每百名学生拥有计算机台数 (2012 only). */
    COMPUTERS("computers", Basis.PER_100_PUPILS),
    /** 生均图书册数 (2012 only). */
    BOOKS("books", Basis.PER_PUPIL);

    private static final List<Indicator> QUALITY = List.of(
            QUALIFIED_TEACHERS,
            BACKBONE_TEACHERS,
            PE_ART_TEACHERS,
            MULTIMEDIA_ROOMS,
            TEACHING_AREA_M2,
            SPORTS_AREA_M2,
            EQUIPMENT_YUAN);

    // the order of the 2012 text and of the provinces' published tables
    private static final List<Indicator> BASIC = List.of(
            TEACHING_AREA_M2,
            SPORTS_AREA_M2,
            EQUIPMENT_YUAN,
            COMPUTERS,
            BOOKS,
            TEACHERS,
            QUALIFIED_TEACHERS,
            SENIOR_TITLE_TEACHERS);

    private final String column;
    private final Basis basis;

    Indicator(String column, Basis basis) {
        this.column = column;
        this.basis = basis;
    }

    public String column() {
        return column;
    }

    public Basis basis() {
        return basis;
    }

    /** The indicators a standard assesses: 7 under 2017 (in declaration order), 8 under 2012. */
    public static List<Indicator> of(BalanceStandard standard) {
        return standard == BalanceStandard.QUALITY_2017 ? QUALITY : BASIC;
    }

    /** The indicator with this CSV column name, or null. */
    public static Indicator byColumn(String column) {
        for (Indicator indicator : values()) {
            if (indicator.column.equals(column)) {
                return indicator;
            }
        }
        return null;
    }
}
