package org.xuequ.platform;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * A resident identity card number (公民身份号码, GB 11643-1999): 6-digit address code, 8-digit birth
 * date, 3-digit sequence (odd = male), ISO 7064 MOD 11-2 check character. Never logged.
 */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final DateTimeFormatter BIRTH =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private IdNumber() {}

    /** Upper-cases the check character and trims; null stays null. */
    public static String normalise(String raw) {
        return raw == null ? null : raw.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** The message key of what is wrong with the number, or empty when it is valid. */
    public static Optional<String> problem(String number) {
        if (number == null || number.isBlank()) {
            return Optional.of("error.required");
        }
        if (!number.matches("\\d{17}[\\dX]")) {
            return Optional.of("error.id-number.format");
        }
        if (birthDate(number).isEmpty()) {
            return Optional.of("error.id-number.birth-date");
        }
        if (checkCharacter(number) != number.charAt(17)) {
            return Optional.of("error.id-number.checksum");
        }
        return Optional.empty();
    }

    /** The MOD 11-2 check character that completes the first 17 characters. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** The birth date the number encodes, if it is a real date. */
    public static Optional<LocalDate> birthDate(String number) {
        try {
            return Optional.of(LocalDate.parse(number.substring(6, 14), BIRTH));
        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** 'M' or 'F' from the sequence digit. */
    public static char gender(String number) {
        return (number.charAt(16) - '0') % 2 == 1 ? 'M' : 'F';
    }

    /**
     * Shows the 6-digit address code only: 110102************. The birth date and sequence stay hidden,
     * and so does the check character (it would cut the candidates elevenfold). See the enrollment module's ChildIdentity
     * for what else a masked view may carry without making the number guessable.
     */
    public static String mask(String number) {
        if (number == null || number.length() < 6) {
            return "******";
        }
        return number.substring(0, 6) + "*".repeat(number.length() - 6);
    }
}
