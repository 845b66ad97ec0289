package org.xuequ.engine.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.xuequ.engine.allocation.InvalidMarketException;
import org.xuequ.engine.allocation.MarketBuilder;

/**
 * The region stage's positions (WGS-84 degrees): SL.csv {@code school_id,lon,lat} and AL.csv
 * {@code applicant_id,lon,lat} (the applicant's address block). A school or applicant without a row
 * has no position and takes no part in the region stage.
 */
final class LocationsFile {

    /** Plain decimal degrees: optional minus, digits, optional fraction ("116.4", "-0.5"); no exponent. */
    private static final Pattern DEGREES = Pattern.compile("-?[0-9]{1,3}(\\.[0-9]+)?");

    private LocationsFile() {}

    static void readSchools(String file, MarketBuilder builder, ByteIds schools) throws IOException, InputError {
        read(file, "school_id", builder, schools, true);
    }

    static void readApplicants(String file, MarketBuilder builder, ByteIds applicants) throws IOException, InputError {
        read(file, "applicant_id", builder, applicants, false);
    }

    private static void read(String file, String idColumn, MarketBuilder builder, ByteIds ids, boolean schools)
            throws IOException, InputError {
        try (CsvReader csv = CsvReader.open(file, Path.of(file))) {
            csv.header(idColumn + ",lon,lat");
            while (csv.next()) {
                csv.requireFields(3);
                int index = csv.lookup(0, ids, schools ? "school" : "applicant");
                double lon = degrees(csv, 1, "lon", 180);
                double lat = degrees(csv, 2, "lat", 90);
                try {
                    if (schools) {
                        builder.schoolLocation(index, lon, lat);
                    } else {
                        builder.applicantLocation(index, lon, lat);
                    }
                } catch (InvalidMarketException e) {
                    throw csv.error(e.getMessage()); // given twice: ranges are checked above
                }
            }
        }
    }

    private static double degrees(CsvReader csv, int field, String column, int limit) throws InputError {
        String text = csv.text(field);
        if (!DEGREES.matcher(text).matches()) {
            throw csv.error(column + " must be a decimal number of degrees, got '" + text + "'");
        }
        double value = Double.parseDouble(text);
        if (value < -limit || value > limit) {
            throw csv.error(column + " " + text + " is outside -" + limit + "…" + limit);
        }
        return value;
    }
}
