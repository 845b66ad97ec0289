package org.xuequ.engine.lottery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The computer lottery (电脑派位): one unsigned 64-bit number per applicant, derived from a secret seed.
 *
 * <p>{@code number(seed, id)} is the first 8 bytes, read big-endian as an unsigned integer, of
 * {@code SHA-256(seed bytes || UTF-8 bytes of the applicant id)}. The function is deliberately plain so
 * that a parent can recompute their own number with any SHA-256 tool once the seed is revealed.
 * Before the draw only {@link #commitment()} (SHA-256 of the seed bytes) is published; it binds the
 * commission to the seed without revealing it. Smaller numbers win ("小号优先").
 *
 * <p>Instances are immutable and thread-safe; each thread uses its own digest.
 */
public final class Lottery {

    private static final HexFormat HEX = HexFormat.of();

    private final byte[] seed;
    private final ThreadLocal<MessageDigest> digest = ThreadLocal.withInitial(Lottery::newSha256);

    private Lottery(byte[] seed) {
        if (seed.length == 0) {
            throw new IllegalArgumentException("the lottery seed must not be empty");
        }
        this.seed = seed.clone();
    }

    /** A lottery from raw seed bytes. */
    public static Lottery ofSeed(byte[] seed) {
        return new Lottery(Objects.requireNonNull(seed, "seed"));
    }

    /** A lottery from a seed written in hexadecimal (case-insensitive, even number of digits). */
    public static Lottery ofHexSeed(String hex) {
        return new Lottery(parseSeed(hex));
    }

    /** Decodes a hexadecimal seed; the message says what is wrong with it. */
    public static byte[] parseSeed(String hex) {
        Objects.requireNonNull(hex, "seed");
        if (hex.isEmpty()) {
            throw new IllegalArgumentException("the seed is empty");
        }
        if (hex.length() % 2 != 0) {
            throw new IllegalArgumentException("the seed must have an even number of hex digits, got " + hex.length());
        }
        try {
            return HEX.parseHex(hex);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the seed is not hexadecimal: " + hex, e);
        }
    }

    /** SHA-256 of the seed bytes, lower-case hex: what is published before the draw. */
    public static String commitment(byte[] seed) {
        return HEX.formatHex(newSha256().digest(seed));
    }

    /** SHA-256 of this lottery's seed, lower-case hex. */
    public String commitment() {
        return commitment(seed);
    }

    /** The seed in lower-case hex: what is revealed after the draw. */
    public String seedHex() {
        return HEX.formatHex(seed);
    }

    /** The applicant's number, an unsigned 64-bit value (compare with {@link Long#compareUnsigned}). */
    public long number(String applicantId) {
        byte[] id = applicantId.getBytes(StandardCharsets.UTF_8);
        return number(id, 0, id.length);
    }

    /** The number for an applicant id given as UTF-8 bytes (lets a file reader skip decoding). */
    public long number(byte[] utf8Id, int offset, int length) {
        MessageDigest sha = digest.get();
        sha.update(seed);
        sha.update(utf8Id, offset, length);
        byte[] hash = sha.digest();
        long n = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            n = (n << 8) | (hash[i] & 0xFF);
        }
        return n;
    }

    /** The numbers of many applicants, in the order given; uses all cores for large inputs. */
    public long[] numbers(String[] applicantIds) {
        long[] out = new long[applicantIds.length];
        java.util.stream.IntStream range = java.util.stream.IntStream.range(0, applicantIds.length);
        if (applicantIds.length >= 10_000) {
            range = range.parallel();
        }
        range.forEach(i -> out[i] = number(applicantIds[i]));
        return out;
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
