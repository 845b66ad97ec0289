package org.xuequ.enrollment.applications;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.xuequ.enrollment.cycles.Level;

/**
 * 报名号: the school year, P (小学) or J (小升初), a dash and ten random Crockford base32 characters
 * (2027P-7K3QX0M9AD). Random, not a sequence: the numbers are published with a draw's inputs, and a
 * sequence would let anyone walk through every applicant. 32^10 ≈ 10^15 values; uniqueness is a
 * database constraint, collisions are retried by the callers.
 */
public final class ApplicationNumber {

    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int LENGTH = 10;
    private static final RandomGenerator SECURE = new SecureRandom();

    private ApplicationNumber() {}

    public static String prefix(int schoolYear, Level level) {
        return schoolYear + (level == Level.PRIMARY ? "P-" : "J-");
    }

    /** A fresh number from a cryptographically strong source. */
    public static String random(int schoolYear, Level level) {
        StringBuilder number = new StringBuilder(prefix(schoolYear, level));
        for (int i = 0; i < LENGTH; i++) {
            number.append(CROCKFORD[SECURE.nextInt(CROCKFORD.length)]);
        }
        return number.toString();
    }

    /** As typed by a parent: case and Crockford's look-alikes (O for 0, I and L for 1) do not matter. */
    public static String normalise(String typed) {
        String number = typed.strip().toUpperCase(Locale.ROOT);
        int dash = number.indexOf('-');
        if (dash < 0) {
            return number;
        }
        return number.substring(0, dash + 1)
                + number.substring(dash + 1).replace('O', '0').replace('I', '1').replace('L', '1');
    }
}
