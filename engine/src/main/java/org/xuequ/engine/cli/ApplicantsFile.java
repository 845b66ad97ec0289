package org.xuequ.engine.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.xuequ.engine.allocation.MarketBuilder;

/**
 * A.csv: {@code applicant_id,choices[,lottery]}, choices being school ids joined by '|'. Keeps the
 * applicant ids (as bytes) and the lottery numbers given in the file.
 */
final class ApplicantsFile {

    final ByteIds ids;
    final long[] givenNumbers;
    final boolean[] given;
    final int givenCount;

    private ApplicantsFile(ByteIds ids, long[] givenNumbers, boolean[] given, int givenCount) {
        this.ids = ids;
        this.givenNumbers = givenNumbers;
        this.given = given;
        this.givenCount = givenCount;
    }

    static ApplicantsFile read(String file, MarketBuilder builder, ByteIds schools) throws IOException, InputError {
        int[] choices = new int[Math.max(16, schools.size())];
        try (CsvReader csv = CsvReader.open(file, Path.of(file))) {
            boolean lotteryColumn = csv.header("applicant_id,choices", "applicant_id,choices,lottery") == 1;
            int expected = csv.estimatedRows();
            ByteIds applicants = new ByteIds(expected, false); // indexed in bulk after reading
            int[] lines = new int[expected];
            builder.expect(expected, expected + csv.estimated((byte) '|'));
            long[] numbers = new long[expected];
            boolean[] given = new boolean[expected];
            int givenCount = 0;
            while (csv.next()) {
                csv.requireFields(lotteryColumn ? 3 : 2);
                byte[] b = csv.buffer();
                String id = csv.nonEmpty(0, "applicant_id");
                int a = applicants.add(b, csv.from(0), csv.to(0));
                if (a == lines.length) {
                    lines = Arrays.copyOf(lines, a * 2);
                }
                lines[a] = (int) Math.min(Integer.MAX_VALUE, csv.line());
                int count = choices(csv, schools, choices);
                if (a == numbers.length) {
                    numbers = Arrays.copyOf(numbers, a * 2);
                    given = Arrays.copyOf(given, a * 2);
                }
                if (lotteryColumn && csv.length(2) > 0) {
                    try {
                        numbers[a] = Numbers.unsignedLong(b, csv.from(2), csv.to(2));
                    } catch (NumberFormatException e) {
                        throw csv.error(
                                "lottery must be an integer from 0 to 18446744073709551615, got '" + csv.text(2) + "'");
                    }
                    given[a] = true;
                    givenCount++;
                }
                builder.applicant(id, choices, count);
            }
            int repeat = applicants.firstRepeat();
            if (repeat >= 0) {
                throw InputError.at(file, lines[repeat], "applicant " + applicants.text(repeat) + " is listed twice");
            }
            return new ApplicantsFile(applicants, numbers, given, givenCount);
        }
    }

    /** Splits field 1 at '|' into school indexes, hashing each id while looking for its end. */
    private static int choices(CsvReader csv, ByteIds schools, int[] choices) throws InputError {
        byte[] b = csv.buffer();
        int count = 0;
        int start = csv.from(1);
        int end = csv.to(1);
        int hash = ByteIds.START;
        for (int i = start; end > csv.from(1) && i <= end; i++) {
            if (i < end && b[i] != '|') {
                hash = ByteIds.step(hash, b[i]);
                continue;
            }
            if (i == start) {
                throw csv.error("empty school id in choices");
            }
            int s = schools.find(b, start, i, ByteIds.finish(hash));
            if (s < 0) {
                throw csv.error("unknown school " + text(b, start, i) + " in choices");
            }
            for (int k = 0; k < count; k++) {
                if (choices[k] == s) {
                    throw csv.error("school " + text(b, start, i) + " is listed twice in choices");
                }
            }
            choices[count++] = s; // distinct schools, so never more than the array holds
            start = i + 1;
            hash = ByteIds.START;
        }
        return count;
    }

    private static String text(byte[] b, int from, int to) {
        return new String(b, from, to - from, StandardCharsets.UTF_8);
    }
}
