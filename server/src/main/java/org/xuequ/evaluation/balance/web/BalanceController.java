package org.xuequ.evaluation.balance.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.engine.balance.Indicator;
import org.xuequ.evaluation.balance.BalanceAdvice;
import org.xuequ.evaluation.balance.BalanceArithmetic;
import org.xuequ.evaluation.balance.BalanceCalculations;
import org.xuequ.evaluation.balance.BalanceSelection;
import org.xuequ.evaluation.balance.BalanceView;
import org.xuequ.evaluation.balance.TrendPoint;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.excel.ExcelUpload;

/**
 * Balance between schools by the national method (县域义务教育优质均衡 2017, 基本均衡 2012). Everything
 * here reads: what-if computes on a copy and saves nothing. A district office sees its own districts;
 * schools and institutions have no part.
 */
@RestController
@RequestMapping("/api/evaluation/balance")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.INSPECTOR})
class BalanceController {

    private final BalanceCalculations calculations;
    private final BalanceAdvice advice;

    BalanceController(BalanceCalculations calculations, BalanceAdvice advice) {
        this.calculations = calculations;
        this.advice = advice;
    }

    /** A what-if request: the selection and the changes to try. */
    record WhatIfForm(
            int year,
            String level,
            @Nullable String standard,
            @Nullable Long districtId,
            List<BalanceAdvice.ChangeForm> changes) {}

    /**
     * Each indicator's coefficient of variation against its threshold and each school against the minimums, for a
     * school year, level (PRIMARY, JUNIOR) and standard (2017 default, 2012), in a district or the whole region (a
     * district office without districtId gets its first district). 404 no-conditions when nobody reported.
     */
    @GetMapping
    BalanceView balance(
            @RequestParam int year,
            @RequestParam String level,
            @RequestParam(required = false) @Nullable String standard,
            @RequestParam(required = false) @Nullable Long districtId) {
        return calculations.balance(BalanceSelection.of(year, level, standard, districtId));
    }

    /** Each school year's coefficients of variation for the level and standard, oldest first. */
    @GetMapping("/trend")
    List<TrendPoint> trend(
            @RequestParam String level,
            @RequestParam(required = false) @Nullable String standard,
            @RequestParam(required = false) @Nullable Long districtId) {
        return calculations.trend(BalanceSelection.of(2000, level, standard, districtId));
    }

    /** How one indicator's coefficient of variation was reached: every school's term, the sums and the formula. */
    @GetMapping("/arithmetic")
    BalanceArithmetic arithmetic(
            @RequestParam int year,
            @RequestParam String level,
            @RequestParam(required = false) @Nullable String standard,
            @RequestParam Indicator indicator,
            @RequestParam(required = false) @Nullable Long districtId) {
        return advice.arithmetic(BalanceSelection.of(year, level, standard, districtId), indicator);
    }

    /**
     * The same selection before and after some changes (MOVE an amount of an indicator's resource between two
     * schools, ADD an amount at one). Nothing is saved; 400 names the change that cannot be applied.
     */
    @PostMapping("/what-if")
    BalanceAdvice.WhatIf whatIf(@RequestBody WhatIfForm form) {
        return advice.whatIf(
                BalanceSelection.of(form.year(), form.level(), form.standard(), form.districtId()),
                form.changes() == null ? List.of() : form.changes());
    }

    /**
     * The best next steps, best first: for each indicator failing its threshold, the one move of a teacher (or room)
     * or addition of 10,000 yuan (or 100 m²) that lowers its coefficient of variation most, with the reasoning.
     */
    @GetMapping("/suggestions")
    List<BalanceAdvice.SuggestionView> suggestions(
            @RequestParam int year,
            @RequestParam String level,
            @RequestParam(required = false) @Nullable String standard,
            @RequestParam(required = false) @Nullable Long districtId,
            @RequestParam(defaultValue = "5") int limit) {
        return advice.suggestions(
                BalanceSelection.of(year, level, standard, districtId), Math.min(Math.max(limit, 1), 20));
    }

    /** The balance report as the official-style tables (.xlsx): CVs, schools against minimums, and the arithmetic. */
    @GetMapping("/export.xlsx")
    void exportXlsx(
            @RequestParam int year,
            @RequestParam String level,
            @RequestParam(required = false) @Nullable String standard,
            @RequestParam(required = false) @Nullable Long districtId,
            HttpServletResponse response)
            throws IOException {
        BalanceAdvice.Report report = advice.report(BalanceSelection.of(year, level, standard, districtId));
        report.writeXlsx(ExcelUpload.xlsx(response, report.title() + ".xlsx"));
    }

    /** The balance report as a PDF in Chinese. */
    @GetMapping("/export.pdf")
    void exportPdf(
            @RequestParam int year,
            @RequestParam String level,
            @RequestParam(required = false) @Nullable String standard,
            @RequestParam(required = false) @Nullable Long districtId,
            HttpServletResponse response)
            throws IOException {
        BalanceAdvice.Report report = advice.report(BalanceSelection.of(year, level, standard, districtId));
        response.setContentType("application/pdf");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(report.title() + ".pdf", StandardCharsets.UTF_8)
                        .build()
                        .toString());
        report.writePdf(response.getOutputStream());
    }
}
