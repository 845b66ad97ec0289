package org.xuequ.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * What an outside tester does first: every JSON body of the API description, each with one value that cannot be
 * read (a null inside a list, a word where a number, date, enum or yes/no belongs, also one level down). Each must
 * be a 4xx problem, never a 500, and a 400 names the place of the value. Every body is unreadable by construction
 * and every path id is one that does not exist, so nothing is written.
 */
@XuequTest
class AWrongValueAnywhereInABodyIsAProblemNamingItTest {

    private static final Path API = Path.of("../web/src/api/openapi.json");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    private JsonNode spec;

    @Test
    void everyBodyWithOneUnreadableValueIsRefusedNamingWhere() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        spec = json.readTree(API.toFile());
        World world = new World(context, mvc);
        MockHttpSession commission = world.signIn(world.commissionOf(World.XICHENG));
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (Map.Entry<String, JsonNode> path : spec.get("paths").properties()) {
            String uri = path.getKey().replaceAll("\\{[^}]+}", "999999");
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode schema = operation.getValue().at("/requestBody/content/application~1json/schema");
                if (schema.isMissingNode()) {
                    continue;
                }
                for (Map.Entry<String, JsonNode> body : unreadableBodies(schema).entrySet()) {
                    MockHttpServletResponse answer = mvc.perform(request(
                                            HttpMethod.valueOf(
                                                    operation.getKey().toUpperCase()),
                                            uri)
                                    .session(commission)
                                    .with(csrf())
                                    .contentType("application/json")
                                    .content(body.getValue().toString()))
                            .andReturn()
                            .getResponse();
                    sent++;
                    String call = operation.getKey() + " " + uri + " " + body.getValue() + " → " + answer.getStatus();
                    if (answer.getStatus() < 400
                            || answer.getStatus() >= 500
                            || !String.valueOf(answer.getContentType()).startsWith("application/problem+json")) {
                        wrong.add(call);
                    } else if (answer.getStatus() == 400) {
                        JsonNode problem = json.readTree(answer.getContentAsString());
                        String field = problem.at("/errors/0/field").asString("");
                        if (!field.equals(body.getKey())) {
                            wrong.add(call + " names «" + field + "», not «" + body.getKey() + "»");
                        }
                    }
                }
            }
        }
        assertThat(sent).as("bodies sent").isGreaterThan(200);
        assertThat(wrong).isEmpty();
    }

    /** One body per readable place: the place (as a problem names it) and a body wrong there only. */
    private Map<String, JsonNode> unreadableBodies(JsonNode schema) {
        Map<String, JsonNode> bodies = new LinkedHashMap<>();
        collect(schema, "", body -> body, 2, bodies);
        return bodies;
    }

    /** Places down to {@code depth} levels: where no value is unreadable, the object's own properties. */
    private void collect(
            JsonNode schema, String prefix, UnaryOperator<JsonNode> wrap, int depth, Map<String, JsonNode> bodies) {
        for (Map.Entry<String, JsonNode> property : properties(schema).entrySet()) {
            String name = property.getKey();
            JsonNode bad = unreadable(property.getValue());
            UnaryOperator<JsonNode> here =
                    value -> wrap.apply(NODES.objectNode().set(name, value));
            if (bad != null) {
                bodies.put(prefix + name + (bad.isArray() ? "[0]" : ""), here.apply(bad));
            } else if (depth > 1) {
                collect(property.getValue(), prefix + name + ".", here, depth - 1, bodies);
            }
        }
    }

    /** A value that no reading of this property accepts, or null where any string would do. */
    private JsonNode unreadable(JsonNode property) {
        JsonNode schema = resolved(property);
        String type = typeOf(schema);
        if (type.equals("array")) {
            return NODES.arrayNode().addNull();
        }
        if (type.equals("integer") || type.equals("number")) {
            return NODES.stringNode("abc");
        }
        if (type.equals("boolean")) {
            return NODES.stringNode("maybe");
        }
        if (type.equals("string") && schema.has("enum")) {
            return NODES.stringNode("NOPE");
        }
        if (type.equals("string") && schema.path("format").asString("").startsWith("date")) {
            return NODES.stringNode("2026-13-45");
        }
        return null;
    }

    /** OpenAPI 3.1 writes a nullable type as ["integer", "null"]. */
    private static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asString().equals("null")) {
                    return t.asString();
                }
            }
        }
        return type.asString("");
    }

    private Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        JsonNode resolved = resolved(schema);
        if (resolved.has("properties")) {
            resolved.get("properties").properties().forEach(p -> properties.put(p.getKey(), p.getValue()));
        }
        return properties;
    }

    private JsonNode resolved(JsonNode schema) {
        JsonNode node = schema;
        if (node.has("allOf") && node.get("allOf").size() == 1) {
            node = node.get("allOf").get(0);
        }
        if (node.has("$ref")) {
            String name = node.get("$ref").asString().substring("#/components/schemas/".length());
            return spec.at("/components/schemas/" + name);
        }
        return node;
    }
}
