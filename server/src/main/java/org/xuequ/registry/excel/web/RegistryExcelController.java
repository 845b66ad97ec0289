package org.xuequ.registry.excel.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.excel.ExcelUpload;
import org.xuequ.platform.excel.Uploads;
import org.xuequ.platform.jobs.Jobs;
import org.xuequ.registry.excel.RegistryExcel;

/**
 * Excel templates, exports and imports of units, institutions, address blocks and memberships.
 * Uploads are copied to a temporary file first: POI reads a file in place, and a background job
 * outlives the request's own copy.
 */
@RestController
@RequestMapping("/api/registry/excel/{kind}")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
class RegistryExcelController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RegistryExcel excel;
    private final Jobs jobs;

    private final Uploads uploads;

    RegistryExcelController(RegistryExcel excel, Jobs jobs, Uploads uploads) {
        this.excel = excel;
        this.jobs = jobs;
        this.uploads = uploads;
    }

    /**
     * The empty Excel template of a kind (units, institutions, address-blocks, memberships), with its column notes.
     * 404 for an unknown kind.
     */
    @GetMapping("/template")
    void template(@PathVariable String kind, HttpServletResponse response) throws IOException {
        excel.template(kind, ExcelUpload.xlsx(response, kind + "-template.xlsx"));
    }

    /**
     * Everything of a kind in the caller's data scope as an Excel file. Written straight
     * to the response in the request thread: the caller's scope applies, nothing is buffered.
     */
    @GetMapping
    void export(@PathVariable String kind, HttpServletResponse response) throws IOException {
        excel.requireKind(kind);
        excel.export(kind, ExcelUpload.xlsx(response, kind + ".xlsx"));
    }

    /**
     * Imports an Excel file of a kind, all or nothing: 200 with the counts of what was written, or 400 listing the bad
     * rows (the list is cut short; errorCount gives the total) after which nothing has changed. With async=true it
     * answers 202 with a jobId to poll at /api/platform/jobs/{id} instead.
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> importFile(
            @PathVariable String kind,
            @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean async) {
        if (async) {
            excel.requireKind(kind);
            // Kept in the database, so that whichever node runs the job can read it.
            String jobId = jobs.submit(
                    "excel-import:" + kind,
                    RegistryImportJob.class,
                    new RegistryImportJob.Input(kind, uploads.keep(file)));
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("jobId", jobId));
        }
        Path copy = ExcelUpload.copy(file);
        try {
            return ResponseEntity.ok(excel.importFile(kind, copy, Jobs.Progress.NONE));
        } finally {
            ExcelUpload.delete(copy);
        }
    }

    /**
     * The uploaded file handed back with an error column (错误/Error) on each bad row, so it can be corrected and
     * imported again; nothing is written.
     */
    @PostMapping(path = "/annotated", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    void annotated(@PathVariable String kind, @RequestPart("file") MultipartFile file, HttpServletResponse response)
            throws IOException {
        excel.requireKind(kind);
        Path copy = ExcelUpload.copy(file);
        try {
            excel.annotate(kind, copy, () -> {
                try {
                    return ExcelUpload.xlsx(response, kind + "-checked.xlsx");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } finally {
            ExcelUpload.delete(copy);
        }
    }
}
