package org.xuequ.platform.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.xuequ.platform.XuequProblem.FieldProblem;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds every RFC 9457 problem the platform answers with, from message keys, in the caller's
 * language. Used by the MVC advice and by the security filters, which run before MVC.
 */
@Component
public class ProblemRenderer {

    private final MessageSource messages;
    private final LocaleResolver localeResolver;
    private final JsonMapper json;

    ProblemRenderer(MessageSource messages, LocaleResolver localeResolver, JsonMapper json) {
        this.messages = messages;
        this.localeResolver = localeResolver;
        this.json = json;
    }

    public ProblemDetail problem(
            HttpServletRequest request, HttpStatus status, String key, Object[] args, List<FieldProblem> errors) {
        Locale locale = localeResolver.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("urn:xuequ:problem:" + key.replaceFirst("^problem\\.", "")));
        problem.setTitle(messages.getMessage(key + ".title", null, status.getReasonPhrase(), locale));
        problem.setDetail(messages.getMessage(key + ".detail", args, null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        if (!errors.isEmpty()) {
            problem.setProperty(
                    "errors", errors.stream().map(error -> asMap(error, locale)).toList());
        }
        return problem;
    }

    public void write(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key, Object... args)
            throws IOException {
        ProblemDetail problem = problem(request, status, key, args, List.of());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    /** A reason is either a message key (error.*) or text that is already localised (bean validation). */
    private java.util.Map<String, Object> asMap(FieldProblem error, Locale locale) {
        var map = new java.util.LinkedHashMap<String, Object>();
        if (error.row() != null) {
            map.put("row", error.row());
        }
        map.put("field", error.field());
        map.put("reason", messages.getMessage(error.reason(), null, error.reason(), locale));
        return map;
    }
}
