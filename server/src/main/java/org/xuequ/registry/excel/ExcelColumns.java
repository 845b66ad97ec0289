package org.xuequ.registry.excel;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import org.xuequ.platform.excel.ExcelSheet.Column;
import org.xuequ.platform.excel.ImportRow;

/** Columns and checks that several registry sheets share. */
final class ExcelColumns {

    static final Column REGION = new Column(
            "行政区代码", "regionCode", "6 位区划代码，空则为本人所在区 / 6-digit GB/T 2260 code; blank means your own region", 12);
    static final Column LONGITUDE = new Column("经度", "longitude", "WGS-84，73–136，与纬度同填 / with latitude", 12);
    static final Column LATITUDE = new Column("纬度", "latitude", "WGS-84，3–54，与经度同填 / with longitude", 12);

    private ExcelColumns() {}

    /** Longitude and latitude, checked as a pair and against China's extent (as the unit form does). */
    static BigDecimal[] coordinates(ImportRow row, int longitudeColumn, int latitudeColumn) {
        BigDecimal longitude = row.decimal(longitudeColumn, 73, 136, "error.longitude-china");
        BigDecimal latitude = row.decimal(latitudeColumn, 3, 54, "error.latitude-china");
        if (!row.bad() && (longitude == null) != (latitude == null)) {
            row.reject(longitude == null ? longitudeColumn : latitudeColumn, "error.coordinates-pair");
        }
        // The columns hold six decimals; more would be rounded by the database and then never match again.
        return new BigDecimal[] {scale(longitude), scale(latitude)};
    }

    private static BigDecimal scale(BigDecimal value) {
        return value == null ? null : value.setScale(6, java.math.RoundingMode.HALF_UP);
    }

    /** Numeric equality regardless of scale: 116.35 from Excel is the stored 116.350000. */
    static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
