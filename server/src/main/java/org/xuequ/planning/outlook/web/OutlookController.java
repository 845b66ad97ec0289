package org.xuequ.planning.outlook.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
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
import org.xuequ.engine.forecast.ProgressionMethod;
import org.xuequ.planning.outlook.BirthsSheet;
import org.xuequ.planning.outlook.OutlookInputs;
import org.xuequ.planning.outlook.OutlookTerms;
import org.xuequ.planning.outlook.OutlookView;
import org.xuequ.planning.outlook.SeatOutlook;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.excel.ExcelUpload;

/**
 * The seat outlook (学位储备) per school district and its inputs. Read by the commission and inspectors (the
 * region), a district office (its districts); the commission edits the terms, history and births; a district
 * office enters its districts' new housing.
 */
@RestController
@RequestMapping("/api/planning/outlook")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.INSPECTOR, Role.UNIT})
class OutlookController {

    private final SeatOutlook outlook;
    private final OutlookInputs inputs;
    private final BirthsSheet births;

    OutlookController(SeatOutlook outlook, OutlookInputs inputs, BirthsSheet births) {
        this.outlook = outlook;
        this.inputs = inputs;
        this.births = births;
    }

    /** A district's terms with the version read (null for the first save). */
    record TermsForm(
            @NotNull @DecimalMin("0") @DecimalMax("1") Double districtShare,
            @NotNull @DecimalMin("0") @DecimalMax("1") Double publicShare,
            @NotNull @DecimalMin("0") @DecimalMax("5") Double childrenPerHousehold,
            @Nullable ProgressionMethod method,
            @Nullable @Min(1) @Max(50) Integer window,
            @Nullable Long version) {}

    /** A district's observed pupils by grade, every cell (replaces what was there). */
    record HistoryForm(@NotNull @Size(max = 2000) @Valid List<OutlookInputs.HistoryCell> cells) {}

    /** Registered births of one birth year. */
    record BirthsForm(@NotNull @Min(0) Integer births) {}

    /** Homes completed in a block in a year. */
    record HousingForm(
            @NotNull Long blockId,
            @NotNull @Min(2000) @Max(2100) Integer completionYear,
            @NotNull @Min(0) Integer homes) {}

    /**
     * The outlook of every primary school district in scope (or of {@code districtId}): the entry-grade estimate term
     * by term, the six-year grade-progression projection, the backtest's MAPE per horizon beside each year, and the
     * seat gap against the registry's and the key projects' seats.
     */
    @GetMapping
    OutlookView.Outlook outlook(@RequestParam(required = false) @Nullable Long districtId) {
        return outlook.outlook(districtId);
    }

    /**
     * How one figure was computed: with {@code grade}, that grade's projected count (source cell × ratio and the
     * transitions averaged, or the entry terms); without, {@code figure} = PUPILS, CAPACITY or GAP (default).
     */
    @GetMapping("/{districtId}/arithmetic")
    OutlookView.Arithmetic arithmetic(
            @PathVariable long districtId,
            @RequestParam int year,
            @RequestParam(required = false) @Nullable Integer grade,
            @RequestParam(required = false) @Nullable String figure) {
        return outlook.arithmetic(districtId, year, grade, figure);
    }

    /** Saves a district's terms (shares, children per home, method, window); 409 when the version is stale. */
    @PutMapping("/{districtId}/terms")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Permits({Role.ADMIN, Role.COMMISSION})
    void saveTerms(@PathVariable long districtId, @Valid @RequestBody TermsForm form) {
        inputs.saveTerms(
                districtId,
                new OutlookTerms(
                        form.districtShare(),
                        form.publicShare(),
                        form.childrenPerHousehold(),
                        form.method() == null ? ProgressionMethod.MEAN : form.method(),
                        form.window(),
                        false),
                form.version());
    }

    /** Replaces a district's observed pupils by grade, all or nothing (400 when years or grades have gaps). */
    @PutMapping("/{districtId}/history")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Permits({Role.ADMIN, Role.COMMISSION})
    void replaceHistory(@PathVariable long districtId, @Valid @RequestBody HistoryForm form) {
        inputs.replaceHistory(districtId, form.cells());
    }

    /** Enters a district's registered births of a birth year (they replace the census cohort for that year). */
    @PutMapping("/{districtId}/births/{birthYear}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Permits({Role.ADMIN, Role.COMMISSION})
    void saveBirths(@PathVariable long districtId, @PathVariable int birthYear, @Valid @RequestBody BirthsForm form) {
        inputs.saveBirths(districtId, birthYear, form.births());
    }

    /** Removes a district's births of a birth year (the census cohort applies again). */
    @DeleteMapping("/{districtId}/births/{birthYear}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Permits({Role.ADMIN, Role.COMMISSION})
    void deleteBirths(@PathVariable long districtId, @PathVariable int birthYear) {
        inputs.deleteBirths(districtId, birthYear);
    }

    /** The empty births template (.xlsx): 学区名称, 出生年份, 出生人数. */
    @GetMapping("/births/template")
    @Permits({Role.ADMIN, Role.COMMISSION})
    void birthsTemplate(HttpServletResponse response) throws IOException {
        births.template(ExcelUpload.xlsx(response, "births-template.xlsx"));
    }

    /**
     * Imports registered births, all or nothing: 200 with the counts, or 400 listing every bad row and column, after
     * which nothing has changed.
     */
    @PostMapping(path = "/births/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Permits({Role.ADMIN, Role.COMMISSION})
    BirthsSheet.ImportOutcome importBirths(@RequestPart("file") MultipartFile file) {
        Path copy = ExcelUpload.copy(file);
        try {
            return births.importFile(copy);
        } finally {
            ExcelUpload.delete(copy);
        }
    }

    /** A district's new housing per block, by completion year. */
    @GetMapping("/{districtId}/housing")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.INSPECTOR})
    List<OutlookInputs.HousingView> housing(@PathVariable long districtId) {
        return inputs.housing(districtId);
    }

    /** Enters or corrects the homes completed in a block in a year; a district office for its own districts. */
    @PutMapping("/{districtId}/housing")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
    List<OutlookInputs.HousingView> saveHousing(@PathVariable long districtId, @Valid @RequestBody HousingForm form) {
        return inputs.saveHousing(districtId, form.blockId(), form.completionYear(), form.homes());
    }

    /** Removes a housing entry. */
    @DeleteMapping("/housing/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
    void deleteHousing(@PathVariable long id) {
        inputs.deleteHousing(id);
    }
}
