package org.xuequ.enrollment.children;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xuequ.platform.excel.ExcelSheet;
import org.xuequ.platform.excel.ExcelSheet.Column;
import org.xuequ.platform.excel.ImportRow;

/** 适龄儿童 as an Excel sheet: the columns, and one row read into a {@link ChildForm}. */
public final class ChildSheet {

    static final int NAME = 0,
            ID_NUMBER = 1,
            BIRTH_DATE = 2,
            HUKOU_TYPE = 3,
            HUKOU_BLOCK = 4,
            HUKOU_ADDRESS = 5,
            RESIDENCE_BLOCK = 6,
            PROPERTY_OWNED = 7,
            PROPERTY_BLOCK = 8,
            PROPERTY_SINCE = 9,
            RESIDENCE_SINCE = 10,
            CATEGORIES = 11,
            SIBLING_UNIT = 12,
            PRIMARY_UNIT = 13;

    public static final ExcelSheet SHEET = new ExcelSheet(
            "适龄儿童 Children",
            List.of(
                    new Column("姓名", "name", "必填，≤50 字 / required", 10),
                    new Column("身份证号", "idNumber", "必填，18 位，校验位正确 / required, valid GB 11643 number", 22),
                    new Column("出生日期", "birthDate", "必填，YYYY-MM-DD，须与身份证号一致 / required, matches the ID number", 12),
                    new Column("户籍类型", "hukouType", "本区户籍 / 京籍外区 / 非京籍 (LOCAL / BEIJING / NON_BEIJING)", 12),
                    new Column("户籍小区", "hukouBlock", "本区户籍必填：小区编号或全区唯一的名称 / block number or unique name", 20),
                    new Column("户籍地址", "hukouAddress", "选填 ≤200 字 / optional", 24),
                    new Column("居住小区", "residenceBlock", "必填：小区编号或名称 / required block", 20),
                    new Column("有房产", "propertyOwned", "是 / 否 (yes / no)", 8),
                    new Column("房产小区", "propertyBlock", "有房产时必填 / required with property", 20),
                    new Column("房产取得日期", "propertySince", "有房产时必填，YYYY-MM-DD / required with property", 14),
                    new Column("居住起始日期", "residenceSince", "选填，YYYY-MM-DD / optional", 14),
                    new Column("特殊类别", "categories", "选填，以、分隔：兄姐在读、随迁子女、残疾儿童、军人子女、烈士子女、人才引进", 24),
                    new Column("兄姐就读学校", "siblingUnit", "“兄姐在读”时必填：学校编号或名称 / school", 20),
                    new Column("就读小学", "primaryUnit", "小升初必填：学校编号或名称 / primary school (junior cycle)", 20)));

    static final Map<String, HukouType> HUKOU = Map.of(
            "本区户籍",
            HukouType.LOCAL,
            "LOCAL",
            HukouType.LOCAL,
            "京籍外区",
            HukouType.BEIJING,
            "BEIJING",
            HukouType.BEIJING,
            "非京籍",
            HukouType.NON_BEIJING,
            "NON_BEIJING",
            HukouType.NON_BEIJING);
    static final Map<String, Boolean> YES_NO =
            Map.of("是", true, "否", false, "yes", true, "no", false, "YES", true, "NO", false);
    static final Map<ChildCategory, String> CATEGORY_LABELS = Map.of(
            ChildCategory.SIBLING,
            "兄姐在读",
            ChildCategory.MIGRANT_WITH_PERMIT,
            "随迁子女",
            ChildCategory.DISABILITY,
            "残疾儿童",
            ChildCategory.MILITARY,
            "军人子女",
            ChildCategory.MARTYR,
            "烈士子女",
            ChildCategory.TALENT,
            "人才引进");
    static final Map<HukouType, String> HUKOU_LABELS =
            Map.of(HukouType.LOCAL, "本区户籍", HukouType.BEIJING, "京籍外区", HukouType.NON_BEIJING, "非京籍");

    /** Blocks and units named by number or by a name unique in the region. */
    static final class Names {
        private final Map<String, Long> blocks = new HashMap<>();
        private final Map<String, Long> units = new HashMap<>();
        private final Set<String> ambiguous = new java.util.HashSet<>();

        void block(long id, String name) {
            add(blocks, id, name);
        }

        void unit(long id, String name) {
            add(units, id, name);
        }

