package org.xuequ.evaluation.balance;

import org.jspecify.annotations.Nullable;
import org.xuequ.engine.balance.BalanceStandard;
import org.xuequ.engine.balance.SchoolLevel;
import org.xuequ.platform.XuequProblem;

/** What a balance calculation looks at: a school year, a level, a standard, and a district or the whole region. */
public record BalanceSelection(
        int year,
        SchoolLevel level,
        BalanceStandard standard,
        @Nullable Long districtId) {

    /** @throws XuequProblem 400 naming {@code level} or {@code standard} when they are not ones the method knows */
    public static BalanceSelection of(int year, String level, @Nullable String standard, @Nullable Long districtId) {
        SchoolLevel parsedLevel;
        switch (level == null ? "" : level) {
            case "PRIMARY" -> parsedLevel = SchoolLevel.PRIMARY;
            case "JUNIOR" -> parsedLevel = SchoolLevel.JUNIOR;
            default -> throw XuequProblem.invalid("level", "error.balance.level");
        }
        BalanceStandard parsedStandard;
        try {
            parsedStandard = standard == null || standard.isBlank()
                    ? BalanceStandard.QUALITY_2017
                    : BalanceStandard.parse(standard);
        } catch (IllegalArgumentException e) {
            throw XuequProblem.invalid("standard", "error.balance.standard");
        }
        if (year < 2000 || year > 2100) {
            throw XuequProblem.invalid("year", "error.school-year");
        }
        return new BalanceSelection(year, parsedLevel, parsedStandard, districtId);
    }

    BalanceSelection inYear(int other) {
        return new BalanceSelection(other, level, standard, districtId);
    }
}
