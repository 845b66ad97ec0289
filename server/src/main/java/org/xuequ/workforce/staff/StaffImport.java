package org.xuequ.workforce.staff;

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
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.platform.excel.ExcelSheet;
import org.xuequ.platform.excel.ImportRejected;
import org.xuequ.platform.excel.ImportReport;
import org.xuequ.platform.excel.ImportRow;
import org.xuequ.workforce.WorkforceScope;

/**
 * A unit's staff roll from .xlsx, all or nothing: every row is checked first (values, ID numbers, the same person
 * twice, a person on another unit's roll); any bad row and nothing is written, the answer naming each row and column.
 * People already on the unit's roll are updated, the others registered.
 */
@Service
public class StaffImport {

    private final StaffRepository staff;
    private final StaffDirectory directory;
    private final WorkforceScope scope;
    private final Clock clock;

    StaffImport(StaffRepository staff, StaffDirectory directory, WorkforceScope scope, Clock clock) {
        this.staff = staff;
        this.directory = directory;
        this.scope = scope;
        this.clock = clock;
    }

    /** 403 unless the caller keeps this unit's roll; answers the region. Checked before an upload is kept for a job. */
    public String requireManages(long unitId) {
        String region = scope.region();
        scope.require(
                scope.canManageStaff(region, unitId) && scope.units(region).containsKey(unitId));
        return region;
    }

    @Transactional
    public ImportReport importFile(long unitId, Path file) {
        String region = requireManages(unitId);
        List<FieldProblem> errors = new ArrayList<>();
        List<StaffFields> rows = new ArrayList<>();
        Map<String, Staff> known = new HashMap<>();
        Set<String> seen = new HashSet<>();
        List<ExcelSheet.Column> columns = StaffSheet.SHEET.columns();
        StaffSheet.SHEET.read(file, cells -> {
            ImportRow row = new ImportRow(cells, columns, errors);
            StaffFields fields = StaffSheet.read(row);
            if (fields == null) {
                return;
            }
            if (!seen.add(fields.idNumber())) {
                row.reject(StaffSheet.ID_NUMBER, "error.excel.duplicate-key");
                return;
            }
            staff.findByRegionCodeAndIdNumber(region, fields.idNumber()).ifPresent(p -> known.put(p.getIdNumber(), p));
            Staff existing = known.get(fields.idNumber());
            if (existing != null && existing.getUnitId() != unitId) {
                row.reject(StaffSheet.ID_NUMBER, "error.workforce.registered-elsewhere");
                return;
            }
            rows.add(fields);
        });
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldProblem::row));
            throw new ImportRejected(errors);
        }
        int created = 0;
        int updated = 0;
        for (StaffFields fields : rows) {
            Staff existing = known.get(fields.idNumber());
            if (existing == null) {
                directory.register(region, unitId, fields, PostingReason.IMPORTED, scope.actor());
                created++;
            } else {
                existing.update(fields, clock.instant(), scope.actor());
                updated++;
            }
        }
        return new ImportReport("staff", rows.size(), created, updated, 0);
    }
}
