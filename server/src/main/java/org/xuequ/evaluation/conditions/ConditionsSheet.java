package org.xuequ.evaluation.conditions;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.excel.ExcelSheet;
import org.xuequ.platform.excel.ImportRejected;
import org.xuequ.platform.excel.ImportRow;
import org.xuequ.registry.RegistryReads;

/**
 * The census as an Excel sheet: template, export of a year, and an all-or-nothing import matched by
 * school name within the region (as the registry's sheets match units).
 */
@Service
public class ConditionsSheet {

    private static final ExcelSheet SHEET = new ExcelSheet("办学条件 Conditions", columns());

    private final SchoolConditionsReportRepository reports;
    private final CensusSchools schools;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final Clock clock;

    ConditionsSheet(
            SchoolConditionsReportRepository reports,
            CensusSchools schools,
            CurrentUser currentUser,
            MessageSource messages,
            Clock clock) {
        this.reports = reports;
        this.schools = schools;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    /** What an accepted import did, and the figures that jumped by half or more since the year before. */
    public record ImportOutcome(int created, int updated, int unchanged, List<RowJump> jumps) {}

    /** A jump found on an imported row. */
    public record RowJump(
            int row, String unitName, String field, double previous, double current, double changePercent) {}

    private static List<ExcelSheet.Column> columns() {
        List<ExcelSheet.Column> columns = new ArrayList<>();
        columns.add(new ExcelSheet.Column("单位名称", "unitName", "本区学校名称 / a school's name in the region", 28));
        for (ConditionsField field : ConditionsField.values()) {
            String hint = field.decimal() ? "≥0，至多两位小数 / ≥ 0, two decimals" : "≥0 的整数 / whole number ≥ 0";
            columns.add(new ExcelSheet.Column(field.zh(), field.property(), field.en() + "；" + hint, 14));
        }
        return columns;
    }

    public void template(OutputStream out) {
        SHEET.write(out, rows -> {});
    }

    /** Every school in scope with its figures of the year (blank where not reported). */
    @Transactional(readOnly = true)
    public void export(int year, OutputStream out) {
        String region = schools.region();
        Map<Long, ConditionsFigures> figures = new HashMap<>();
        reports.findByRegionCodeAndSchoolYearIn(region, Set.of(year))
                .forEach(r -> figures.put(r.getUnitId(), r.getFigures()));
        List<RegistryReads.Unit> units = schools.visible(region);
        SHEET.write(out, rows -> {
            for (RegistryReads.Unit unit : units) {
                List<Object> cells = new ArrayList<>();
                cells.add(unit.name());
                ConditionsFigures f = figures.get(unit.id());
                for (ConditionsField field : ConditionsField.values()) {
                    cells.add(f == null ? null : field.decimal() ? (Object) field.of(f) : (Object) (long) field.of(f));
                }
                rows.accept(cells);
            }
        });
    }

    /** @throws ImportRejected listing every bad row; nothing is written then */
    @Transactional
    public ImportOutcome importFile(int year, Path file) {
        String region = schools.region();
        Staged staged = stage(region, year, file);
        Map<Long, SchoolConditionsReport> existing = new HashMap<>();
        reports.findByRegionCodeAndSchoolYearIn(region, Set.of(year)).forEach(r -> existing.put(r.getUnitId(), r));
        Map<Long, ConditionsFigures> previous = new HashMap<>();
        reports.findByRegionCodeAndSchoolYearIn(region, Set.of(year - 1))
                .forEach(r -> previous.put(r.getUnitId(), r.getFigures()));
        int created = 0, updated = 0, unchanged = 0;
        List<RowJump> jumps = new ArrayList<>();
        List<SchoolConditionsReport> fresh = new ArrayList<>();
        for (StagedRow row : staged.rows()) {
            SchoolConditionsReport report = existing.get(row.unit().id());
            if (report == null) {
                fresh.add(new SchoolConditionsReport(
                        region, row.unit().id(), year, row.figures(), clock.instant(), currentUser.actor()));
                created++;
            } else if (report.revise(row.figures(), clock.instant(), currentUser.actor())) {
                updated++;
            } else {
                unchanged++;
            }
            for (ConditionsJump jump :
                    ConditionsJump.between(previous.get(row.unit().id()), row.figures())) {
                jumps.add(new RowJump(
                        row.number(),
                        row.unit().name(),
                        jump.field(),
                        jump.previous(),
                        jump.current(),
                        jump.changePercent()));
            }
        }
        reports.saveAll(fresh);
        reports.flush();
        return new ImportOutcome(created, updated, unchanged, jumps);
    }

    /** The upload with an error column on each bad row; nothing is written. */
    @Transactional(readOnly = true)
    public void annotate(int year, Path file, Supplier<OutputStream> out) {
        Map<Integer, String> reasons = new LinkedHashMap<>();
        try {
            stage(schools.region(), year, file);
        } catch (ImportRejected rejected) {
            reasons.putAll(rejected.reasonsByRow(messages, LocaleContextHolder.getLocale()));
        }
        ExcelSheet.annotate(file, reasons, out.get());
    }

    private record StagedRow(int number, RegistryReads.Unit unit, ConditionsFigures figures) {}

    private record Staged(List<StagedRow> rows) {}

    private Staged stage(String region, int year, Path file) {
        ConditionsCensus.requireYear(year);
        Map<String, RegistryReads.Unit> byName = new HashMap<>();
        schools.visible(region).forEach(u -> byName.put(u.name(), u));
        List<ExcelSheet.Column> columns = SHEET.columns();
        List<FieldProblem> errors = new ArrayList<>();
        List<StagedRow> rows = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        SHEET.read(file, row -> {
            ImportRow checked = new ImportRow(row, columns, errors);
            String name = checked.text(0, true, 100);
            RegistryReads.Unit unit = name == null ? null : byName.get(name.strip());
            if (name != null && unit == null) {
                // Outside the scope and unknown read alike: the file must not tell a district office which schools
                // exist elsewhere.
                checked.reject(0, "error.excel.unknown-school");
            } else if (unit != null && !seen.add(unit.id())) {
                checked.reject(0, "error.excel.duplicate-key");
            }
            Number[] values = new Number[ConditionsField.values().length];
            for (ConditionsField field : ConditionsField.values()) {
                int column = field.ordinal() + 1;
                values[field.ordinal()] = field.decimal()
                        ? requiredDecimal(checked, row, column)
                        : checked.integer(column, true, 0, 100_000_000);
            }
            if (!checked.bad()) {
                rows.add(new StagedRow(row.number(), unit, ConditionsField.figures(values)));
            }
        });
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparing(FieldProblem::row));
            throw new ImportRejected(errors);
        }
        return new Staged(rows);
    }

    private static java.math.BigDecimal requiredDecimal(ImportRow checked, ExcelSheet.Row raw, int column) {
        if (raw.get(column) == null) {
            checked.reject(column, "error.required");
            return null;
        }
        java.math.BigDecimal value = checked.decimal(column, 0, 999_999_999_999d, "error.excel.out-of-range");
        if (value != null && value.stripTrailingZeros().scale() > 2) {
            checked.reject(column, "error.excel.two-decimals");
            return null;
        }
        return value;
    }
}
