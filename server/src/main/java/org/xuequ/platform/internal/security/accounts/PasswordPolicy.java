package org.xuequ.platform.internal.security.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The one password policy, used when an account is created, when its owner changes the password and
 * when an administrator sets one. Spring-free, so its rules are unit-tested on their own.
 * Refusals are values; the web layer turns them into field errors.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    /** Long passphrases need not mix character classes: length beats composition. */
    static final int PASSPHRASE_LENGTH = 16;

    static final int MIN_CLASSES = 3;

    /** Why a password was refused; {@link #messageKey()} names the reason in messages*.properties. */
    enum Refusal {
        TOO_SHORT("error.password-short"),
        TOO_FEW_CHARACTER_CLASSES("error.password-classes"),
        CONTAINS_USERNAME("error.password-contains-username"),
        COMMON("error.password-common"),
        SAME_AS_CURRENT("error.password-same");

        private final String messageKey;

        Refusal(String messageKey) {
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    private final Set<String> common;

    PasswordPolicy(Set<String> common) {
        this.common = Set.copyOf(common);
    }

    /** The policy with the bundled list of well-known weak passwords (security/common-passwords.txt). */
    static PasswordPolicy standard() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing from the classpath");
            }
            Set<String> words = new HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> words.add(line.toLowerCase(Locale.ROOT)));
            return new PasswordPolicy(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every rule the candidate breaks, empty when it is acceptable.
     *
     * @param isCurrent tells whether the candidate is the account's current password (always false for new accounts)
     */
    Set<Refusal> check(String candidate, String username, Predicate<String> isCurrent) {
        Set<Refusal> refusals = EnumSet.noneOf(Refusal.class);
        if (candidate == null || candidate.length() < MIN_LENGTH) {
            refusals.add(Refusal.TOO_SHORT);
            return refusals;
        }
        if (candidate.length() < PASSPHRASE_LENGTH && characterClasses(candidate) < MIN_CLASSES) {
            refusals.add(Refusal.TOO_FEW_CHARACTER_CLASSES);
        }
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (username != null
                && !username.isBlank()
                && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            refusals.add(Refusal.CONTAINS_USERNAME);
        }
        if (common.contains(lower) || common.contains(core(lower))) {
            refusals.add(Refusal.COMMON);
        }
        if (refusals.isEmpty() && isCurrent.test(candidate)) {
            refusals.add(Refusal.SAME_AS_CURRENT);
        }
        return refusals;
    }

    /** Lower case, upper case, digits, everything else. */
    static int characterClasses(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); ) {
            int c = password.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    /**
     * The word inside the usual decoration: "Password@2024!" is "password" with digits and symbols
     * around it, and guessing tools try exactly those variations first.
     */
    private static String core(String lower) {
        int start = 0;
        int end = lower.length();
        while (start < end && !Character.isLetter(lower.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        return lower.substring(start, end);
    }
}
