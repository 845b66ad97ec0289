package org.xuequ.supervision;

import java.time.LocalDate;
import org.xuequ.registry.SchoolYear;

/**
 * A term (学期) of a school year: semester 1 runs from 1 September to 31 January, semester 2 from 1 February to
 * 31 August. Plans are filed, and reports generated, per district and term.
 *
 * @param schoolYear the school year's first calendar year (2026 = 2026–27)
 * @param semester 1 (autumn) or 2 (spring)
 */
public record Term(int schoolYear, int semester) {

    public Term {
        if (semester != 1 && semester != 2) {
            throw new IllegalArgumentException("semester must be 1 or 2");
        }
    }

    public static Term of(LocalDate date) {
        int year = SchoolYear.of(date);
        return new Term(year, date.getMonthValue() >= 9 || date.getMonthValue() == 1 ? 1 : 2);
    }

    public LocalDate start() {
        return semester == 1 ? LocalDate.of(schoolYear, 9, 1) : LocalDate.of(schoolYear + 1, 2, 1);
    }

    public LocalDate end() {
        return semester == 1 ? LocalDate.of(schoolYear + 1, 1, 31) : LocalDate.of(schoolYear + 1, 8, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /** 2026–2027学年第一学期. */
    public String labelZh() {
        return schoolYear + "–" + (schoolYear + 1) + "学年第" + (semester == 1 ? "一" : "二") + "学期";
    }

    /** 2026–27, semester 1. */
    public String labelEn() {
        return schoolYear + "–" + String.valueOf(schoolYear + 1).substring(2) + ", semester " + semester;
    }
}
