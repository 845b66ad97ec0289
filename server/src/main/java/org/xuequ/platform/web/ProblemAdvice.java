package org.xuequ.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.platform.internal.web.IntegrityViolations;
import org.xuequ.platform.internal.web.ProblemRenderer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidNullException;

/** Every error an API caller can get, as application/problem+json, localised; nothing leaks a stack trace. */
@RestControllerAdvice
class ProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    private final ProblemRenderer renderer;
    private final IntegrityViolations violations;

    ProblemAdvice(ProblemRenderer renderer, IntegrityViolations violations) {
        this.renderer = renderer;
        this.violations = violations;
    }

    @ExceptionHandler(XuequProblem.class)
    ResponseEntity<ProblemDetail> problem(XuequProblem e, HttpServletRequest request) {
        return respond(request, e.status(), e.messageKey(), e.arguments(), e.errors());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<FieldProblem> errors = e.getBindingResult().getAllErrors().stream()
                .map(error -> new FieldProblem(
                        error instanceof FieldError f ? f.getField() : error.getObjectName(),
                        error.getDefaultMessage()))
                .toList();
        return respond(request, HttpStatus.BAD_REQUEST, "problem.validation", new Object[0], errors);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(
                                result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return respond(request, HttpStatus.BAD_REQUEST, "problem.validation", new Object[0], errors);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> invalidConstraint(ConstraintViolationException e, HttpServletRequest request) {
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .toList();
        return respond(request, HttpStatus.BAD_REQUEST, "problem.validation", new Object[0], errors);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return respond(
                request,
                HttpStatus.BAD_REQUEST,
                "problem.validation",
                new Object[0],
                List.of(new FieldProblem(e.getName(), "error.malformed")));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        List<FieldProblem> errors = e.getCause() instanceof DatabindException wrong
                        && !wrong.getPath().isEmpty()
                ? List.of(new FieldProblem(
                        fieldPath(wrong), wrong instanceof InvalidNullException ? "error.required" : "error.malformed"))
                : List.of();
        return respond(request, HttpStatus.BAD_REQUEST, "problem.unreadable", new Object[0], errors);
    }

    /** {@code positions[0].name}: where in the body the value is wrong, never the value (it may be an ID number). */
    static String fieldPath(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference step : e.getPath()) {
            if (step.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> stale(OptimisticLockingFailureException e, HttpServletRequest request) {
        return respond(request, HttpStatus.CONFLICT, "problem.stale", new Object[0], List.of());
    }

    /** Named by constraint and fields only: the exception's message may carry the values (ID numbers). */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> conflict(DataIntegrityViolationException e, HttpServletRequest request) {
        IntegrityViolations.Violation violation = violations.explain(e);
        log.info(
                "Integrity violation on {}: SQLState {}, constraint {}",
                request.getRequestURI(),
                violation.sqlState(),
                violation.constraint());
        if (violation.duplicate() && !violation.fields().isEmpty()) {
            return respond(request, HttpStatus.CONFLICT, "problem.duplicate", new Object[0], violation.fields());
        }
        return respond(request, HttpStatus.CONFLICT, "problem.conflict", new Object[0], List.of());
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ProblemDetail> forbidden(RuntimeException e, HttpServletRequest request) {
        return respond(request, HttpStatus.FORBIDDEN, "problem.forbidden", new Object[0], List.of());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(
            MissingServletRequestParameterException e, HttpServletRequest request) {
        return respond(
                request,
                HttpStatus.BAD_REQUEST,
                "problem.validation",
                new Object[0],
                List.of(new FieldProblem(e.getParameterName(), "error.required")));
    }

    /**
     * An unknown sort property gets past the web layer's check only where a row's property has no
     * column behind it; Spring Data or Hibernate then refuses it deep in the query.
     */
    @ExceptionHandler({PropertyReferenceException.class, InvalidDataAccessApiUsageException.class})
    ResponseEntity<ProblemDetail> badSort(RuntimeException e, HttpServletRequest request) {
        if (causedBy(e, "PropertyReferenceException")
                || request.getParameter("sort") != null
                        && (causedBy(e, "PathElementException") || causedBy(e, "UnknownPathException"))) {
            return respond(
                    request,
                    HttpStatus.BAD_REQUEST,
                    "problem.validation",
                    new Object[0],
                    List.of(new FieldProblem("sort", "error.unknown-sort")));
        }
        return unexpected(e, request);
    }

    private static boolean causedBy(Throwable e, String simpleName) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals(simpleName)) {
                return true;
            }
        }
        return false;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse framework) {
            // Spring's own errors (404 no handler, 405, 415 ...) keep their status, with our shape and language.
            HttpStatus status = HttpStatus.valueOf(framework.getStatusCode().value());
            String key = status == HttpStatus.NOT_FOUND ? "problem.no-such-path" : "problem.http";
            return respond(request, status, key, new Object[] {status.value(), status.getReasonPhrase()}, List.of());
        }
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(request, HttpStatus.INTERNAL_SERVER_ERROR, "problem.internal", new Object[0], List.of());
    }

    private ResponseEntity<ProblemDetail> respond(
            HttpServletRequest request, HttpStatus status, String key, Object[] args, List<FieldProblem> errors) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(renderer.problem(request, status, key, args, errors));
    }
}
