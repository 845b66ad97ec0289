package org.xuequ.evaluation.conditions.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
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
import org.xuequ.evaluation.conditions.ConditionsCensus;
import org.xuequ.evaluation.conditions.ConditionsFigures;
import org.xuequ.evaluation.conditions.ConditionsRow;
import org.xuequ.evaluation.conditions.ConditionsSheet;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.excel.ExcelUpload;

/**
 * The school conditions census (办学条件). Read by the region's commission and inspectors, a district
 * office for its districts and a school for itself; written by the same minus inspectors; imported
 * by the commission and district offices.
 */
@RestController
@RequestMapping("/api/evaluation/conditions")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.INSPECTOR, Role.UNIT})
class ConditionsController {

    private final ConditionsCensus census;
    private final ConditionsSheet sheet;

    ConditionsController(ConditionsCensus census, ConditionsSheet sheet) {
        this.census = census;
        this.sheet = sheet;
    }

    /** An edit of a school's figures for a year. */
    record ConditionsForm(
            @NotNull @Valid ConditionsFigures figures,
            @Nullable Long version) {}

    /**
     * Every school in scope for the school year, reported or not, by district and name, with the year before's
     * figures beside each and the figures that moved by half or more flagged.
     */
    @GetMapping
    Page<ConditionsRow> list(
            @RequestParam int year,
            @RequestParam(required = false) @Nullable Long districtId,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "false") boolean onlyMissing,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return census.list(
                year,
                new ConditionsCensus.Filter(districtId, q, onlyMissing),
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500)));
    }

    /** School years with any report in the caller's region, newest first. */
    @GetMapping("/years")
    List<Integer> years() {
        return census.years();
    }

    /** One school's census line for a school year. */
    @GetMapping("/{unitId}/{year}")
    ConditionsRow get(@PathVariable long unitId, @PathVariable int year) {
        return census.get(unitId, year);
    }

    /**
     * Saves a school's figures for a school year. Send the version you read (null for a first report); 409 when
     * someone saved in between, 400 naming each bad figure.
     */
    @PutMapping("/{unitId}/{year}")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT})
    ConditionsRow save(@PathVariable long unitId, @PathVariable int year, @Valid @RequestBody ConditionsForm form) {
        return census.save(unitId, year, form.figures(), form.version());
    }

    /** The empty census template (.xlsx) with its column notes. */
    @GetMapping("/template")
    void template(HttpServletResponse response) throws IOException {
        sheet.template(ExcelUpload.xlsx(response, "conditions-template.xlsx"));
    }

    /** Every school in scope with its figures of the school year (blank where not reported), as .xlsx. */
    @GetMapping("/export")
    void export(@RequestParam int year, HttpServletResponse response) throws IOException {
        sheet.export(year, ExcelUpload.xlsx(response, "conditions-" + year + ".xlsx"));
    }

    /**
     * Imports the census of a school year, all or nothing: 200 with the counts and the figures that jumped, or 400
     * listing every bad row and column, after which nothing has changed.
     */
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
    ConditionsSheet.ImportOutcome importFile(@RequestParam int year, @RequestPart("file") MultipartFile file) {
        Path copy = ExcelUpload.copy(file);
        try {
            return sheet.importFile(year, copy);
        } finally {
            ExcelUpload.delete(copy);
        }
    }

    /** The upload handed back with an error column (错误/Error) on each bad row; nothing is written. */
    @PostMapping(path = "/import/annotated", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
    void annotated(@RequestParam int year, @RequestPart("file") MultipartFile file, HttpServletResponse response) {
        Path copy = ExcelUpload.copy(file);
        try {
            sheet.annotate(year, copy, () -> {
                try {
                    return ExcelUpload.xlsx(response, "conditions-checked.xlsx");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } finally {
            ExcelUpload.delete(copy);
        }
    }
}
