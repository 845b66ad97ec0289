package org.xuequ.registry.excel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xuequ.registry.DistrictKind;

/**
 * Reference facts an import checks rows against, read once per import with plain SQL (a 50,000-row
 * file must not cost 50,000 queries): regions, subdistricts, and each region's districts.
 */
@Component
class ExcelFacts {

    private final JdbcClient jdbc;

    ExcelFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record District(long id, String name, DistrictKind kind, List<String> subdistricts) {}

    /** A region's districts, found by name, or by "name（kind）" where two kinds share a name. */
    static final class Districts {
        private final Map<String, List<District>> byName = new HashMap<>();
        private final Map<Long, District> byId = new HashMap<>();
        private final Map<String, Set<Long>> bySubdistrict = new HashMap<>();

        Districts(List<District> districts) {
            for (District d : districts) {
                byName.computeIfAbsent(d.name(), n -> new ArrayList<>()).add(d);
                byId.put(d.id(), d);
                d.subdistricts()
                        .forEach(code -> bySubdistrict
                                .computeIfAbsent(code, c -> new HashSet<>())
                                .add(d.id()));
            }
        }

        /** Empty when unknown or ambiguous; {@link #isAmbiguous} tells which. */
        Optional<District> find(String cell) {
            List<District> named = byName.getOrDefault(cell, List.of());
            if (named.size() == 1) {
                return Optional.of(named.get(0));
            }
            int open = cell.lastIndexOf('（');
            if (open > 0 && cell.endsWith("）")) {
                DistrictKind kind =
                        ExcelLabels.DISTRICT_KINDS.accepted().get(cell.substring(open + 1, cell.length() - 1));
                return byName.getOrDefault(cell.substring(0, open), List.of()).stream()
                        .filter(d -> d.kind() == kind)
                        .findFirst();
            }
            return Optional.empty();
        }

        boolean isAmbiguous(String cell) {
            return byName.getOrDefault(cell, List.of()).size() > 1;
        }

        /** What an export writes, so that the import finds the same district again. */
        String label(Long id) {
            District d = id == null ? null : byId.get(id);
            if (d == null) {
                return null;
            }
            return byName.get(d.name()).size() == 1
                    ? d.name()
                    : d.name() + "（" + ExcelLabels.DISTRICT_KINDS.label(d.kind()) + "）";
        }

        District get(long id) {
            return byId.get(id);
        }

        /** The districts covering a subdistrict: a district office's claim on the address blocks there. */
        Set<Long> covering(String subdistrictCode) {
            return bySubdistrict.getOrDefault(subdistrictCode, Set.of());
        }
    }

    Set<String> regions() {
        return new HashSet<>(
                jdbc.sql("select code from region").query(String.class).list());
    }

    /** Subdistrict code to its region code. */
    Map<String, String> subdistricts() {
        Map<String, String> regions = new HashMap<>();
        jdbc.sql("select code, region_code from subdistrict")
                .query((rs, n) -> regions.put(rs.getString(1), rs.getString(2)))
                .list();
        return regions;
    }

    Districts districts(String regionCode) {
        Map<Long, List<String>> covered = new HashMap<>();
        jdbc.sql("""
                        select s.district_id, s.subdistrict_code from school_district_subdistrict s
                          join school_district d on d.id = s.district_id
                         where d.region_code = ? order by s.district_id, s.position""")
                .param(regionCode)
                .query((rs, n) -> covered.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        List<District> districts = jdbc.sql("select id, name, kind from school_district where region_code = ?")
                .param(regionCode)
                .query((rs, n) -> new District(
                        rs.getLong(1),
                        rs.getString(2),
                        DistrictKind.valueOf(rs.getString(3)),
                        covered.getOrDefault(rs.getLong(1), List.of())))
                .list();
        return new Districts(districts);
    }
}
