package org.xuequ.enrollment.children;

import java.time.LocalDate;
import java.time.YearMonth;
import org.xuequ.platform.IdNumber;

/**
 * What a response, export or notice says about who a child is: the ID number, the birth date and the
 * gender. The one place that decides what a role without full access gets, so that JSON views, Excel
 * exports and printed notices cannot drift apart.
 *
 * <p>Masked, it must leave at least 1,000 valid ID numbers possible even when every field is combined
 * (the design's rule). It shows the region code, the birth month and the gender: 28 to 31 days times
 * 500 sequence numbers of that gender, each with exactly one check character, is at least 14,000. The
 * day and the check character must never be added (the day alone cuts it to 500);
 * {@code MaskedIdentityLeavesThousandsOfCandidatesTest} enumerates the candidates to hold that line.
 * The eligibility flag shown beside it adds nothing while the cut-off is a month's last day (Beijing:
 * 31 August).
 *
 * @param idNumber   full, or masked as {@link IdNumber#mask}
 * @param birthDate  the full date, or null when masked
 * @param birthMonth always, as {@code yyyy-MM}
 * @param gender     'M' or 'F'
 * @param full       whether this shows the full number (and must be audited as {@code ACCESS})
 */
public record ChildIdentity(String idNumber, LocalDate birthDate, String birthMonth, char gender, boolean full) {

    public static ChildIdentity full(String idNumber, LocalDate birthDate, char gender) {
        return new ChildIdentity(idNumber, birthDate, month(birthDate), gender, true);
    }

    public static ChildIdentity masked(String idNumber, LocalDate birthDate, char gender) {
        return new ChildIdentity(IdNumber.mask(idNumber), null, month(birthDate), gender, false);
    }

    /** The birth date as far as it may be shown: the day, or only the month. */
    public String birthShown() {
        return birthDate != null ? birthDate.toString() : birthMonth;
    }

    private static String month(LocalDate birthDate) {
        return birthDate == null ? null : YearMonth.from(birthDate).toString();
    }
}
