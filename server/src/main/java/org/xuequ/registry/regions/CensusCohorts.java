package org.xuequ.registry.regions;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The 2020 census (七普) by region: population, households and the youngest age bands, the base
 * of enrollment forecasts. Source: leiii/census (MIT, Copyright (c) 2022 Lei Dong). Public data,
 * so any signed-in user may read it.
 */
@Service
public class CensusCohorts {

    public static final String ATTRIBUTION = "2020 census via leiii/census (MIT, Copyright (c) 2022 Lei Dong)";

    private final JdbcClient jdbc;

    CensusCohorts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** People of an age band (0, 1-4, 5-9, 10-14, ...) by sex. */
    public record AgeBand(String band, int male, int female) {}

    /** A region's 2020 census figures, with the source to cite. */
    public record RegionCensus(
            String code,
            String name,
            int population,
            int households,
            BigDecimal householdSize,
            List<AgeBand> ageBands,
            String source) {}

    public Optional<RegionCensus> of(String regionCode) {
        List<AgeBand> bands = jdbc.sql("""
                        select band, male, female from census_age_band where region_code = ?
                         order by case band when '0' then 0 when '1-4' then 1 when '5-9' then 2 when '10-14' then 3 else 4 end""")
                .param(regionCode)
                .query((rs, n) -> new AgeBand(rs.getString(1), rs.getInt(2), rs.getInt(3)))
                .list();
        return jdbc.sql("select code, name, population, households, household_size from census_region where code = ?")
                .param(regionCode)
                .query((rs, n) -> new RegionCensus(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getBigDecimal(5),
                        bands,
                        ATTRIBUTION))
                .optional();
    }
}
