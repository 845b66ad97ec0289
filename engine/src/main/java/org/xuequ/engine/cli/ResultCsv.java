package org.xuequ.engine.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.xuequ.engine.allocation.AllocationResult;
import org.xuequ.engine.allocation.Cutoff;
import org.xuequ.engine.allocation.Market;
import org.xuequ.engine.allocation.PriorityTier;

/** Writes OUT.csv (one row per applicant, input order) and CUT.csv (one row per stage and school). */
final class ResultCsv {

    private ResultCsv() {}

    static final String RESULT_HEADER = "applicant_id,school_id,lottery";
    static final String CUTOFF_HEADER = "stage,school_id,seats,admitted,cutoff_tier,cutoff_lottery,round";

    static void writeResult(EnrollmentFiles in, AllocationResult result, OutputStream out) throws IOException {
        Market market = in.market;
        byte[][] schoolField = new byte[market.schoolCount()][];
        for (int s = 0; s < schoolField.length; s++) {
            schoolField[s] = field(market.schoolId(s));
        }
        byte[] buf = new byte[1 << 16];
        int w = put(buf, 0, (RESULT_HEADER + "\n").getBytes(StandardCharsets.US_ASCII));
        ByteIds ids = in.applicants;
        byte[] pool = ids.pool();
        for (int a = 0; a < ids.size(); a++) {
            int length = ids.length(a);
            int s = result.schoolOf(a);
            int needed = 2 * length + 2 + (s >= 0 ? schoolField[s].length : 0) + 24;
            if (w + needed > buf.length) {
                out.write(buf, 0, w);
                w = 0;
                if (needed > buf.length) {
                    buf = new byte[needed];
                }
            }
            w = putField(buf, w, pool, ids.offset(a), length);
            buf[w++] = ',';
            if (s >= 0) {
                w = put(buf, w, schoolField[s]);
            }
            buf[w++] = ',';
            w = Numbers.writeUnsigned(result.lotteryNumber(a), buf, w);
            buf[w++] = '\n';
        }
        out.write(buf, 0, w);
    }

    static void writeCutoffs(AllocationResult result, OutputStream out) throws IOException {
        StringBuilder text = new StringBuilder(CUTOFF_HEADER).append('\n');
        for (Cutoff cutoff : result.cutoffs()) {
            boolean any = cutoff.admitted() > 0;
            text.append(new String(field(cutoff.stage()), StandardCharsets.UTF_8))
                    .append(',')
                    .append(new String(field(cutoff.schoolId()), StandardCharsets.UTF_8))
                    .append(',')
                    .append(cutoff.seats())
                    .append(',')
                    .append(cutoff.admitted())
                    .append(',')
                    .append(any ? PriorityTier.label(cutoff.tier()) : "")
                    .append(',')
                    .append(any ? Long.toUnsignedString(cutoff.lottery()) : "")
                    .append(',')
                    .append(cutoff.round() > 0 ? Integer.toString(cutoff.round()) : "")
                    .append('\n');
        }
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The id as a CSV field: quoted when it holds a comma, quote or line break. */
    static byte[] field(String id) {
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[bytes.length * 2 + 2];
        return java.util.Arrays.copyOf(out, putField(out, 0, bytes, 0, bytes.length));
    }

    private static int putField(byte[] out, int w, byte[] src, int from, int length) {
        boolean quote = false;
        for (int i = from; i < from + length; i++) {
            byte b = src[i];
            quote |= b == ',' || b == '"' || b == '\n' || b == '\r';
        }
        if (!quote) {
            System.arraycopy(src, from, out, w, length);
            return w + length;
        }
        out[w++] = '"';
        for (int i = from; i < from + length; i++) {
            if (src[i] == '"') {
                out[w++] = '"';
            }
            out[w++] = src[i];
        }
        out[w++] = '"';
        return w;
    }

    private static int put(byte[] out, int w, byte[] bytes) {
        System.arraycopy(bytes, 0, out, w, bytes.length);
        return w + bytes.length;
    }
}
