package org.xuequ.evaluation.balance;

import java.util.EnumMap;
import java.util.Map;
import org.xuequ.engine.balance.Indicator;

/** How each indicator is named and measured in the console and reports, Chinese first. */
public record IndicatorLabel(
        String nameZh, String nameEn, String unitZh, String unitEn, String resourceZh, String resourceEn) {

    private static final Map<Indicator, IndicatorLabel> LABELS = new EnumMap<>(Indicator.class);

    static {
        put(
                Indicator.QUALIFIED_TEACHERS,
                "每百名学生拥有高于规定学历教师数",
                "Teachers above required qualification per 100 pupils",
                "人/百生",
                "per 100 pupils",
                "名教师",
                "teachers");
        put(
                Indicator.BACKBONE_TEACHERS,
                "每百名学生拥有县级及以上骨干教师数",
                "County-level or higher backbone teachers per 100 pupils",
                "人/百生",
                "per 100 pupils",
                "名骨干教师",
                "backbone teachers");
        put(
                Indicator.PE_ART_TEACHERS,
                "每百名学生拥有体育、艺术专任教师数",
                "PE and art teachers per 100 pupils",
                "人/百生",
                "per 100 pupils",
                "名体育艺术教师",
                "PE and art teachers");
        put(
                Indicator.MULTIMEDIA_ROOMS,
                "每百名学生拥有网络多媒体教室数",
                "Networked multimedia classrooms per 100 pupils",
                "间/百生",
                "per 100 pupils",
                "间多媒体教室",
                "multimedia classrooms");
        put(
                Indicator.TEACHING_AREA_M2,
                "生均教学及辅助用房面积",
                "Teaching and auxiliary floor area per pupil",
                "㎡/生",
                "m² per pupil",
                "㎡教学用房",
                "m² of teaching space");
        put(
                Indicator.SPORTS_AREA_M2,
                "生均体育运动场馆面积",
                "Sports ground area per pupil",
                "㎡/生",
                "m² per pupil",
                "㎡运动场馆",
                "m² of sports ground");
        put(
                Indicator.EQUIPMENT_YUAN,
                "生均教学仪器设备值",
                "Teaching equipment value per pupil",
                "元/生",
                "yuan per pupil",
                "元设备",
                "yuan of equipment");
        put(
                Indicator.TEACHERS,
                "师生比（每百名学生专任教师数）",
                "Teachers per 100 pupils",
                "人/百生",
                "per 100 pupils",
                "名教师",
                "teachers");
        put(
                Indicator.SENIOR_TITLE_TEACHERS,
                "每百名学生拥有中级及以上职称教师数",
                "Teachers with intermediate or higher title per 100 pupils",
                "人/百生",
                "per 100 pupils",
                "名中级及以上职称教师",
                "titled teachers");
        put(
                Indicator.COMPUTERS,
                "每百名学生拥有计算机台数",
                "Computers per 100 pupils",
                "台/百生",
                "per 100 pupils",
                "台计算机",
                "computers");
        put(Indicator.BOOKS, "生均图书册数", "Books per pupil", "册/生", "per pupil", "册图书", "books");
    }

    private static void put(Indicator indicator, String... texts) {
        LABELS.put(indicator, new IndicatorLabel(texts[0], texts[1], texts[2], texts[3], texts[4], texts[5]));
    }

    public static IndicatorLabel of(Indicator indicator) {
        return LABELS.get(indicator);
    }
}
