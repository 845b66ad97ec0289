package org.xuequ.enrollment.children;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.xuequ.platform.IdNumber;

/** GB 11643-1999 resident identity numbers: format, birth date, MOD 11-2 check character, masking. */
class IdNumberTest {

    @Test
    void theStandardsWorkedExampleIsValid() {
        // GB 11643-1999 appendix example: 11010519491231002X
        assertThat(IdNumber.problem("11010519491231002X")).isEmpty();
        assertThat(IdNumber.birthDate("11010519491231002X")).contains(LocalDate.of(1949, 12, 31));
        assertThat(IdNumber.gender("11010519491231002X")).isEqualTo('F');
    }

    @Test
    void aWrongCheckCharacterOrDateOrFormatIsNamed() {
        assertThat(IdNumber.problem("110105194912310021")).contains("error.id-number.checksum");
        assertThat(IdNumber.problem("110105194902310028")).contains("error.id-number.birth-date");
        assertThat(IdNumber.problem("11010519491231002")).contains("error.id-number.format");
        assertThat(IdNumber.problem(null)).contains("error.required");
    }

    @Test
    void maskingKeepsTheAddressCodeOnly() {
        assertThat(IdNumber.mask("11010519491231002X")).isEqualTo("110105************");
    }
}
