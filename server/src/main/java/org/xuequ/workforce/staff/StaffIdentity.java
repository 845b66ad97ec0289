package org.xuequ.workforce.staff;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.xuequ.platform.IdNumber;

/**
 * Who a person is, as a response or export may say it: the ID number, the birth date, the age and the gender. The
 * one place deciding what a role without full access gets, so that views and exports cannot drift apart.
 * <p>
 * Masked it shows the region code, the age in whole years and the gender: about 365 birth dates times 500 sequence
 * numbers of that gender, each with one check character, leave some 180,000 numbers possible (the design asks for at
 * least 1,000). The birth date, even its month, is never added to a masked view
 * ({@code MaskedStaffIdentityLeavesThousandsOfCandidatesTest} counts them).
 *
 * @param birthDate null when masked
 * @param full whether the number is shown in full (and the showing must be audited)
 */
public record StaffIdentity(String idNumber, @Nullable LocalDate birthDate, int age, char gender, boolean full) {

    static StaffIdentity full(Staff person, LocalDate today) {
        return new StaffIdentity(
                person.getIdNumber(), person.getBirthDate(), person.age(today), person.getGender(), true);
    }

    static StaffIdentity masked(Staff person, LocalDate today) {
        return new StaffIdentity(
                IdNumber.mask(person.getIdNumber()), null, person.age(today), person.getGender(), false);
    }
}
