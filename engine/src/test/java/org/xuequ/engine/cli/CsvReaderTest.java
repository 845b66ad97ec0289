package org.xuequ.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

    @TempDir
    Path dir;

    private List<String> records(String content) throws Exception {
        Path file = dir.resolve("f.csv");
        Files.writeString(file, content);
        List<String> out = new ArrayList<>();
        try (CsvReader csv = CsvReader.open("f.csv", file)) {
            while (csv.next()) {
                StringBuilder row = new StringBuilder(csv.line() + ":");
                for (int f = 0; f < csv.fields(); f++) {
                    row.append(f > 0 ? "|" : "").append(csv.text(f));
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() throws Exception {
        assertThat(records("a,b\n\"x,1\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,\n"))
                .containsExactly("1:a|b", "2:x,1|say \"hi\"", "3:two\nlines|z", "5:last|");
    }

    @Test
    void aQuotedFirstFieldAfterAByteOrderMarkMayHoldLineBreaks() throws Exception {
        // found by CsvReaderAgreesWithCommonsCsvTest: the mark hid the opening quote from the scan for
        // the record's end, which then cut the record at the quoted line break
        assertThat(records("\uFEFF\"学区\n名称\",b\nx,y\n")).containsExactly("1:学区\n名称|b", "3:x|y");
        assertThat(records("\uFEFF\"\n\"\n")).containsExactly("1:\n");
    }

    @Test
    void lineNumbersCountBlankLinesAndCrlf() throws Exception {
        assertThat(records("h\r\n\r\nx\r\ny")).containsExactly("1:h", "3:x", "4:y");
    }

    @Test
    void recordsLongerThanTheBufferAreRead() throws Exception {
        String longField = "v".repeat(3 << 20);
        assertThat(records("h\n" + longField + ",end\n"))
                .hasSize(2)
                .last()
                .asString()
                .endsWith("|end");
    }

    @Test
    void malformedQuotingIsReportedWithItsLine() {
        assertThatThrownBy(() -> records("h\n\"ab\"c,d\n"))
                .hasMessage("f.csv:2: unexpected text after a closing quote in field 1");
        assertThatThrownBy(() -> records("h\nab\"c,d\n")).hasMessage("f.csv:2: a quote inside unquoted field 1");
    }

    @Test
    void invalidUtf8IsRejected() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.write(file, new byte[] {'h', '\n', (byte) 0xC3, (byte) 0x28, '\n'});
        assertThatThrownBy(() -> {
                    try (CsvReader csv = CsvReader.open("bad.csv", file)) {
                        csv.next();
                        csv.next();
                        csv.text(0);
                    }
                })
                .hasMessage("bad.csv:2: field 1 is not valid UTF-8");
    }
}
