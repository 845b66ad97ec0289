package org.xuequ.planning.outlook;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.planning.PlanningScope;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.platform.excel.ExcelSheet;
import org.xuequ.platform.excel.ImportRejected;
import org.xuequ.platform.excel.ImportRow;
import org.xuequ.registry.EntryGrade;
import org.xuequ.registry.RegistryReads;

/**
 * Registered births (户籍出生人口) by school district and birth year, as the bureau hands them over in Excel:
 * template and an all-or-nothing import (one bad row refuses the file, naming every bad row and column).
 */
@Service
public class BirthsSheet {

    private static final ExcelSheet SHEET = new ExcelSheet(
            "出生人口 Births",
            List.of(
                    new ExcelSheet.Column("学区名称", "districtName", "本区学区名称 / a school district of the region", 24),
                    new ExcelSheet.Column("出生年份", "birthYear", "1990–2100", 12),
                    new ExcelSheet.Column("出生人数", "births", "≥0 的整数 / whole number ≥ 0", 12)));

    private final OutlookFacts facts;
    private final RegistryReads registry;
    private final PlanningScope scope;
    private final Clock clock;

    BirthsSheet(OutlookFacts facts, RegistryReads registry, PlanningScope scope, Clock clock) {
        this.facts = facts;
        this.registry = registry;
        this.scope = scope;
        this.clock = clock;
    }

    /** What an accepted import did. */
    public record ImportOutcome(int created, int updated, int unchanged) {}

    public void template(OutputStream out) {
        SHEET.write(out, rows -> {});
    }

    private record Staged(long districtId, int birthYear, int births) {}

    /** @throws ImportRejected listing every bad row; nothing is written then */
    @Transactional
    public ImportOutcome importFile(Path file) {
        String region = scope.region();
        Map<String, Long> byName = new HashMap<>();
        for (RegistryReads.DistrictSeats d : registry.districtSeats(region, EntryGrade.PRIMARY_1)) {
            if (scope.coversDistrict(region, d.districtId())) {
                byName.put(d.districtName(), d.districtId());
            }
        }
        List<ExcelSheet.Column> columns = SHEET.columns();
        List<FieldProblem> errors = new ArrayList<>();
        List<Staged> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        SHEET.read(file, row -> {
            ImportRow checked = new ImportRow(row, columns, errors);
            String name = checked.text(0, true, 100);
            Long district = name == null ? null : byName.get(name.strip());
            if (name != null && district == null) {
                checked.reject(0, "error.planning.unknown-district");
            }
            Integer year = checked.integer(1, true, 1990, 2100);
            Integer births = checked.integer(2, true, 0, 10_000_000);
            if (district != null && year != null && !seen.add(district + "/" + year)) {
                checked.reject(1, "error.excel.duplicate-key");
            }
            if (!checked.bad()) {
                rows.add(new Staged(district, year, births));
            }
        });
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldProblem::row));
            throw new ImportRejected(errors);
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Staged s : rows) {
            switch (facts.saveBirths(
                    region, s.districtId(), s.birthYear(), s.births(), clock.instant(), scope.actor())) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }
        return new ImportOutcome(created, updated, unchanged);
    }
}
