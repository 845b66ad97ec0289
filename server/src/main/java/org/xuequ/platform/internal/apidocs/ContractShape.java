package org.xuequ.platform.internal.apidocs;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * Makes the schemas say what Jackson sends. Our JSON includes null properties (no {@code @JsonInclude}
 * anywhere, Jackson's default), so every property of a response is present: all are {@code required}.
 * A property is {@code null}-able only when its Java declaration says so, with a {@code @Nullable}
 * (JSpecify, on the record component, field or getter type; any annotation named Nullable counts),
 * or an {@code Optional}; never one that bean validation requires (a declaration that says both fails
 * loudly). Everything else is non-null,
 * so the console's generated types are strict. Request bodies follow the same rule: the console sends
 * every property, null where the server accepts null (which Jackson reads like an absent one). Also:
 * the RFC 9457 problem schema, the session cookie, one server at "/".
 */
final class ContractShape implements GlobalOpenApiCustomizer {

    private final StableSchemaNames names;

    ContractShape(StableSchemaNames names) {
        this.names = names;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void customise(OpenAPI api) {
        api.setServers(List.of(new Server().url("/").description("this server")));
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.setComponents(components);
        components.addSecuritySchemes(
                WhoMayCallIt.SESSION,
                new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.COOKIE)
                        .name("JSESSIONID")
                        .description(
                                "The session of POST /api/platform/auth/login; writes also send the X-XSRF-TOKEN header "
                                        + "with the XSRF-TOKEN cookie's value."));
        components.addSchemas(WhoMayCallIt.PROBLEM, problemSchema());
        if (api.getTags() != null) {
            api.getTags().sort(Comparator.comparing(tag -> tag.getName()));
            api.getTags().stream()
                    .filter(tag -> tag.getDescription() != null)
                    .forEach(tag -> tag.setDescription(unwrap(tag.getDescription())));
        }
        Map<String, Schema> schemas = components.getSchemas();
        if (schemas.containsKey("JsonNode")) {
            // Any JSON value (audit snapshots): swagger-core would describe the Java class instead.
            schemas.put("JsonNode", new Schema<>().specVersion(SpecVersion.V31).description("Any JSON value."));
        }
        for (Map.Entry<String, Schema> entry : schemas.entrySet()) {
            if (!entry.getKey().equals(WhoMayCallIt.PROBLEM)) {
                shape(entry.getKey(), entry.getValue());
            }
        }
    }

    private void shape(String name, Schema<?> schema) {
        if (schema.getDescription() != null) {
            schema.setDescription(unwrap(schema.getDescription()));
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null || properties.isEmpty()) {
            return;
        }
        JavaType type = names.typeOf(name);
        // What swagger-core marked required so far comes from bean validation (@NotNull, @NotBlank): never null.
        Set<String> validated = new TreeSet<>(schema.getRequired() == null ? List.of() : schema.getRequired());
        for (Map.Entry<String, Schema> property : new ArrayList<>(properties.entrySet())) {
            boolean declared = type != null && declaredNullable(type.getRawClass(), property.getKey());
            if (declared && validated.contains(property.getKey())) {
                // Loud on purpose: the console's types would say one thing and the server do the other.
                throw new IllegalStateException(
                        name + "." + property.getKey() + " is declared @Nullable but bean validation requires it");
            }
            boolean nullable = declared;
            if (property.getValue().getDescription() != null) {
                property.getValue().setDescription(unwrap(property.getValue().getDescription()));
            }
            if (nullable) {
                properties.put(property.getKey(), orNull(property.getValue()));
            }
        }
        schema.setRequired(new ArrayList<>(new TreeSet<>(properties.keySet())));
    }

    static boolean declaredNullable(Class<?> type, String property) {
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals(property)) {
                    return nullable(component.getType(), component, component.getAnnotatedType());
                }
            }
        }
        for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
            for (Field field : t.getDeclaredFields()) {
                if (field.getName().equals(property)) {
                    return nullable(field.getType(), field, field.getAnnotatedType());
                }
            }
        }
        String capitalised = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() == 0
                    && (method.getName().equals("get" + capitalised)
                            || method.getName().equals("is" + capitalised))) {
                return nullable(method.getReturnType(), method, method.getAnnotatedReturnType());
            }
        }
        return false;
    }

    private static boolean nullable(Class<?> type, AnnotatedElement declaration, AnnotatedElement use) {
        if (type.isPrimitive()) {
            return false;
        }
        return type == Optional.class
                || namedNullable(declaration.getAnnotations())
                || namedNullable(use.getAnnotations());
    }

    private static boolean namedNullable(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation.annotationType().getSimpleName().equals("Nullable")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Javadoc's line breaks taken out of a description: lines of one paragraph joined by a space, paragraphs (an
     * empty line between) kept apart.
     */
    static String unwrap(String javadoc) {
        String[] paragraphs = javadoc.strip().split("\\s*\\n\\s*\\n\\s*");
        List<String> joined = new ArrayList<>();
        for (String paragraph : paragraphs) {
            joined.add(paragraph.replaceAll("\\s*\\n\\s*", " "));
        }
        return String.join("\n\n", joined);
    }

    /** The same schema, also allowing null (OpenAPI 3.1: a "null" type, or one of the reference and null). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static Schema orNull(Schema schema) {
        if (schema.get$ref() != null) {
            Schema wrapper = new Schema<>().specVersion(SpecVersion.V31);
            wrapper.setDescription(schema.getDescription());
            wrapper.setOneOf(new ArrayList<>(List.of(
                    new Schema<>().specVersion(SpecVersion.V31).$ref(schema.get$ref()),
                    new Schema<>().specVersion(SpecVersion.V31).typesItem("null"))));
            return wrapper;
        }
        Set<String> types = new LinkedHashSet<>();
        if (schema.getTypes() != null) {
            types.addAll(schema.getTypes());
        } else if (schema.getType() != null) {
            types.add(schema.getType());
        }
        if (types.isEmpty()) {
            return schema;
        }
        types.add("null");
        schema.setTypes(types);
        if (schema.getEnum() != null && !schema.getEnum().contains(null)) {
            List<Object> values = new ArrayList<>(schema.getEnum());
            values.add(null);
            schema.setEnum(values);
        }
        return schema;
    }

    /** What ProblemRenderer writes: Spring's ProblemDetail (empty members left out) plus our field errors. */
    private static Schema<?> problemSchema() {
        Map<String, Schema> fieldError = new LinkedHashMap<>();
        fieldError.put("field", string("The field (a path like `days[2].date` for nested input) or parameter."));
        fieldError.put("reason", string("Why, in the caller's language."));
        fieldError.put(
                "row",
                new Schema<>()
                        .specVersion(SpecVersion.V31)
                        .typesItem("integer")
                        .format("int32")
                        .description("1-based position in a list body, when the error is about one element of it."));
        Map<String, Schema> problem = new LinkedHashMap<>();
        problem.put(
                "type", string("`urn:xuequ:problem:<key>`, e.g. urn:xuequ:problem:validation; stable, for programs."));
        problem.put("title", string("Short, in the caller's language (Accept-Language)."));
        problem.put(
                "status",
                new Schema<>().specVersion(SpecVersion.V31).typesItem("integer").format("int32"));
        problem.put("detail", string("Explanation, in the caller's language."));
        problem.put("instance", string("The request path."));
        problem.put(
                "errors",
                new Schema<>()
                        .specVersion(SpecVersion.V31)
                        .typesItem("array")
                        .items(new Schema<>()
                                .specVersion(SpecVersion.V31)
                                .typesItem("object")
                                .properties(fieldError)
                                .required(List.of("field", "reason")))
                        .description("Field errors, when the input was invalid."));
        return new Schema<>()
                .specVersion(SpecVersion.V31)
                .typesItem("object")
                .properties(problem)
                .required(List.of("instance", "status", "title", "type"))
                .description("An RFC 9457 problem (application/problem+json): every error the API answers with.");
    }

    private static Schema<?> string(String description) {
        return new Schema<>().specVersion(SpecVersion.V31).typesItem("string").description(description);
    }
}
