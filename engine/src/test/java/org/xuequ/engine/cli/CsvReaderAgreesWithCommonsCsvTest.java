package org.xuequ.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuequ.engine.Shrinking;

/**
 * The byte-level {@link CsvReader} against Apache Commons CSV on random files: both must read the same
 * records. Commons is set up the way CsvReader documents itself (RFC 4180 quoting, blank lines skipped);
 * where CsvReader means to differ, the generator stays out of the way and the comment says why.
 */
class CsvReaderAgreesWithCommonsCsvTest {

    private static final CSVFormat RFC_4180_SKIPPING_BLANK_LINES =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private static final String BOM = "\uFEFF";

    /**
     * What fields are made of: ASCII, spaces and tabs (kept as they are by both), Chinese text and a
     * four-byte emoji (multi-byte UTF-8), and the characters that force quoting. A lone CR is only
     * ever written inside quotes: CsvReader reads LF or CRLF line ends and keeps a lone CR as data
     * (documented), while Commons CSV ends a record at it (old Mac line ends).
     */
    private static final String[] PIECES = {
        "a", "Z", "7", " ", "\t", "学区", "张三", "，", "😀", ",", "\"", "\n", "\r\n", "\r"
    };

    @TempDir
    Path dir;

    @Test
    void randomSmallFilesReadAsTheSameRecords() {
        for (long seed = 50_000; seed < 51_000; seed++) {
            CsvFile file = CsvFile.random(new Random(seed), 12);
            if (Shrinking.throwsFailure(() -> assertSameRecords(file))) {
                CsvFile minimal = Shrinking.minimal(
                        file,
                        CsvFile::smaller,
                        candidate -> Shrinking.throwsFailure(() -> assertSameRecords(candidate)));
                throw new AssertionError(
                        "random seed " + seed + ", smallest disagreeing file: " + minimal.describe(),
                        failureOf(minimal));
            }
        }
    }

    @Test
    void filesLargerThanTheReadBufferReadAsTheSameRecords() {
        // CsvReader refills a 1 MiB buffer: records, quoted line breaks and CRLFs straddle its end here
        for (long seed = 60_000; seed < 60_003; seed++) {
            Random random = new Random(seed);
            List<Row> rows = new ArrayList<>();
            CsvFile file = new CsvFile(random.nextBoolean(), rows);
            while (file.content().length() < 700_000) { // ~1.3 MB of UTF-8
                for (Row row : CsvFile.random(random, 12).rows) {
                    rows.add(row.end.isEmpty() ? new Row(row.fields, "\n") : row); // only the file's end lacks one
                }
                rows.add(new Row(
                        List.of(new Field("长" + "x".repeat(random.nextInt(3000)), random.nextBoolean())), "\r\n"));
            }
            assertSameRecords(file);
        }
    }

    @Test
    void bothRejectAnUnterminatedQuoteAndTextAfterAClosingQuote() {
        for (String content : List.of("h\n\"open,x\n", "h\n\"open\"\"\n", "h\n\"ab\"c,d\n")) {
            assertThatThrownBy(() -> csvReaderRecords(content.getBytes(StandardCharsets.UTF_8)))
                    .as(content)
                    .isInstanceOf(InputError.class);
            assertThatThrownBy(() -> commonsRecords(content)).as(content).isInstanceOf(IOException.class);
        }
    }

    @Test
    void strayQuotesCommonsToleratesAreRefusedByCsvReader() throws IOException {
        // Commons reads a quote inside an unquoted field as text, and skips blanks after a closing
        // quote; CsvReader refuses both (CsvReaderTest.malformedQuotingIsReportedWithItsLine): in an
        // ID column a stray quote is far more likely a broken export than a value. So the random
        // files above put quotes only inside quoted fields and nothing between a closing quote and
        // the next comma or line end.
        for (String content : List.of("ab\"c,d\n", "\"ab\" ,d\n")) {
            assertThat(commonsRecords(content)).as(content).hasSize(1);
            assertThatThrownBy(() -> csvReaderRecords(content.getBytes(StandardCharsets.UTF_8)))
                    .as(content)
                    .isInstanceOf(InputError.class);
        }
    }

    private void assertSameRecords(CsvFile file) {
        try {
            byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
            // Commons CSV leaves a byte-order mark in the first field; CsvReader drops it (documented)
            String forCommons = file.bom ? file.content().substring(BOM.length()) : file.content();
            assertThat(csvReaderRecords(bytes)).as(file.describe()).isEqualTo(commonsRecords(forCommons));
        } catch (IOException | InputError e) {
            throw new AssertionError(file.describe() + ": " + e, e);
        }
    }

    private Throwable failureOf(CsvFile file) {
        try {
            assertSameRecords(file);
            return null;
        } catch (AssertionError | RuntimeException e) {
            return e;
        }
    }

