package org.xuequ.workforce.staff;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.xuequ.platform.IdNumber;
import org.xuequ.platform.excel.ExcelSheet;
import org.xuequ.platform.excel.ImportRow;

/**
 * The staff roll as an .xlsx sheet (教职工名册): one person a row, values as Chinese labels (codes accepted too). The
 * ID number column carries what the caller may see: full for the roll keepers, masked otherwise.
 */
public final class StaffSheet {

    static final int STAFF_NO = 0;
    static final int NAME = 1;
    static final int ID_NUMBER = 2;
    static final int POST = 3;
    static final int SUBJECT = 4;
    static final int QUALIFICATION = 5;
    static final int TITLE = 6;
    static final int BACKBONE = 7;
    static final int SPECIALISM = 8;
    static final int EMPLOYED_SINCE = 9;
    static final int AT_UNIT_SINCE = 10;

    static final Map<String, Post> POSTS = labels(Post.values(), "校长", "副校长", "中层干部", "专任教师", "教辅及其他");
    static final Map<String, Qualification> QUALIFICATIONS =
            labels(Qualification.values(), "博士", "硕士", "本科", "专科", "其他");
    static final Map<String, Title> TITLES = labels(Title.values(), "正高级", "高级", "一级", "二级", "三级", "未定级");
    static final Map<String, Backbone> BACKBONES = labels(Backbone.values(), "无", "区级骨干", "市级骨干", "学科带头人", "特级教师");
    static final Map<String, Specialism> SPECIALISMS = labels(Specialism.values(), "无", "体育", "艺术");
    static final Map<String, String> SUBJECTS = subjects();

    public static final ExcelSheet SHEET = new ExcelSheet(
            "教职工名册",
            List.of(
                    new ExcelSheet.Column("工号", "staff no", "", 12),
                    new ExcelSheet.Column("姓名", "name", "", 10),
                    new ExcelSheet.Column("身份证号", "ID number", "18 位 / 18 characters", 22),
                    new ExcelSheet.Column("岗位", "post", String.join("/", POSTS.keySet()), 12),
                    new ExcelSheet.Column("学科", "subject", "语文/数学/英语/科学/道德与法治/信息技术/体育/音乐/美术", 10),
                    new ExcelSheet.Column("学历", "qualification", "博士/硕士/本科/专科/其他", 8),
                    new ExcelSheet.Column("职称", "title", "正高级/高级/一级/二级/三级/未定级", 8),
                    new ExcelSheet.Column("骨干层级", "backbone", "无/区级骨干/市级骨干/学科带头人/特级教师", 12),
                    new ExcelSheet.Column("体艺专任", "PE/art", "无/体育/艺术", 8),
                    new ExcelSheet.Column("参加工作日期", "working since", "yyyy-MM-dd", 12),
                    new ExcelSheet.Column("到校日期", "at this unit since", "yyyy-MM-dd", 12)));

    private StaffSheet() {}

    /** A row as fields, or null when the row has errors (recorded on it). */
    static @Nullable StaffFields read(ImportRow row) {
        String staffNo = row.text(STAFF_NO, false, 40);
        String name = row.text(NAME, true, 50);
        String number = IdNumber.normalise(row.text(ID_NUMBER, true, 18));
        if (number != null) {
            IdNumber.problem(number).ifPresent(key -> row.reject(ID_NUMBER, key));
        }
        Post post = row.choice(POST, POSTS, true);
        String subjectText = row.text(SUBJECT, false, 20);
        String subject = subjectText == null ? null : SUBJECTS.getOrDefault(subjectText, subjectText);
        Qualification qualification = row.choice(QUALIFICATION, QUALIFICATIONS, true);
        Title title = row.choice(TITLE, TITLES, true);
        Backbone backbone = row.choice(BACKBONE, BACKBONES, false);
        Specialism specialism = row.choice(SPECIALISM, SPECIALISMS, false);
        LocalDate employed = date(row, EMPLOYED_SINCE, false);
        LocalDate atUnit = date(row, AT_UNIT_SINCE, true);
        if (row.bad()) {
            return null;
        }
        return new StaffFields(
                staffNo,
                name,
                number,
                post,
                subject,
                qualification,
                title,
                backbone == null ? Backbone.NONE : backbone,
                specialism == null ? Specialism.NONE : specialism,
                employed,
                atUnit);
    }

    /** A row of the export, in column order. */
    public static List<?> row(StaffView p) {
        return java.util.Arrays.asList(
                p.staffNo(),
                p.name(),
                p.identity().idNumber(),
                label(POSTS, p.post()),
                p.subject() == null ? null : label(SUBJECTS, p.subject()),
                label(QUALIFICATIONS, p.qualification()),
                label(TITLES, p.title()),
                label(BACKBONES, p.backbone()),
                label(SPECIALISMS, p.specialism()),
                p.employedSince() == null ? null : p.employedSince().toString(),
                p.atUnitSince().toString());
    }

    private static @Nullable LocalDate date(ImportRow row, int column, boolean required) {
        String text = row.text(column, required, 20);
        if (text == null) {
            return null;
        }
        for (String pattern : new String[] {"uuuu-MM-dd", "uuuu/M/d", "uuuu-M-d", "uuuuMMdd"}) {
            try {
                return LocalDate.parse(text, DateTimeFormatter.ofPattern(pattern));
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        row.reject(column, "error.workforce.date");
        return null;
    }

    private static <E extends Enum<E>> Map<String, E> labels(E[] values, String... chinese) {
        Map<String, E> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            map.put(chinese[i], values[i]);
        }
        for (E value : values) {
            map.put(value.name(), value);
        }
        return map;
    }

    private static Map<String, String> subjects() {
        Map<String, String> map = new LinkedHashMap<>();
        String[][] pairs = {
            {"语文", "CHINESE"},
            {"数学", "MATHS"},
            {"英语", "ENGLISH"},
            {"科学", "SCIENCE"},
            {"道德与法治", "MORALS"},
            {"信息技术", "IT"},
            {"体育", "PE"},
            {"音乐", "MUSIC"},
            {"美术", "ART"}
        };
        for (String[] p : pairs) {
            map.put(p[0], p[1]);
        }
        return map;
    }

    private static <V> String label(Map<String, V> map, V value) {
        return map.entrySet().stream()
                .filter(e -> e.getValue().equals(value))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(String.valueOf(value));
    }
}
