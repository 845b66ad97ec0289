package org.xuequ.registry.excel;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.audit.AuditLog;
import org.xuequ.platform.audit.AuditLog.Action;
import org.xuequ.platform.audit.AuditLog.AuditEvent;
import org.xuequ.platform.excel.ExcelSheet;
import org.xuequ.platform.excel.ImportRejected;
import org.xuequ.platform.excel.ImportReport;
import org.xuequ.platform.excel.ImportRow;
import org.xuequ.platform.jobs.Jobs;

/**
 * Excel templates, exports and all-or-nothing imports of the registry: every row is checked
 * before anything is written, then all rows are written in one transaction with one audit entry.
 */
@Service
public class RegistryExcel {

    private final Map<String, RegistrySheet> sheets;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;
    private final AuditLog auditLog;
    private final MessageSource messages;

    RegistryExcel(
            List<RegistrySheet> sheets,
            CurrentUser currentUser,
            PlatformTransactionManager transactions,
            AuditLog auditLog,
            MessageSource messages) {
        this.sheets = sheets.stream().collect(Collectors.toMap(RegistrySheet::kind, Function.identity()));
        this.currentUser = currentUser;
        this.transaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.auditLog = auditLog;
        this.messages = messages;
    }

    public void template(String kind, OutputStream out) {
        sheet(kind).sheet().write(out, rows -> {});
    }

    public void export(String kind, OutputStream out) {
        RegistrySheet sheet = sheet(kind);
        readOnly.executeWithoutResult(status ->
                sheet.sheet().write(out, rows -> sheet.export(currentUser.scope(), rows)));
    }

    /** @throws ImportRejected listing every bad row, after which nothing has been written */
    public ImportReport importFile(String kind, Path file, Jobs.Progress progress) {
        RegistrySheet sheet = sheet(kind);
        RegistrySheet.Staging staging = validate(sheet, file, progress);
        progress.phase("WRITING");
        RegistrySheet.Counts counts = transaction.execute(status -> {
            RegistrySheet.Counts written = staging.write();
            if (written.created() + written.updated() > 0) {
                audit(sheet, staging.regions(), written);
            }
            return written;
        });
        int rows = counts.created() + counts.updated() + counts.unchanged();
        return new ImportReport(kind, rows, counts.created(), counts.updated(), counts.unchanged());
    }

    /** The upload with a 错误/Error column; rows without errors are copied unmarked. */
    public void annotate(String kind, Path file, java.util.function.Supplier<OutputStream> out) {
        Map<Integer, String> reasons = new LinkedHashMap<>();
        try {
            validate(sheet(kind), file, Jobs.Progress.NONE);
        } catch (ImportRejected rejected) {
            reasons.putAll(rejected.reasonsByRow(messages, LocaleContextHolder.getLocale()));
        }
        // The output is opened only now: a file that cannot be read at all is answered with a problem instead.
        ExcelSheet.annotate(file, reasons, out.get());
    }

    private RegistrySheet.Staging validate(RegistrySheet sheet, Path file, Jobs.Progress progress) {
        List<ExcelSheet.Column> columns = sheet.sheet().columns();
        List<FieldProblem> errors = new ArrayList<>();
        progress.phase("VALIDATING");
        // Reference facts and existing rows are read in one snapshot, not row by row.
        return readOnly.execute(status -> {
            RegistrySheet.Staging staging = sheet.stage(currentUser.scope());
            int[] count = {0};
            sheet.sheet().read(file, new ExcelSheet.Rows() {
                @Override
                public void expectedRows(int rows) {
                    progress.total(rows);
                }

                @Override
                public void row(ExcelSheet.Row row) {
                    staging.check(new ImportRow(row, columns, errors), row);
                    if (++count[0] % 1_000 == 0) {
                        progress.processed(count[0]);
                    }
                }
            });
            progress.total(count[0]);
            progress.processed(count[0]);
            staging.finish(errors);
            if (!errors.isEmpty()) {
                errors.sort(Comparator.comparing(FieldProblem::row));
                throw new ImportRejected(errors);
            }
            return staging;
        });
    }

    private void audit(RegistrySheet sheet, Set<String> regions, RegistrySheet.Counts counts) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", sheet.kind());
        after.put("created", counts.created());
        after.put("updated", counts.updated());
        after.put("unchanged", counts.unchanged());
        after.put("regions", regions.stream().sorted().toList());
        String region = regions.size() == 1 ? regions.iterator().next() : null;
        auditLog.record(new AuditEvent(
                counts.updated() > 0 ? Action.UPDATE : Action.CREATE,
                sheet.entityType(),
                null,
                region,
                null,
                after,
                "Excel 导入 / Excel import: " + sheet.kind()));
    }

    /** @throws XuequProblem 404 for a kind the registry does not have */
    public void requireKind(String kind) {
        sheet(kind);
    }

    private RegistrySheet sheet(String kind) {
        RegistrySheet sheet = sheets.get(kind);
        if (sheet == null) {
            throw XuequProblem.notFound("ExcelKind", kind);
        }
        return sheet;
    }
}
