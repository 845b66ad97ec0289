package org.xuequ.supervision.reports.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.excel.ExcelUpload;
import org.xuequ.supervision.SupervisionScope;
import org.xuequ.supervision.reports.ReportView;
import org.xuequ.supervision.reports.Reports;
import org.xuequ.supervision.reports.SupervisionDocuments;

/**
 * Reports generated from the records: a district's semester report (JSON, PDF, Excel), the commission's map of open
 * findings, and an inspection's written feedback (PDF) to the unit and the district. Read by the commission and
 * inspectors (region) and district offices (their districts); the feedback also by the unit it is addressed to.
 */
@RestController
@RequestMapping("/api/supervision")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.INSPECTOR})
class ReportController {

    private final Reports reports;
    private final SupervisionDocuments documents;
    private final SupervisionScope scope;

    ReportController(Reports reports, SupervisionDocuments documents, SupervisionScope scope) {
        this.reports = reports;
        this.documents = documents;
        this.scope = scope;
    }

    /** A district's report for a term (default: the current one). */
    @GetMapping("/reports")
    ReportView report(
            @RequestParam long districtId,
            @RequestParam(required = false) @Nullable Integer schoolYear,
            @RequestParam(required = false) @Nullable Integer semester) {
        return reports.report(districtId, scope.term(schoolYear, semester));
    }

    /** The same report as a PDF (Chinese, with English beneath the headings). */
    @GetMapping("/reports/export.pdf")
    void pdf(
            @RequestParam long districtId,
            @RequestParam(required = false) @Nullable Integer schoolYear,
            @RequestParam(required = false) @Nullable Integer semester,
            HttpServletResponse response)
            throws IOException {
        ReportView report = reports.report(districtId, scope.term(schoolYear, semester));
        pdfHeaders(response, documents.reportTitle(report));
        documents.reportPdf(report, response.getOutputStream());
    }

    /** The same report as an .xlsx workbook (summary, findings by domain, points ranking). */
    @GetMapping("/reports/export.xlsx")
    void xlsx(
            @RequestParam long districtId,
            @RequestParam(required = false) @Nullable Integer schoolYear,
            @RequestParam(required = false) @Nullable Integer semester,
            HttpServletResponse response)
            throws IOException {
        ReportView report = reports.report(districtId, scope.term(schoolYear, semester));
        documents.reportXlsx(report, ExcelUpload.xlsx(response, documents.reportTitle(report) + ".xlsx"));
    }

    /** Units with open findings and where they are (the region map); a district office sees its districts'. */
    @GetMapping("/reports/open-findings-map")
    List<Reports.OpenSpot> openFindingsMap() {
        return reports.openFindingsMap();
    }

    /** 督导意见书: an inspection's written feedback with its findings and requirements, as a PDF. */
    @GetMapping("/inspections/{id}/feedback.pdf")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.INSPECTOR, Role.UNIT})
    void feedback(@PathVariable long id, HttpServletResponse response) throws IOException {
        pdfHeaders(response, "feedback-" + id);
        documents.feedbackPdf(id, response.getOutputStream());
    }

    private static void pdfHeaders(HttpServletResponse response, String title) {
        response.setContentType("application/pdf");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(title + ".pdf", StandardCharsets.UTF_8)
                        .build()
                        .toString());
    }
}
