package org.xuequ.enrollment.children;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xuequ.enrollment.cycles.CycleContext;
import org.xuequ.enrollment.cycles.EnrollmentCycle;
import org.xuequ.enrollment.cycles.RegionReads;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.excel.ExcelSheet;
import org.xuequ.platform.excel.ImportRejected;
import org.xuequ.platform.excel.ImportReport;
import org.xuequ.platform.excel.ImportRow;
import org.xuequ.platform.jobs.Jobs;
import org.xuequ.registry.RegistryReads;

/**
 * Children of a cycle in Excel: template, export in scope (ID numbers masked unless the role needs
 * them), and all-or-nothing import — every row is checked first; any bad row and nothing is written.
 * Rows are matched to registered children by ID number: new ones are registered, known ones updated.
 */
@Service
public class ChildExcel {

    private final CycleContext.Loader cycles;
    private final RegistryReads registry;
    private final SchoolAgeChildRepository children;
    private final CurrentUser currentUser;
    private final Privacy privacy;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final TransactionTemplate write;
    private final TransactionTemplate read;
    private final Clock clock;

    ChildExcel(
            CycleContext.Loader cycles,
            RegistryReads registry,
            SchoolAgeChildRepository children,
            CurrentUser currentUser,
            Privacy privacy,
            JdbcClient jdbc,
            MessageSource messages,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.cycles = cycles;
        this.registry = registry;
        this.children = children;
        this.currentUser = currentUser;
        this.privacy = privacy;
        this.jdbc = jdbc;
        this.messages = messages;
        this.write = new TransactionTemplate(transactions);
        this.read = new TransactionTemplate(transactions);
        this.read.setReadOnly(true);
        this.clock = clock;
    }

    public void template(OutputStream out) {
        ChildSheet.SHEET.write(out, rows -> {});
    }

    public void export(long cycleId, OutputStream out) {
        // The access is recorded after the read-only snapshot, in its own small write.
        List<Privacy.Shown> exported = read.execute(status -> {
            EnrollmentCycle cycle = cycles.cycle(cycleId);
            RegionReads.requireReadable(currentUser, cycle.getRegionCode());
            List<SchoolAgeChild> list = children.findAll(
                    org.xuequ.platform.access.ScopeSpecification.within(currentUser.scope(), Children.SCOPE)
                            .and((root, q, cb) -> cb.equal(root.get(SchoolAgeChild_.cycleId), cycleId)),
                    org.springframework.data.domain.Sort.by("id"));
            Set<Long> blocks = new HashSet<>();
            Set<Long> units = new HashSet<>();
            list.forEach(c -> {
                blocks.addAll(Arrays.asList(c.getHukouBlockId(), c.getResidenceBlockId(), c.getPropertyBlockId()));
                units.addAll(Arrays.asList(c.getSiblingUnitId(), c.getPrimaryUnitId()));
            });
            blocks.remove(null);
            units.remove(null);
            Map<Long, String> blockNames = registry.blockNames(blocks);
            Map<Long, String> unitNames = registry.unitNames(units);
            ChildSheet.SHEET.write(
                    out,
                    rows -> list.forEach(c -> {
                        ChildIdentity identity = privacy.identity(c);
                        rows.accept(Arrays.asList(
                                c.getName(),
                                identity.idNumber(),
                                identity.birthShown(),
                                ChildSheet.HUKOU_LABELS.get(c.getHukouType()),
                                name(c.getHukouBlockId(), blockNames),
                                c.getHukouAddress(),
                                name(c.getResidenceBlockId(), blockNames),
                                c.isPropertyOwned() ? "是" : "否",
                                name(c.getPropertyBlockId(), blockNames),
                                c.getPropertySince() == null
                                        ? null
                                        : c.getPropertySince().toString(),
                                c.getResidenceSince() == null
                                        ? null
                                        : c.getResidenceSince().toString(),
                                ChildSheet.categoriesText(c.getCategories()),
                                name(c.getSiblingUnitId(), unitNames),
                                name(c.getPrimaryUnitId(), unitNames)));
                    }));
            return list.stream().map(Privacy.Shown::of).toList();
        });
        privacy.recordShown("children export", exported);
    }

    /** @throws ImportRejected listing every bad row, after which nothing has been written */
    public ImportReport importFile(long cycleId, Path file, Jobs.Progress progress) {
        Staged staged = validate(cycleId, file, progress);
        progress.phase("WRITING");
        int[] counts = write.execute(status -> {
            int created = 0;
            int updated = 0;
            for (Staged.Row row : staged.rows) {
                SchoolAgeChild child = row.existingId == null
                        ? new SchoolAgeChild(staged.regionCode, cycleId)
                        : children.findById(row.existingId).orElseThrow();
                child.record(row.facts, row.districtId);
                if (row.existingId == null) {
                    created++;
                } else {
                    updated++;
                }
                children.save(child);
            }
            return new int[] {created, updated};
        });
        return new ImportReport("children", staged.rows.size(), counts[0], counts[1], 0);
    }