        private void add(Map<String, Long> map, long id, String name) {
            if (map.putIfAbsent(name, id) != null) {
                ambiguous.add(name);
            }
        }

        Long resolve(ImportRow row, int column, String value, boolean isBlock) {
            if (value == null) {
                return null;
            }
            if (value.matches("\\d{1,18}")) {
                return Long.parseLong(value);
            }
            Long id = ambiguous.contains(value) ? null : (isBlock ? blocks : units).get(value);
            if (id == null) {
                row.reject(column, isBlock ? "error.enrollment.excel.unknown-block" : "error.enrollment.unknown-unit");
            }
            return id;
        }
    }

    private ChildSheet() {}

    static ChildForm read(ImportRow row, Names names) {
        String name = row.text(NAME, true, 50);
        String idNumber = row.text(ID_NUMBER, true, 18);
        LocalDate birth = date(row, BIRTH_DATE, true);
        HukouType hukou = row.choice(HUKOU_TYPE, HUKOU, true);
        Long hukouBlock = names.resolve(row, HUKOU_BLOCK, row.text(HUKOU_BLOCK, false, 200), true);
        String hukouAddress = row.text(HUKOU_ADDRESS, false, 200);
        Long residence = names.resolve(row, RESIDENCE_BLOCK, row.text(RESIDENCE_BLOCK, true, 200), true);
        Boolean owned = row.choice(PROPERTY_OWNED, YES_NO, false);
        Long propertyBlock = names.resolve(row, PROPERTY_BLOCK, row.text(PROPERTY_BLOCK, false, 200), true);
        LocalDate propertySince = date(row, PROPERTY_SINCE, false);
        LocalDate residenceSince = date(row, RESIDENCE_SINCE, false);
        Set<ChildCategory> categories = categories(row, row.text(CATEGORIES, false, 100));
        Long sibling = names.resolve(row, SIBLING_UNIT, row.text(SIBLING_UNIT, false, 100), false);
        Long primary = names.resolve(row, PRIMARY_UNIT, row.text(PRIMARY_UNIT, false, 100), false);
        return new ChildForm(
                name,
                idNumber,
                birth,
                hukou,
                hukouBlock,
                hukouAddress,
                residence,
                owned,
                propertyBlock,
                propertySince,
                residenceSince,
                categories,
                sibling,
                primary);
    }

    /** The column a form field is read from, so that a form error names the Excel column. */
    static int columnOf(String field) {
        switch (field) {
            case "name":
                return NAME;
            case "idNumber":
                return ID_NUMBER;
            case "birthDate":
                return BIRTH_DATE;
            case "hukouType":
                return HUKOU_TYPE;
            case "hukouBlockId":
                return HUKOU_BLOCK;
            case "residenceBlockId":
                return RESIDENCE_BLOCK;
            case "propertyBlockId":
                return PROPERTY_BLOCK;
            case "propertySince":
                return PROPERTY_SINCE;
            case "residenceSince":
                return RESIDENCE_SINCE;
            case "siblingUnitId":
                return SIBLING_UNIT;
            case "primaryUnitId":
                return PRIMARY_UNIT;
            default:
                return NAME;
        }
    }

    private static LocalDate date(ImportRow row, int column, boolean required) {
        String text = row.text(column, required, 20);
        if (text == null) {
            return null;
        }
        try {
            String[] parts = text.strip().split("[-/.]");
            return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        } catch (RuntimeException e) {
            row.reject(column, "error.enrollment.excel.date");
            return null;
        }
    }

    private static Set<ChildCategory> categories(ImportRow row, String text) {
        Set<ChildCategory> set = EnumSet.noneOf(ChildCategory.class);
        if (text == null) {
            return set;
        }
        for (String label : text.split("[、,，;；\\s]+")) {
            if (label.isBlank()) {
                continue;
            }
            ChildCategory category = CATEGORY_LABELS.entrySet().stream()
                    .filter(e -> e.getValue().equals(label) || e.getKey().name().equals(label))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(null);
            if (category == null) {
                row.reject(CATEGORIES, "error.excel.not-allowed");
            } else {
                set.add(category);
            }
        }
        return set;
    }

    static String categoriesText(Set<ChildCategory> categories) {
        return String.join(
                "、", categories.stream().sorted().map(CATEGORY_LABELS::get).toList());
    }
}
