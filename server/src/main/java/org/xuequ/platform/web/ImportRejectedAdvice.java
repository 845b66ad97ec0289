package org.xuequ.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.excel.ImportRejected;
import org.xuequ.platform.internal.web.ProblemRenderer;

/**
 * A rejected import is a validation problem that also says how many errors there are in all, since
 * the list stops at {@link ImportRejected#LISTED}. Ordered first; everything else falls through to
 * {@link ProblemAdvice}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportRejectedAdvice {

    private final ProblemRenderer renderer;

    ImportRejectedAdvice(ProblemRenderer renderer) {
        this.renderer = renderer;
    }

    @ExceptionHandler(ImportRejected.class)
    ResponseEntity<ProblemDetail> rejected(ImportRejected e, HttpServletRequest request) {
        return ResponseEntity.status(e.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(render(e, request));
    }

    /** Any failure as a problem body, for places (job polls) that report it rather than throw it. */
    ProblemDetail render(RuntimeException e, HttpServletRequest request) {
        if (!(e instanceof XuequProblem problem)) {
            return renderer.problem(
                    request, HttpStatus.INTERNAL_SERVER_ERROR, "problem.internal", new Object[0], java.util.List.of());
        }
        ProblemDetail detail = renderer.problem(
                request, problem.status(), problem.messageKey(), problem.arguments(), problem.errors());
        if (problem instanceof ImportRejected rejected) {
            detail.setProperty("errorCount", rejected.errorCount());
            detail.setProperty("badRows", rejected.badRows());
        }
        return detail;
    }
}
