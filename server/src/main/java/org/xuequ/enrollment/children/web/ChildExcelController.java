package org.xuequ.enrollment.children.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.xuequ.enrollment.children.ChildExcel;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.excel.ExcelUpload;
import org.xuequ.platform.excel.Uploads;
import org.xuequ.platform.jobs.Jobs;

/** Children sheets: template, export, all-or-nothing import, and the upload annotated with its errors. */
@RestController
@RequestMapping("/api/enrollment")
class ChildExcelController {

    private final ChildExcel excel;
    private final Jobs jobs;
    private final Uploads uploads;

    ChildExcelController(ChildExcel excel, Jobs jobs, Uploads uploads) {
        this.excel = excel;
        this.jobs = jobs;
        this.uploads = uploads;
    }

    /** The empty Excel template for registering children, with its column notes. */
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
    @GetMapping("/excel/children/template")
    void template(HttpServletResponse response) throws IOException {
        excel.template(ExcelUpload.xlsx(response, "children-template.xlsx"));
    }

    /**
     * The children of a cycle in the caller's data scope as an Excel file (ID numbers masked where the caller's role
     * does not need them).
     */
    @GetMapping("/excel/children")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.INSPECTOR})
    void export(@RequestParam long cycleId, HttpServletResponse response) throws IOException {
        excel.export(cycleId, ExcelUpload.xlsx(response, "children.xlsx"));
    }

    /**
     * Registers or updates (matched by ID number) the children of an Excel file in a cycle, all or nothing: 200 with
     * the counts of what was written, or 400 listing the bad rows (the list is cut short; errorCount gives the total)
     * after which nothing has changed. With async=true it answers 202 with a jobId to poll at /api/platform/jobs/{id}
     * instead.
     */
    @PostMapping(path = "/excel/children", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Permits({Role.COMMISSION, Role.DISTRICT_OFFICE})
    ResponseEntity<?> importFile(
            @RequestParam long cycleId,
            @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean async) {
        if (async) {
            // Kept in the database, so that whichever node runs the job can read it.
            String jobId = jobs.submit(
                    "excel-import:children",
                    ChildImportJob.class,
                    new ChildImportJob.Input(cycleId, uploads.keep(file)));
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("jobId", jobId));
        }
        Path copy = ExcelUpload.copy(file);
        try {
            return ResponseEntity.ok(excel.importFile(cycleId, copy, Jobs.Progress.NONE));
        } finally {
            ExcelUpload.delete(copy);
        }
    }

    /**
     * The uploaded file handed back with an error column on each bad row, so it can be corrected and imported again;
     * nothing is written.
     */
    @PostMapping(path = "/excel/children/annotated", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Permits({Role.COMMISSION, Role.DISTRICT_OFFICE})
    void annotated(@RequestParam long cycleId, @RequestPart("file") MultipartFile file, HttpServletResponse response) {
        Path copy = ExcelUpload.copy(file);
        try {
            excel.annotate(cycleId, copy, () -> {
                try {
                    return ExcelUpload.xlsx(response, "children-checked.xlsx");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } finally {
            ExcelUpload.delete(copy);
        }
    }
}
