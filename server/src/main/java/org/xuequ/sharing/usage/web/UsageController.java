package org.xuequ.sharing.usage.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.excel.ExcelSheet;
import org.xuequ.sharing.usage.Usage;

/** Usage of shared resources (供给与使用) for those who provide or oversee them, on screen and as a sheet. */
@RestController
@RequestMapping("/api/sharing/usage")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION})
class UsageController {

    private static final ExcelSheet SHEET = new ExcelSheet(
            "资源使用",
            List.of(
                    new ExcelSheet.Column("资源", "resource", "", 28), new ExcelSheet.Column("提供方", "owner", "", 24),
                    new ExcelSheet.Column("类型", "kind", "", 12), new ExcelSheet.Column("学区", "district", "", 18),
                    new ExcelSheet.Column("预约次数", "bookings", "", 10), new ExcelSheet.Column("使用小时", "hours", "", 10),
                    new ExcelSheet.Column("开放小时", "open hours", "", 10),
                            new ExcelSheet.Column("利用率", "utilisation", "", 10)));

    private final Usage usage;

    UsageController(Usage usage) {
        this.usage = usage;
    }

    /** The report without the full per-resource list (that is what the export is for). */
    record ReportView(
            LocalDate from,
            LocalDate to,
            Usage.Totals totals,
            List<Usage.DistrictRow> byDistrict,
            List<Usage.KindRow> byKind,
            List<Usage.TypeRow> requestersByType,
            List<Usage.ResourceRow> topResources,
            List<Usage.MonthRow> monthly) {}

    /**
     * Bookings, hours and utilisation of the resources the caller manages, per district, kind, requester type, month
     * and top resource. Counts granted bookings (confirmed, used, no-show) that start in the range; utilisation =
     * booked hours / open hours. The range defaults to the current term; at most two years (400 otherwise).
     */
    @GetMapping
    ReportView report(
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) Long districtId) {
        Usage.Report r = usage.report(from, to, districtId);
        return new ReportView(
                r.from(),
                r.to(),
                r.totals(),
                r.byDistrict(),
                r.byKind(),
                r.requestersByType(),
                r.topResources(),
                r.monthly());
    }

    /**
     * One resource in depth, for its managers: totals, requesters by type, top requesters, months, and bookings by
     * weekday and hour.
     */
    @GetMapping("/resources/{id}")
    Usage.ResourceReport resource(
            @PathVariable long id,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        return usage.resourceReport(id, from, to);
    }

    /** Every managed resource's figures for the range as an Excel sheet. */
    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) Long districtId) {
        Usage.Report r = usage.report(from, to, districtId);
        StreamingResponseBody body = out -> SHEET.write(
                out,
                rows -> r.allResources()
                        .forEach(row -> rows.accept(Arrays.asList(
                                row.name(),
                                row.ownerName(),
                                row.kind().name(),
                                row.districtName(),
                                row.bookings(),
                                row.hours(),
                                row.openHours(),
                                row.utilisation()))));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"sharing-usage-" + r.from() + ".xlsx\"")
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(body);
    }
}
