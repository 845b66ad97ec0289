package org.xuequ.platform.internal.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.List;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.platform.access.PublicEndpoint;

/**
 * Replaces Spring Boot's /error (JSON of its own shape, or a whitelabel page): whatever failed
 * outside MVC (a filter, the container) is answered as an RFC 9457 problem like everything else.
 * The failure's message is never shown; a direct call to /error finds nothing.
 */
@RestController
class ProblemErrorController implements ErrorController {

    private final ProblemRenderer renderer;

    ProblemErrorController(ProblemRenderer renderer) {
        this.renderer = renderer;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    @PublicEndpoint("the container's error page: renders a failure that happened before or outside MVC as a problem")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value)
                : HttpStatus.NOT_FOUND;
        String key = switch (status) {
            case NOT_FOUND -> "problem.no-such-path";
            case UNAUTHORIZED -> "problem.unauthenticated";
            case FORBIDDEN -> "problem.forbidden";
            default -> status.is5xxServerError() ? "problem.internal" : "problem.http";
        };
        ProblemDetail problem = renderer.problem(
                new OriginalRequest(request),
                status,
                key,
                new Object[] {status.value(), status.getReasonPhrase()},
                List.of());
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** The problem's instance is the path that failed, not /error. */
    private static final class OriginalRequest extends HttpServletRequestWrapper {
        OriginalRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getRequestURI() {
            Object original = getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            return original instanceof String uri ? uri : super.getRequestURI();
        }
    }
}
