package org.xuequ.platform.internal.apidocs;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.accounts.RateLimited;
import org.xuequ.platform.internal.security.EndpointPolicy;

/**
 * Writes into each operation what its handler already declares: who may call it (from
 * {@code @Permits} / {@code @PublicEndpoint}, read through {@link EndpointPolicy} like the interceptor
 * that enforces it), the problems it can answer with (RFC 9457, {@code application/problem+json}), and
 * an operation id made of the controller and method names, which stays put when packages move.
 */
final class WhoMayCallIt implements GlobalOperationCustomizer {

    static final String PROBLEM = "Problem";
    static final String SESSION = "session";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        operation.setOperationId(handler.getBeanType().getSimpleName() + "."
                + handler.getMethod().getName());
        Optional<EndpointPolicy> declared = EndpointPolicy.of(handler);
        if (declared.isEmpty()) {
            return operation;
        }
        EndpointPolicy policy = declared.get();
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        boolean hasInput = operation.getRequestBody() != null
                || operation.getParameters() != null
                        && !operation.getParameters().isEmpty();
        if (hasInput) {
            problem(
                    responses,
                    "400",
                    "The input is invalid: one entry in `errors` per field (problem.validation and others).");
        }
        if (policy.open()) {
            operation.addExtension("x-xuequ-public", policy.openBecause());
            operation.setDescription(join(
                    operation.getDescription(),
                    "**Who may call:** anyone, without signing in (" + policy.openBecause() + ")."));
        } else {
            List<String> roles = policy.roles().stream().map(Role::name).toList();
            Map<String, Object> permits = new LinkedHashMap<>();
            permits.put("roles", roles);
            permits.put("scope", policy.scope().name());
            operation.addExtension("x-xuequ-permits", permits);
            operation.addSecurityItem(new SecurityRequirement().addList(SESSION));
            operation.setDescription(join(
                    operation.getDescription(),
                    "**Who may call:** " + String.join(", ", roles) + "; data scope `"
                            + policy.scope().name() + "`."));
            problem(responses, "401", "Not signed in (problem.unauthenticated).");
            problem(
                    responses,
                    "403",
                    "The caller's role may not call this, or the row is outside the caller's data scope.");
        }
        if (AnnotatedElementUtils.hasAnnotation(handler.getMethod(), RateLimited.class)) {
            problem(responses, "429", "Too many calls from this client address; see the Retry-After header.");
        }
        if (operation.getSummary() != null) {
            operation.setSummary(ContractShape.unwrap(operation.getSummary()));
        }
        problem(responses, "default", "Any other failure, as an RFC 9457 problem (404 missing, 409 conflict, ...).");
        operation.setResponses(responses);
        return operation;
    }

    private static void problem(ApiResponses responses, String code, String description) {
        if (responses.containsKey(code)) {
            return;
        }
        responses.addApiResponse(
                code,
                new ApiResponse()
                        .description(description)
                        .content(new Content()
                                .addMediaType(
                                        "application/problem+json",
                                        new MediaType()
                                                .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }

    private static String join(String description, String line) {
        return description == null || description.isBlank() ? line : ContractShape.unwrap(description) + "\n\n" + line;
    }
}
