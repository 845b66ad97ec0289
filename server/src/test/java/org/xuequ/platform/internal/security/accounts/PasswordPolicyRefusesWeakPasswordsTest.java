package org.xuequ.platform.internal.security.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xuequ.platform.internal.security.accounts.PasswordPolicy.Refusal;

/** The password rules on their own: no Spring, no database. */
class PasswordPolicyRefusesWeakPasswordsTest {

    private static final PasswordPolicy POLICY = PasswordPolicy.standard();

    private static Set<Refusal> check(String candidate, String username) {
        return POLICY.check(candidate, username, current -> false);
    }

    @Test
    void aLongMixedPasswordIsAccepted() {
        assertThat(check("Tide-Lamp-83", "zhangsan")).isEmpty();
        assertThat(check("Xuequ@2026", "admin")).isEmpty();
    }

    @Test
    void fewerThanTenCharactersIsTooShortWhateverTheMix() {
        assertThat(check("Tide-L4mp", "zhangsan")).containsExactly(Refusal.TOO_SHORT);
        assertThat(check("", "zhangsan")).containsExactly(Refusal.TOO_SHORT);
        assertThat(check(null, "zhangsan")).containsExactly(Refusal.TOO_SHORT);
    }

    @Test
    void tenCharactersNeedThreeOfTheFourCharacterClasses() {
        assertThat(check("tidelampxx", "zhangsan")).containsExactly(Refusal.TOO_FEW_CHARACTER_CLASSES);
        assertThat(check("tidelamp83", "zhangsan")).containsExactly(Refusal.TOO_FEW_CHARACTER_CLASSES);
        assertThat(check("Tidelamp83", "zhangsan")).isEmpty();
        assertThat(check("tide-lamp83", "zhangsan")).isEmpty();
    }

    @Test
    void aPassphraseOfSixteenCharactersNeedsNoMix() {
        assertThat(check("tidelampriverfog", "zhangsan")).isEmpty();
        assertThat(check("tidelampriverfo", "zhangsan")).containsExactly(Refusal.TOO_FEW_CHARACTER_CLASSES);
    }

    @Test
    void thePasswordMayNotContainTheUsernameInAnyCase() {
        assertThat(check("My-ZhangSan-7", "zhangsan")).containsExactly(Refusal.CONTAINS_USERNAME);
        assertThat(check("zhangsan-Pass7", " ZHANGSAN ")).containsExactly(Refusal.CONTAINS_USERNAME);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1qaz@WSX3edc",
                "Password@2024!",
                "P@ssw0rd2026",
                "Qwerty123456!",
                "Admin@123456",
                "woaini1314",
                "QWERTYUIOP123",
                "1234567890"
            })
    void wellKnownPasswordsAndKeyboardPatternsAreRefusedEvenDecorated(String weak) {
        assertThat(check(weak, "zhangsan")).contains(Refusal.COMMON);
    }

    @Test
    void theBundledListHoldsAboutTwoHundredEntries() throws Exception {
        try (var in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            long entries = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .count();
            assertThat(entries).isBetween(180L, 400L);
        }
    }

    @Test
    void theCurrentPasswordIsRefusedAsTheNewOne() {
        assertThat(POLICY.check("Tide-Lamp-83", "zhangsan", "Tide-Lamp-83"::equals))
                .containsExactly(Refusal.SAME_AS_CURRENT);
        assertThat(POLICY.check("Tide-Lamp-84", "zhangsan", "Tide-Lamp-83"::equals))
                .isEmpty();
    }

    @Test
    void everyRefusalNamesAMessage() {
        for (Refusal refusal : Refusal.values()) {
            assertThat(refusal.messageKey()).startsWith("error.password-");
        }
    }

    @Test
    void characterClassesCountLowerUpperDigitsAndTheRest() {
        assertThat(PasswordPolicy.characterClasses("abc")).isEqualTo(1);
        assertThat(PasswordPolicy.characterClasses("aB3")).isEqualTo(3);
        assertThat(PasswordPolicy.characterClasses("aB3-")).isEqualTo(4);
        assertThat(PasswordPolicy.characterClasses("学区学区")).isEqualTo(1);
    }
}
