package org.xuequ.platform.excel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ClassPathResource;

/**
 * Reads the small reference files shipped on the classpath (region codes, census, sample districts):
 * UTF-8, a header line, no commas inside fields, optional double quotes around fields.
 */
public final class ReferenceCsv {

    private ReferenceCsv() {}

    /** The data rows, header skipped, each field stripped of quotes and surrounding blanks. */
    public static List<String[]> read(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    String[] fields = line.split(",", -1);
                    for (int i = 0; i < fields.length; i++) {
                        fields[i] = fields[i].strip().replace("\"", "");
                    }
                    rows.add(fields);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
