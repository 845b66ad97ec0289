package org.xuequ.registry.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import org.xuequ.platform.excel.ReferenceCsv;

/**
 * Loads the 2020 census cohorts from the unchanged copy db/reference/beijing-census-2020-age.csv
 * (leiii/census, MIT, Copyright (c) 2022 Lei Dong).
 */
@Component
class V11__Census_2020_cohorts extends BaseJavaMigration {

    private static final String[] BANDS = {"0", "1-4", "5-9", "10-14", "15-19"};

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        try (PreparedStatement region = connection.prepareStatement(
                        "insert into census_region (code, name, population, households, household_size) values (?, ?, ?, ?, ?)");
                PreparedStatement band = connection.prepareStatement(
                        "insert into census_age_band (region_code, band, male, female) values (?, ?, ?, ?)")) {
            for (String[] row : ReferenceCsv.read("db/reference/beijing-census-2020-age.csv")) {
                region.setString(1, row[0]);
                region.setString(2, row[1]);
                region.setInt(3, Integer.parseInt(row[2]));
                region.setInt(4, Integer.parseInt(row[3]));
                region.setBigDecimal(5, new BigDecimal(row[4]));
                region.addBatch();
                for (int i = 0; i < BANDS.length; i++) {
                    band.setString(1, row[0]);
                    band.setString(2, BANDS[i]);
                    band.setInt(3, Integer.parseInt(row[5 + 2 * i]));
                    band.setInt(4, Integer.parseInt(row[6 + 2 * i]));
                    band.addBatch();
                }
            }
            region.executeBatch();
            band.executeBatch();
        }
    }
}
