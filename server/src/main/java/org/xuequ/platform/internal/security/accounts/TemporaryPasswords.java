package org.xuequ.platform.internal.security.accounts;

import java.security.SecureRandom;

/**
 * Passwords the platform makes up (first administrator, administrator resets). No look-alike
 * characters (0/O, 1/l/I), since people copy them by hand; every one passes the password policy.
 */
final class TemporaryPasswords {

    static final int LENGTH = 16;
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final String ALL = LOWER + UPPER + DIGITS;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {}

    static String generate(PasswordPolicy policy, String username) {
        while (true) {
            StringBuilder password = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                password.append(ALL.charAt(RANDOM.nextInt(ALL.length())));
            }
            String candidate = password.toString();
            if (PasswordPolicy.characterClasses(candidate) >= PasswordPolicy.MIN_CLASSES
                    && policy.check(candidate, username, current -> false).isEmpty()) {
                return candidate;
            }
        }
    }
}
