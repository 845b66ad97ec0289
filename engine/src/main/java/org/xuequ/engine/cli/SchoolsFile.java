package org.xuequ.engine.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.xuequ.engine.allocation.MarketBuilder;

/** S.csv: {@code school_id,capacity}. */
final class SchoolsFile {

    private SchoolsFile() {}

    static ByteIds read(String file, MarketBuilder builder) throws IOException, InputError {
        try (CsvReader csv = CsvReader.open(file, Path.of(file))) {
            csv.header("school_id,capacity");
            ByteIds schools = new ByteIds(csv.estimatedRows(), true);
            while (csv.next()) {
                csv.requireFields(2);
                String id = csv.nonEmpty(0, "school_id");
                int capacity = Numbers.nonNegativeInt(csv.buffer(), csv.from(1), csv.to(1));
                if (capacity < 0) {
                    throw csv.error("capacity must be a non-negative integer, got '" + csv.text(1) + "'");
                }
                if (schools.add(csv.buffer(), csv.from(0), csv.to(0)) < 0) {
                    throw csv.error("school " + id + " is listed twice");
                }
                builder.school(id, capacity);
            }
            return schools;
        }
    }
}
