package org.xuequ.platform;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A failure the caller can act on, rendered as an RFC 9457 problem. The title and detail are
 * message keys (messages*.properties), localised per request; Chinese first, English second.
 */
public class XuequProblem extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;
    private final Object[] arguments;
    private final List<FieldProblem> errors;

    public XuequProblem(HttpStatus status, String messageKey, Object... arguments) {
        this(status, List.of(), messageKey, arguments);
    }

    public XuequProblem(HttpStatus status, List<FieldProblem> errors, String messageKey, Object... arguments) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
        this.errors = List.copyOf(errors);
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    public static XuequProblem notFound(String entity, Object id) {
        return new XuequProblem(HttpStatus.NOT_FOUND, "problem.not-found", entity, id);
    }

    public static XuequProblem invalid(List<FieldProblem> errors) {
        return new XuequProblem(HttpStatus.BAD_REQUEST, errors, "problem.validation");
    }

    public static XuequProblem invalid(String field, String reason) {
        return invalid(List.of(new FieldProblem(field, reason)));
    }

    /**
     * One reason a request was rejected. {@code field} names the JSON field (or column); {@code row}
     * is the 1-based file row for imports and null otherwise.
     */
    public record FieldProblem(String field, String reason, Integer row) {
        public FieldProblem(String field, String reason) {
            this(field, reason, null);
        }
    }
}
