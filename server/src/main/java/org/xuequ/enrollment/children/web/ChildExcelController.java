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
import org.xuequ.platform.jobs.Jobs;

/** Children sheets: template, export, all-or-nothing import, and the upload annotated with its errors. */
@RestController
@RequestMapping("/api/enrollment")
class ChildExcelController {

    private final ChildExcel excel;
    private final Jobs jobs;

    ChildExcelController(ChildExcel excel, Jobs jobs) {
        this.excel = excel;
        this.jobs = jobs;
    }

    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
    @GetMapping("/excel/children/template")
    void template(HttpServletResponse response) throws IOException {
        excel.template(ExcelUpload.xlsx(response, "children-template.xlsx"));
    }

    @GetMapping("/excel/children")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.INSPECTOR})
    void export(@RequestParam long cycleId, HttpServletResponse response) throws IOException {
        excel.export(cycleId, ExcelUpload.xlsx(response, "children.xlsx"));
    }

    @PostMapping(path = "/excel/children", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Permits({Role.COMMISSION, Role.DISTRICT_OFFICE})
    ResponseEntity<?> importFile(
            @RequestParam long cycleId,
            @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean async) {
        Path copy = ExcelUpload.copy(file);
        if (!async) {
            try {
                return ResponseEntity.ok(excel.importFile(cycleId, copy, Jobs.Progress.NONE));
            } finally {
                ExcelUpload.delete(copy);
            }
        }
        String jobId = jobs.start("excel-import:children", progress -> {
            try {
                return excel.importFile(cycleId, copy, progress);
            } finally {
                ExcelUpload.delete(copy);
            }
        });
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("jobId", jobId));
    }

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