    private List<List<String>> csvReaderRecords(byte[] bytes) throws IOException, InputError {
        Path path = dir.resolve("random.csv");
        Files.write(path, bytes);
        List<List<String>> records = new ArrayList<>();
        try (CsvReader csv = CsvReader.open("random.csv", path)) {
            while (csv.next()) {
                List<String> fields = new ArrayList<>();
                for (int f = 0; f < csv.fields(); f++) {
                    fields.add(csv.text(f));
                }
                records.add(fields);
            }
        }
        return records;
    }

    private static List<List<String>> commonsRecords(String content) throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(content, RFC_4180_SKIPPING_BLANK_LINES)) {
            for (CSVRecord record : parser.getRecords()) {
                records.add(record.toList());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return records;
    }

    private record Field(String text, boolean quoted) {

        String written() {
            return quoted ? '"' + text.replace("\"", "\"\"") + '"' : text;
        }

        static boolean needsQuotes(String text) {
            return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        }
    }

    /** One line of the file: its fields (none for a blank line) and its end, "" only on the last. */
    private record Row(List<Field> fields, String end) {}

    private record CsvFile(boolean bom, List<Row> rows) {

        static CsvFile random(Random random, int maxRows) {
            List<Row> rows = new ArrayList<>();
            int count = random.nextInt(maxRows + 1);
            for (int r = 0; r < count; r++) {
                String end = random.nextBoolean() ? "\n" : "\r\n";
                if (r == count - 1 && random.nextInt(3) == 0) {
                    end = ""; // the last record may lack its line end
                }
                if (random.nextInt(6) == 0 && !end.isEmpty()) {
                    rows.add(new Row(List.of(), end));
                    continue;
                }
                List<Field> fields = new ArrayList<>();
                int width = 1 + random.nextInt(6); // well under CsvReader's 64-field limit
                for (int f = 0; f < width; f++) {
                    StringBuilder text = new StringBuilder();
                    int length = random.nextInt(7);
                    for (int i = 0; i < length; i++) {
                        text.append(PIECES[random.nextInt(PIECES.length)]);
                    }
                    String s = text.toString();
                    fields.add(new Field(s, Field.needsQuotes(s) || random.nextInt(4) == 0));
                }
                rows.add(new Row(fields, end));
            }
            return new CsvFile(random.nextInt(8) == 0, rows);
        }

        String content() {
            StringBuilder out = new StringBuilder(bom ? BOM : "");
            for (Row row : rows) {
                for (int f = 0; f < row.fields.size(); f++) {
                    out.append(f > 0 ? "," : "").append(row.fields.get(f).written());
                }
                out.append(row.end);
            }
            return out.toString();
        }

        /** The content as a Java string literal, cut short for the big files. */
        String describe() {
            String content = content();
            if (content.length() > 400) {
                return content.length() + " chars starting "
                        + new CsvFile(false, List.of(new Row(List.of(new Field(content.substring(0, 200), false)), "")))
                                .describe();
            }
            return '"'
                    + content.replace("\\", "\\\\")
                            .replace("\"", "\\\"")
                            .replace("\r", "\\r")
                            .replace("\n", "\\n")
                            .replace("\t", "\\t")
                            .replace(BOM, "\\uFEFF")
                    + '"';
        }

        /** Files one step smaller: a row, a field or a piece of text fewer, fewer quotes, no BOM, LF for CRLF. */
        List<CsvFile> smaller() {
            List<CsvFile> out = new ArrayList<>();
            if (bom) {
                out.add(new CsvFile(false, rows));
            }
            for (int r = 0; r < rows.size(); r++) {
                List<Row> fewer = new ArrayList<>(rows);
                fewer.remove(r);
                if (r == rows.size() - 1 && r > 0 && rows.get(r).end.isEmpty()) {
                    fewer.set(r - 1, new Row(rows.get(r - 1).fields, "")); // keep "no line end at the end"
                }
                out.add(new CsvFile(bom, fewer));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = rows.get(r);
                if (row.end.equals("\r\n")) {
                    out.add(withRow(r, new Row(row.fields, "\n")));
                }
                for (int f = 0; f < row.fields.size(); f++) {
                    if (row.fields.size() > 1) {
                        List<Field> fewer = new ArrayList<>(row.fields);
                        fewer.remove(f);
                        out.add(withRow(r, new Row(fewer, row.end)));
                    }
                    Field field = row.fields.get(f);
                    if (field.quoted && !Field.needsQuotes(field.text)) {
                        out.add(withField(r, f, new Field(field.text, false)));
                    }
                    String text = field.text;
                    for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
                        String shorter = text.substring(0, i) + text.substring(text.offsetByCodePoints(i, 1));
                        out.add(withField(r, f, new Field(shorter, field.quoted || Field.needsQuotes(shorter))));
                    }
                }
            }
            return out;
        }

        private CsvFile withRow(int r, Row row) {
            List<Row> copy = new ArrayList<>(rows);
            copy.set(r, row);
            return new CsvFile(bom, copy);
        }

        private CsvFile withField(int r, int f, Field field) {
            List<Field> fields = new ArrayList<>(rows.get(r).fields);
            fields.set(f, field);
            return withRow(r, new Row(fields, rows.get(r).end));
        }
    }
}
