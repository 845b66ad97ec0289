package org.xuequ.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.xuequ.platform.IdNumber;
import org.xuequ.workforce.staff.StaffIdentity;

/**
 * What a masked staff identity says (region code, age in years, gender) leaves far more than the 1,000 possible ID
 * numbers the design asks for: every birth date giving that age, times the sequence numbers of that gender.
 */
class MaskedStaffIdentityLeavesThousandsOfCandidatesTest {

    @Test
    void aMaskedIdentityMatchesAtLeastAThousandValidNumbers() {
        LocalDate today = LocalDate.of(2026, 12, 5);
        StaffIdentity masked = new StaffIdentity(IdNumber.mask("110102198503120021"), null, 41, 'F', false);
        assertThat(masked.birthDate()).isNull();
        assertThat(masked.idNumber()).isEqualTo("110102************");

        String region = masked.idNumber().substring(0, 6);
        long candidates = 0;
        for (LocalDate day = today.minusYears(masked.age() + 1);
                !day.isAfter(today.minusYears(masked.age()));
                day = day.plusDays(1)) {
            if (Period.between(day, today).getYears() != masked.age()) {
                continue;
            }
            for (int sequence = 0; sequence < 1000; sequence++) {
                String first17 = region
                        + day.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                        + String.format("%03d", sequence);
                String number = first17 + IdNumber.checkCharacter(first17);
                if (IdNumber.problem(number).isEmpty() && IdNumber.gender(number) == masked.gender()) {
                    candidates++;
                }
            }
        }
        assertThat(candidates).isGreaterThanOrEqualTo(1_000).isGreaterThan(100_000);
    }
}
