package org.xuequ.workforce.staff.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
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
import org.xuequ.workforce.staff.Backbone;
import org.xuequ.workforce.staff.Post;
import org.xuequ.workforce.staff.Qualification;
import org.xuequ.workforce.staff.Specialism;
import org.xuequ.workforce.staff.StaffFields;
import org.xuequ.workforce.staff.StaffImport;
import org.xuequ.workforce.staff.StaffRegistry;
import org.xuequ.workforce.staff.StaffSheet;
import org.xuequ.workforce.staff.StaffStatus;
import org.xuequ.workforce.staff.StaffView;
import org.xuequ.workforce.staff.Title;

/**
 * The staff registry (教职工): lists and a person's page in the caller's scope, ID numbers masked unless the caller
 * keeps the roll (commission) or employs the person (the unit); the unit's and the commission's accounts keep
 * the records.
 */
@RestController
@RequestMapping("/api/workforce")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSPECTOR})
class StaffController {

    private final StaffRegistry registry;
    private final StaffImport staffImport;
    private final Jobs jobs;
    private final Uploads uploads;

    StaffController(StaffRegistry registry, StaffImport staffImport, Jobs jobs, Uploads uploads) {
        this.jobs = jobs;
        this.uploads = uploads;
        this.registry = registry;
        this.staffImport = staffImport;
    }

    /** A person's record as a clerk enters it. */
    record StaffForm(
            @Nullable @Size(max = 40) String staffNo,
            @NotBlank @Size(max = 50) String name,
            @NotBlank @Size(max = 18) String idNumber,
            @NotNull Post post,
            @Nullable @Size(max = 20) String subject,
            @NotNull Qualification qualification,
            @NotNull Title title,
            @NotNull Backbone backbone,
            @NotNull Specialism specialism,
            @Nullable LocalDate employedSince,
            @NotNull LocalDate atUnitSince) {

        StaffFields fields() {
            return new StaffFields(
                    staffNo,
                    name,
                    idNumber,
                    post,
                    subject,
                    qualification,
                    title,
                    backbone,
                    specialism,
                    employedSince,
                    atUnitSince);
        }
    }

    record UpdateForm(
            @Valid @NotNull StaffForm person, @NotNull Long version) {}

    record LeaveForm(@NotNull StaffStatus status, @NotNull Long version) {}

    /** Active staff in scope, filtered; 20 a page by default. */
    @GetMapping("/staff")
    Page<StaffView> list(
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Long districtId,
            @RequestParam(required = false) Post post,
            @RequestParam(required = false) String subject,
            @RequestParam(required = false) Boolean backbone,
            @RequestParam(required = false) Specialism specialism,
            @RequestParam(required = false) String name,
            @PageableDefault(size = 20) Pageable pageable) {
        return registry.list(
                new StaffRegistry.Filter(unitId, districtId, post, subject, backbone, specialism, name), pageable);
    }

    /** A person: the record and every posting. */
    @GetMapping("/staff/{id}")
    StaffView.Page get(@PathVariable long id) {
        return registry.page(id);
    }

    /** The roll in scope (or one unit's) as .xlsx; ID numbers as the caller may see them, full ones audited. */
    @GetMapping("/staff/export")
    void export(@RequestParam(required = false) Long unitId, HttpServletResponse response) throws IOException {
        List<StaffView> people = registry.export(new StaffRegistry.Filter(unitId, null, null, null, null, null, null));
        StaffSheet.SHEET.write(
                ExcelUpload.xlsx(response, "staff.xlsx"), rows -> people.forEach(p -> rows.accept(StaffSheet.row(p))));
    }

    /**
     * A unit's roll from .xlsx, all or nothing: 200 with the counts, or 400 listing every bad row and column, after
     * which nothing has changed. With async=true it answers 202 with a jobId to poll at /api/platform/jobs/{id}; the
     * caller's right to the unit is checked before the upload is kept.
     */
    @PostMapping(path = "/units/{unitId}/staff/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Permits({Role.ADMIN, Role.COMMISSION, Role.UNIT})
    ResponseEntity<?> importFile(
            @PathVariable long unitId,
            @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean async) {
        if (async) {
            staffImport.requireManages(unitId);
            String jobId = jobs.submit(
                    "staff-import", StaffImportJob.class, new StaffImportJob.Input(unitId, uploads.keep(file)));
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("jobId", jobId));
        }
        Path copy = ExcelUpload.copy(file);
        try {
            return ResponseEntity.ok(staffImport.importFile(unitId, copy));
        } finally {
            ExcelUpload.delete(copy);
        }
    }

    /** Each unit's staff figures (teachers, qualified, titles, backbone, PE/art) in the caller's scope. */
    @GetMapping("/units/figures")
    List<StaffView.UnitFigures> figures() {
        return registry.unitFigures();
    }

    /** Registers a person at a unit; 409 when the ID number is already on the region's roll. */
    @PostMapping("/units/{unitId}/staff")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.UNIT})
    StaffView create(@PathVariable long unitId, @Valid @RequestBody StaffForm form) {
        return registry.create(unitId, form.fields());
    }

    /** Changes a person's record (not the ID number); 409 {@code stale} on a changed version. */
    @PutMapping("/staff/{id}")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.UNIT})
    StaffView update(@PathVariable long id, @Valid @RequestBody UpdateForm form) {
        return registry.update(id, form.person().fields(), form.version());
    }

    /** Takes a person off the roll (LEFT or RETIRED); the record stays for what refers to it. */
    @PostMapping("/staff/{id}/leave")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.UNIT})
    StaffView leave(@PathVariable long id, @Valid @RequestBody LeaveForm form) {
        return registry.leave(id, form.status(), form.version());
    }
}
