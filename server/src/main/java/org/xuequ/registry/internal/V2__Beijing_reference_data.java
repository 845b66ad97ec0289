package org.xuequ.registry.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

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
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into region (code, name, city_code) values (?, ?, ?)")) {
            for (String[] row : read("db/reference/beijing-regions.csv")) {
                insert.setString(1, row[0]);
                insert.setString(2, row[1]);
                insert.setString(3, row[2]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into subdistrict (code, region_code, name) values (?, ?, ?)")) {
            for (String[] row : read("db/reference/beijing-subdistricts.csv")) {
                insert.setString(1, row[0]);
                insert.setString(2, row[2]);
                insert.setString(3, row[1]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The files are simple: no commas inside fields, names in double quotes. Header skipped. */
    static List<String[]> read(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    String[] fields = line.split(",", -1);
                    for (int i = 0; i < fields.length; i++) {
                        fields[i] = fields[i].strip().replace("\"", "");
                    }
                    rows.add(fields);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
