package org.xuequ.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.support.XuequTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console's API types are generated from web/src/api/openapi.json (openapi-typescript; a vitest
 * test in web/ fails when web/src/api/schema.d.ts is not what that file generates). This test keeps the
 * first link of the chain: it fetches the server's own /v3/api-docs, writes it canonically (keys
 * sorted, two-space indent, one value per line, a final newline) and fails until the committed file
 * is the current one. When it fails, commit the rewritten file and run {@code npm run gen:api} in web/.
 */
@XuequTest
class TheCommittedApiDescriptionIsCurrentTest {

    private static final Path COMMITTED = Path.of("../web/src/api/openapi.json");

    @Autowired
    MockMvc mvc;

    @Test
    void theConsoleIsBuiltAgainstTheCurrentApiDescription() throws Exception {
        String served = mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        JsonMapper json = JsonMapper.builder().build();
        String generated = canonical(json, json.readTree(served));
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED) : "";
        if (!generated.equals(committed)) {
            Files.writeString(COMMITTED, generated);
        }
        // Equality as a boolean: the message stays short instead of quoting a 200 kB document twice.
        assertThat(committed.equals(generated))
                .as(
                        COMMITTED
                                + " was out of date and has been rewritten; review and commit it, then run `npm run gen:api` in web/")
                .isTrue();
    }

    /** Like JSON.stringify(value, null, 2) with every object's keys sorted, plus a final newline. */
    static String canonical(JsonMapper json, JsonNode document) throws IOException {
        StringBuilder out = new StringBuilder();
        write(json, document, "", out);
        return out.append('\n').toString();
    }

    private static void write(JsonMapper json, JsonNode node, String indent, StringBuilder out) {
        String inner = indent + "  ";
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.properties());
            if (fields.isEmpty()) {
                out.append("{}");
                return;
            }
            fields.sort(Map.Entry.comparingByKey());
            out.append("{\n");
            for (int i = 0; i < fields.size(); i++) {
                out.append(inner)
                        .append(json.writeValueAsString(fields.get(i).getKey()))
                        .append(": ");
                write(json, fields.get(i).getValue(), inner, out);
                out.append(i < fields.size() - 1 ? ",\n" : "\n");
            }
            out.append(indent).append('}');
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append("[\n");
            for (int i = 0; i < node.size(); i++) {
                out.append(inner);
                write(json, node.get(i), inner, out);
                out.append(i < node.size() - 1 ? ",\n" : "\n");
            }
            out.append(indent).append(']');
        } else {
            out.append(json.writeValueAsString(node));
        }
    }
}
