package org.xuequ.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xuequ.engine.allocation.AllocationResult;
import org.xuequ.engine.allocation.Market;

/**
 * {@code verify}: replays a published draw from the revealed seed and the published inputs and
 * compares every row of the published result with the replay. Optionally checks the seed against the
 * commitment published before the draw.
 */
final class Verification {

    private static final int SHOWN = 20;

    private Verification() {}

    static int run(Arguments args, PrintStream out) throws IOException, InputError {
        String resultFile = args.require("result");
        EnrollmentFiles in = EnrollmentFiles.read(args, new PhaseTimer(null));
        List<String> differences = new ArrayList<>();
        int total = 0;
        if (args.has("commitment")) {
            if (in.draw == null) {
                throw new InputError("--commitment needs --seed");
            }
            String published = args.get("commitment").toLowerCase(Locale.ROOT);
            if (!published.equals(in.draw.commitment())) {
                differences.add("the seed's SHA-256 is " + in.draw.commitment() + ", not the published " + published);
                total++;
            }
        }
        AllocationResult result = in.run.run(in.market, in.lottery);
        Market market = in.market;
        boolean[] seen = new boolean[market.applicantCount()];
        try (CsvReader csv = CsvReader.open(resultFile, Path.of(resultFile))) {
            csv.header(ResultCsv.RESULT_HEADER);
            while (csv.next()) {
                if (csv.fields() != 3) {
                    throw csv.error("expected 3 fields, found " + csv.fields());
                }
                String where = csv.name() + ":" + csv.line() + ": ";
                int a = in.applicants.find(csv.buffer(), csv.from(0), csv.to(0));
                String problem = null;
                if (a < 0) {
                    problem = "applicant " + csv.text(0) + " is not in the applicants file";
                } else if (seen[a]) {
                    problem = "applicant " + csv.text(0) + " appears twice";
                } else {
                    seen[a] = true;
                    int s = result.schoolOf(a);
                    String expected = s < 0 ? "" : market.schoolId(s);
                    String school = csv.text(1);
                    long lottery;
                    try {
                        lottery = Numbers.unsignedLong(csv.buffer(), csv.from(2), csv.to(2));
                    } catch (NumberFormatException e) {
                        throw csv.error("lottery must be an integer from 0 to 18446744073709551615");
                    }
                    if (!school.equals(expected)) {
                        problem = "applicant " + csv.text(0) + " has school '" + school + "', the replay gives '"
                                + expected + "'";
                    } else if (lottery != result.lotteryNumber(a)) {
                        problem = "applicant " + csv.text(0) + " has lottery " + Long.toUnsignedString(lottery)
                                + ", the replay gives " + Long.toUnsignedString(result.lotteryNumber(a));
                    }
                }
                if (problem != null) {
                    total++;
                    if (differences.size() < SHOWN) {
                        differences.add(where + problem);
                    }
                }
            }
        }
        for (int a = 0; a < seen.length; a++) {
            if (!seen[a]) {
                total++;
                if (differences.size() < SHOWN) {
                    differences.add(resultFile + ": applicant " + market.applicantId(a) + " is missing");
                }
            }
        }
        if (total == 0) {
            out.printf("verified: %d applicants, the published result is reproduced exactly%n", seen.length);
            return Main.OK;
        }
        differences.forEach(out::println);
        out.printf(
                "%d difference%s%s%n",
                total,
                total == 1 ? "" : "s",
                total > differences.size() ? " (first " + differences.size() + " shown)" : "");
        return Main.DIFFERENT;
    }
}
