package org.xuequ.supervision.rubrics.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.excel.ExcelUpload;
import org.xuequ.supervision.rubrics.CriterionFields;
import org.xuequ.supervision.rubrics.RubricSheet;
import org.xuequ.supervision.rubrics.RubricView;
import org.xuequ.supervision.rubrics.Rubrics;

/**
 * Rubrics (督导指标): versioned templates of domains, items and criteria. Everyone who inspects or is inspected
 * reads them (a unit runs the same rubric on itself); the commission writes them. A rubric an inspection uses is
 * never edited (409) — make a new edition.
 */
@RestController
@RequestMapping("/api/supervision/rubrics")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.INSPECTOR, Role.UNIT})
class RubricController {

    private final Rubrics rubrics;
    private final RubricSheet sheet;

    RubricController(Rubrics rubrics, RubricSheet sheet) {
        this.rubrics = rubrics;
        this.sheet = sheet;
    }

    /** A template: its name and its criteria in order, each with its domain and item. */
    record RubricForm(
            @NotBlank @Size(max = 200) String name, @NotNull List<@Valid CriterionFields> criteria) {}

    /** A template's new content with the version the editor read. */
    record RubricUpdate(
            @NotBlank @Size(max = 200) String name,
            @NotNull List<@Valid CriterionFields> criteria,
            @NotNull Long version) {}

    /** The region's rubrics (newest edition first within a name) as trees of domains, items and criteria. */
    @GetMapping
    List<RubricView> list() {
        return rubrics.list();
    }

    @GetMapping("/{id}")
    RubricView get(@PathVariable long id) {
        return rubrics.get(id);
    }

    /** A new rubric (or the next edition of the one of that name); 400 names each bad criterion field. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Permits({Role.ADMIN, Role.COMMISSION})
    RubricView create(@Valid @RequestBody RubricForm form) {
        return rubrics.create(form.name(), form.criteria());
    }

    /** Edits a rubric no inspection uses: 409 {@code supervision-rubric-in-use} otherwise, {@code stale} on a stale version. */
    @PutMapping("/{id}")
    @Permits({Role.ADMIN, Role.COMMISSION})
    RubricView update(@PathVariable long id, @Valid @RequestBody RubricUpdate form) {
        return rubrics.update(id, form.name(), form.criteria(), form.version());
    }

    /** Copies the rubric as its next edition (unused, editable); the original stays as it is. */
    @PostMapping("/{id}/editions")
    @ResponseStatus(HttpStatus.CREATED)
    @Permits({Role.ADMIN, Role.COMMISSION})
    RubricView newEdition(@PathVariable long id) {
        return rubrics.newEdition(id);
    }

    /** The empty template (.xlsx): one criterion per row with its domain and item. */
    @GetMapping("/template")
    void template(HttpServletResponse response) throws IOException {
        sheet.template(ExcelUpload.xlsx(response, "rubric-template.xlsx"));
    }

    /** The rubric as .xlsx, in the import's format. */
    @GetMapping("/{id}/export")
    void export(@PathVariable long id, HttpServletResponse response) throws IOException {
        sheet.export(id, ExcelUpload.xlsx(response, "rubric-" + id + ".xlsx"));
    }

    /**
     * Imports a template as a new rubric named {@code name} (the next edition when the name exists), all or
     * nothing: 400 lists every bad row and column and nothing is stored.
     */
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Permits({Role.ADMIN, Role.COMMISSION})
    RubricView importFile(@RequestParam String name, @RequestPart("file") MultipartFile file) {
        Path copy = ExcelUpload.copy(file);
        try {
            return sheet.importFile(name, copy);
        } finally {
            ExcelUpload.delete(copy);
        }
    }

    /** The upload handed back with an error column (错误/Error) on each bad row; nothing is stored. */
    @PostMapping(path = "/import/annotated", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Permits({Role.ADMIN, Role.COMMISSION})
    void annotated(@RequestPart("file") MultipartFile file, HttpServletResponse response) {
        Path copy = ExcelUpload.copy(file);
        try {
            sheet.annotate(copy, () -> {
                try {
                    return ExcelUpload.xlsx(response, "rubric-checked.xlsx");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } finally {
            ExcelUpload.delete(copy);
        }
    }
}
