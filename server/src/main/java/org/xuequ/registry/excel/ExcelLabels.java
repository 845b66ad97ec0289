package org.xuequ.registry.excel;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.xuequ.registry.DistrictKind;
import org.xuequ.registry.Ownership;
import org.xuequ.registry.UnitType;
import org.xuequ.registry.districts.DistrictMembership;
import org.xuequ.registry.institutions.PartnerInstitution;

/**
 * Chinese labels of the registry's fixed lists as they appear in Excel files. Imports accept the
 * label or the code (so English-speaking users and scripts can write PRIMARY); exports write labels.
 */
final class ExcelLabels<E extends Enum<E>> {

    static final ExcelLabels<UnitType> UNIT_TYPES = new ExcelLabels<>(
            UnitType.class, "幼儿园", "小学", "初中", "高中", "九年一贯制", "十二年一贯制", "校外教育", "社区教育", "职业学校", "特殊教育", "高等院校", "科研院所");
    static final ExcelLabels<Ownership> OWNERSHIPS = new ExcelLabels<>(Ownership.class, "公办", "普惠性民办", "民办");
    static final ExcelLabels<PartnerInstitution.Kind> INSTITUTION_KINDS =
            new ExcelLabels<>(PartnerInstitution.Kind.class, "博物馆", "科研院所", "高等院校", "企业", "社区中心", "图书馆", "体育场馆", "其他");
    static final ExcelLabels<DistrictKind> DISTRICT_KINDS = new ExcelLabels<>(DistrictKind.class, "小学", "初中", "学前");
    static final ExcelLabels<DistrictMembership.Role> ROLES =
            new ExcelLabels<>(DistrictMembership.Role.class, "中心", "成员");

    private final Map<E, String> labels;
    private final Map<String, E> accepted = new LinkedHashMap<>();

    private ExcelLabels(Class<E> type, String... chinese) {
        E[] values = type.getEnumConstants();
        if (values.length != chinese.length) {
            throw new IllegalStateException("A label for every " + type.getSimpleName());
        }
        labels = new EnumMap<>(type);
        for (int i = 0; i < values.length; i++) {
            labels.put(values[i], chinese[i]);
            accepted.put(chinese[i], values[i]);
            accepted.put(values[i].name(), values[i]);
        }
    }

    String label(E value) {
        return value == null ? null : labels.get(value);
    }

    Map<String, E> accepted() {
        return accepted;
    }

    /** For the template's hint row: "小学|初中|… (or PRIMARY|JUNIOR|…)". */
    String hint() {
        return String.join("|", labels.values()) + " ("
                + String.join("|", labels.keySet().stream().map(Enum::name).toList()) + ")";
    }
}
