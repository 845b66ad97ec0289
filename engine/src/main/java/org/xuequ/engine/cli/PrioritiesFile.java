package org.xuequ.engine.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.xuequ.engine.allocation.InvalidMarketException;
import org.xuequ.engine.allocation.MarketBuilder;
import org.xuequ.engine.allocation.PriorityTier;

/** P.csv ({@code school_id,applicant_id,tier}) and PRE.csv ({@code applicant_id,school_id}). */
final class PrioritiesFile {

    private PrioritiesFile() {}

    static void readTiers(String file, MarketBuilder builder, ByteIds schools, ByteIds applicants)
            throws IOException, InputError {
        try (CsvReader csv = CsvReader.open(file, Path.of(file))) {
            csv.header("school_id,applicant_id,tier");
            int s = -1;
            int a = -1;
            while (csv.next()) {
                csv.requireFields(3);
                // rows usually come grouped by applicant (or school), in the applicants file's order:
                // try the previous and the next applicant before a hash lookup, which misses the cache
                s = csv.sameAs(0, schools, s) ? s : csv.lookup(0, schools, "school");
                if (!csv.sameAs(1, applicants, a)) {
                    a = a + 1 < applicants.size() && csv.sameAs(1, applicants, a + 1)
                            ? a + 1
                            : csv.lookup(1, applicants, "applicant");
                }
                int tier = Numbers.nonNegativeInt(csv.buffer(), csv.from(2), csv.to(2));
                if (tier < PriorityTier.HIGHEST || tier > PriorityTier.LOWEST) {
                    throw csv.error("tier must be an integer from " + PriorityTier.HIGHEST + " to "
                            + PriorityTier.LOWEST + ", got '" + csv.text(2) + "'");
                }
                try {
                    builder.priority(s, a, tier);
                } catch (InvalidMarketException e) {
                    throw csv.error(e.getMessage());
                }
            }
        }
    }

    static void readPreassigned(String file, MarketBuilder builder, ByteIds schools, ByteIds applicants)
            throws IOException, InputError {
        try (CsvReader csv = CsvReader.open(file, Path.of(file))) {
            csv.header("applicant_id,school_id");
            while (csv.next()) {
                csv.requireFields(2);
                int a = csv.lookup(0, applicants, "applicant");
                int s = csv.lookup(1, schools, "school");
                try {
                    builder.guaranteedSeat(a, s);
                } catch (InvalidMarketException e) {
                    throw csv.error(e.getMessage());
                }
            }
        }
    }
}