    /** The upload with a 错误/Error column naming what is wrong in each bad row. */
    public void annotate(long cycleId, Path file, java.util.function.Supplier<OutputStream> out) {
        Map<Integer, String> reasons = new LinkedHashMap<>();
        try {
            validate(cycleId, file, Jobs.Progress.NONE);
        } catch (ImportRejected rejected) {
            var locale = LocaleContextHolder.getLocale();
            rejected.allErrors()
                    .forEach(e -> reasons.merge(
                            e.row(),
                            e.field() + "：" + messages.getMessage(e.reason(), null, e.reason(), locale),
                            (a, b) -> a + "；" + b));
        }
        ExcelSheet.annotate(file, reasons, out.get());
    }

    private static final class Staged {
        record Row(SchoolAgeChild.Facts facts, Long districtId, Long existingId) {}

        final String regionCode;
        final List<Row> rows = new ArrayList<>();

        Staged(String regionCode) {
            this.regionCode = regionCode;
        }
    }

    private Staged validate(long cycleId, Path file, Jobs.Progress progress) {
        progress.phase("VALIDATING");
        return read.execute(status -> {
            CycleContext context = cycles.load(cycleId);
            String region = context.cycle.getRegionCode();
            RegionReads.requireReadable(currentUser, region);
            Map<Long, String> blockNames = registry.blockNamesIn(region);
            Map<Long, String> unitNames = registry.unitNamesIn(region);
            ChildForm.Known known = ChildForm.known(blockNames.keySet(), unitNames.keySet());
            ChildSheet.Names names = names(blockNames, unitNames);
            Map<String, Long> existing = new HashMap<>();
            jdbc.sql("select id_number, id from school_age_child where cycle_id = :c")
                    .param("c", cycleId)
                    .query((rs, i) -> existing.put(rs.getString(1), rs.getLong(2)))
                    .list();
            LocalDate today = LocalDate.now(clock);
            List<FieldProblem> errors = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            Staged staged = new Staged(region);
            List<ExcelSheet.Column> columns = ChildSheet.SHEET.columns();
            int[] count = {0};
            ChildSheet.SHEET.read(file, new ExcelSheet.Rows() {
                @Override
                public void expectedRows(int rows) {
                    progress.total(rows);
                }

                @Override
                public void row(ExcelSheet.Row cells) {
                    ImportRow row = new ImportRow(cells, columns, errors);
                    ChildForm form = ChildSheet.read(row, names);
                    if (++count[0] % 1_000 == 0) {
                        progress.processed(count[0]);
                    }
                    if (row.bad()) {
                        return;
                    }
                    List<FieldProblem> formErrors = form.validate(context.cycle, known, today, row.number());
                    formErrors.forEach(e -> row.reject(ChildSheet.columnOf(e.field()), e.reason()));
                    if (row.bad()) {
                        return;
                    }
                    SchoolAgeChild.Facts facts = form.facts();
                    if (!seen.add(facts.idNumber())) {
                        row.reject(ChildSheet.ID_NUMBER, "error.excel.duplicate-key");
                        return;
                    }
                    Long district = Children.districtOf(context, facts);
                    SchoolAgeChild probe = new SchoolAgeChild(region, cycleId);
                    probe.record(facts, district);
                    if (!currentUser.scope().covers(probe.scopeTarget())) {
                        row.reject(ChildSheet.RESIDENCE_BLOCK, "error.excel.out-of-scope");
                        return;
                    }
                    staged.rows.add(new Staged.Row(facts, district, existing.get(facts.idNumber())));
                }
            });
            progress.total(count[0]);
            progress.processed(count[0]);
            if (!errors.isEmpty()) {
                errors.sort(Comparator.comparing(FieldProblem::row));
                throw new ImportRejected(errors);
            }
            return staged;
        });
    }

    private static ChildSheet.Names names(Map<Long, String> blockNames, Map<Long, String> unitNames) {
        ChildSheet.Names names = new ChildSheet.Names();
        blockNames.forEach(names::block);
        unitNames.forEach(names::unit);
        return names;
    }

    private static String name(Long id, Map<Long, String> names) {
        return id == null ? null : names.getOrDefault(id, id.toString());
    }
}
