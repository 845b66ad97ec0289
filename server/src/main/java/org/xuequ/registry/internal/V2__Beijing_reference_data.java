package org.xuequ.registry.internal;

import java.sql.PreparedStatement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import org.xuequ.platform.excel.ReferenceCsv;

/**
 * Loads Beijing's 16 regions and 349 subdistricts (GB/T 2260) from the unchanged CSV copies in
 * db/reference/ (source and licence in db/reference/README.md). A Java migration so that the CSV
 * stays the single source of the data.
 */
@Component
class V2__Beijing_reference_data extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        try (PreparedStatement insert =
                connection.prepareStatement("insert into region (code, name, city_code) values (?, ?, ?)")) {
            for (String[] row : ReferenceCsv.read("db/reference/beijing-regions.csv")) {
                insert.setString(1, row[0]);
                insert.setString(2, row[1]);
                insert.setString(3, row[2]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert =
                connection.prepareStatement("insert into subdistrict (code, region_code, name) values (?, ?, ?)")) {
            for (String[] row : ReferenceCsv.read("db/reference/beijing-subdistricts.csv")) {
                insert.setString(1, row[0]);
                insert.setString(2, row[2]);
                insert.setString(3, row[1]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
