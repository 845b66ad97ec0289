package org.xuequ.registry.excel;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.xuequ.platform.access.DataScope;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.platform.excel.ImportRow;

/**
 * What every registry import asks of a row: which region it is in, which district it names, and
 * whether the importer may write it. Out-of-scope rows are row errors, never silently skipped.
 */
final class ImportScope {

    private final DataScope scope;
    private final ExcelFacts facts;
    private final Set<String> knownRegions;
    private final Map<String, String> subdistricts;
    private final Map<String, ExcelFacts.Districts> districts = new HashMap<>();
    private final Set<String> touched = new HashSet<>();

    ImportScope(DataScope scope, ExcelFacts facts) {
        this.scope = scope;
        this.facts = facts;
        this.knownRegions = facts.regions();
        this.subdistricts = facts.subdistricts();
    }

    /** The row's region: the cell, or the importer's own region when the cell is blank. */
    String region(ImportRow row, int column, String cell) {
        String region = cell == null ? scope.regionCode() : cell;
        if (region == null) {
            row.reject(column, "error.required");
            return null;
        }
        if (!knownRegions.contains(region)) {
            row.reject(column, "error.unknown-region");
            return null;
        }
        touched.add(region);
        return region;
    }

    /** The region of a known subdistrict, or null after rejecting the cell. */
    String regionOfSubdistrict(ImportRow row, int column, String code) {
        String region = subdistricts.get(code);
        if (region == null) {
            row.reject(column, "error.unknown-subdistrict");
            return null;
        }
        touched.add(region);
        return region;
    }

    /** Whether a known subdistrict lies in {@code region}; rejects the cell if not. */
    boolean subdistrictIn(ImportRow row, int column, String code, String region) {
        String actual = subdistricts.get(code);
        if (actual == null) {
            row.reject(column, "error.unknown-subdistrict");
            return false;
        }
        if (!actual.equals(region)) {
            row.reject(column, "error.other-region");
            return false;
        }
        return true;
    }

    ExcelFacts.Districts districts(String region) {
        return districts.computeIfAbsent(region, facts::districts);
    }

    /** The district a cell names in {@code region}, or null after rejecting the cell. */
    ExcelFacts.District district(ImportRow row, int column, String cell, String region) {
        if (cell == null || region == null) {
            return null;
        }
        ExcelFacts.Districts inRegion = districts(region);
        Optional<ExcelFacts.District> district = inRegion.find(cell);
        if (district.isEmpty()) {
            row.reject(
                    column, inRegion.isAmbiguous(cell) ? "error.excel.ambiguous-district" : "error.unknown-district");
        }
        return district.orElse(null);
    }

    /** Rejects the row (naming {@code column}) if the importer may not write {@code target}. */
    boolean covers(ImportRow row, int column, ScopeTarget target) {
        if (scope.covers(target)) {
            return true;
        }
        row.reject(column, "error.excel.out-of-scope");
        return false;
    }

    Set<String> regions() {
        return touched;
    }
}
