package org.xuequ.engine.cli;

/** Parsing of the integers in input files, straight from the read buffer. */
final class Numbers {

    private Numbers() {}

    /** A non-negative decimal int, or -1 if the field is not one. */
    static int nonNegativeInt(byte[] buf, int from, int to) {
        if (from == to || to - from > 10) {
            return -1;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            int digit = buf[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value > Integer.MAX_VALUE ? -1 : (int) value;
    }

    /**
     * A decimal number from 0 to 2^64 - 1, returned as the unsigned long with those bits.
     *
     * @throws NumberFormatException if the field is not one
     */
    static long unsignedLong(byte[] buf, int from, int to) {
        if (from == to || to - from > 20) {
            throw new NumberFormatException();
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            int digit = buf[i] - '0';
            if (digit < 0 || digit > 9) {
                throw new NumberFormatException();
            }
            long times10 = value * 10;
            if (Long.compareUnsigned(value, Long.divideUnsigned(-1L, 10)) > 0
                    || Long.compareUnsigned(times10 + digit, times10) < 0) {
                throw new NumberFormatException(); // above 2^64 - 1
            }
            value = times10 + digit;
        }
        return value;
    }

    /** Writes the unsigned decimal digits of the value into out at w; returns the new w. */
    static int writeUnsigned(long value, byte[] out, int w) {
        int first = w;
        long rest = value;
        if (rest < 0) { // top bit set: take the last digit with unsigned arithmetic first
            long quotient = Long.divideUnsigned(rest, 10);
            out[w++] = (byte) ('0' + (rest - quotient * 10));
            rest = quotient;
        }
        do {
            out[w++] = (byte) ('0' + rest % 10);
            rest /= 10;
        } while (rest > 0);
        for (int i = first, j = w - 1; i < j; i++, j--) { // digits came out last first
            byte t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
        return w;
    }
}
