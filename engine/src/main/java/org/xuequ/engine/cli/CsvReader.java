package org.xuequ.engine.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A streaming CSV reader over a byte buffer, for files of millions of rows: fields are byte ranges
 * of the buffer, valid until the next record, so reading allocates nothing per row. UTF-8 with an
 * optional byte-order mark, LF or CRLF line ends, RFC 4180 quoting ("a,b", "say ""hi""") and blank
 * lines are accepted. Errors name the file and the line.
 */
final class CsvReader implements Closeable {

    private static final int MAX_FIELDS = 64;

    private final String name;
    private final InputStream in;
    private final long size;
    private byte[] buf = new byte[1 << 20];
    private int pos;
    private int limit;
    private boolean eof;
    private long nextLine = 1;
    private long line;
    private int fields;
    private final int[] from = new int[MAX_FIELDS];
    private final int[] to = new int[MAX_FIELDS];

    private CsvReader(String name, InputStream in, long size) {
        this.name = name;
        this.in = in;
        this.size = size;
    }

    /** Opens the file; {@code name} is how errors refer to it (as the user wrote it). */
    static CsvReader open(String name, Path file) throws InputError {
        try {
            return new CsvReader(name, Files.newInputStream(file), Files.size(file));
        } catch (NoSuchFileException e) {
            throw new InputError(name + ": no such file");
        } catch (IOException e) {
            throw new InputError(name + ": cannot read: " + e.getMessage());
        }
    }

    String name() {
        return name;
    }

    /** Rows the file probably holds, from the line lengths seen so far: for sizing tables up front. */
    int estimatedRows() {
        return estimated((byte) '\n');
    }

    /** How often the byte probably occurs in the file, extrapolated from the buffer, plus 10%. */
    int estimated(byte b) {
        int seen = 0;
        for (int i = 0; i < limit; i++) {
            seen += buf[i] == b ? 1 : 0;
        }
        if (limit == 0) {
            return 16;
        }
        return (int) Math.min(Integer.MAX_VALUE / 4, size * seen / limit * 11 / 10 + 16);
    }

    /** Line number (1-based) where the current record starts. */
    long line() {
        return line;
    }

    int fields() {
        return fields;
    }

    byte[] buffer() {
        return buf;
    }

    int from(int field) {
        return from[field];
    }

    int to(int field) {
        return to[field];
    }

    int length(int field) {
        return to[field] - from[field];
    }

    /** An error at the current record's line. */
    InputError error(String reason) {
        return InputError.at(name, line, reason);
    }

    /** Reads the header and checks it is exactly one of the accepted column lists. */
    int header(String... accepted) throws IOException, InputError {
        if (!next()) {
            throw InputError.at(name, 1, "empty file, expected header " + String.join(" or ", accepted));
        }
        StringBuilder found = new StringBuilder();
        for (int f = 0; f < fields; f++) {
            found.append(f > 0 ? "," : "").append(text(f));
        }
        for (int i = 0; i < accepted.length; i++) {
            if (accepted[i].contentEquals(found)) {
                return i;
            }
        }
        throw error("expected header " + String.join(" or ", accepted) + ", found " + found);
    }

    /** Advances to the next non-blank record; false at the end of the file. */
    boolean next() throws IOException, InputError {
        while (true) {
            int fast = splitPlain();
            if (fast > 0) {
                return true;
            }
            if (fast == 0) {
                continue; // blank line
            }
            int end = findRecordEnd();
            if (end < 0) {
                return false;
            }
            line = nextLine;
            int start = pos;
            int contentEnd = end;
            pos = end < limit ? end + 1 : end; // past the newline
            if (contentEnd > start && buf[contentEnd - 1] == '\r') {
                contentEnd--;
            }
            for (int i = start; i < end; i++) {
                if (buf[i] == '\n') {
                    nextLine++; // newlines inside quoted fields
                }
            }
            nextLine++;
            if (line == 1 && contentEnd - start >= 3 && byteOrderMarkAt(start)) {
                start += 3; // byte-order mark written by spreadsheet programs
            }
            if (contentEnd == start) {
                continue; // blank line
            }
            split(start, contentEnd);
            return true;
        }
    }

    /** The field as a string, checked to be valid UTF-8. */
    String text(int field) throws InputError {
        int f = from[field];
        int length = to[field] - f;
        for (int i = f; i < to[field]; i++) {
            if (buf[i] < 0) {
                try {
                    CharBuffer chars = StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(buf, f, length));
                    return chars.toString();
                } catch (CharacterCodingException e) {
                    throw error("field " + (field + 1) + " is not valid UTF-8");
                }
            }
        }
        return new String(buf, f, length, StandardCharsets.ISO_8859_1); // ASCII: no decoding needed
    }

    /**
     * The common case in one pass: a record without quotes that lies wholly in the buffer is split at
     * its commas while looking for its end. Returns 1 if a record was read, 0 for a blank line, -1 to
     * leave it to the general path (quotes, buffer end, first line).
     */
    private int splitPlain() throws InputError {
        if (nextLine == 1) {
            return -1;
        }
        int i = pos;
        int n = 0;
        from[0] = i;
        while (i < limit) {
            byte b = buf[i];
            if (b == ',') {
                if (n == MAX_FIELDS - 1) {
                    return -1;
                }
                to[n++] = i;
                from[n] = i + 1;
            } else if (b == '\n') {
                int end = i > pos && buf[i - 1] == '\r' ? i - 1 : i;
                line = nextLine++;
                if (end == pos) {
                    pos = i + 1;
                    return 0;
                }
                to[n] = end;
                fields = n + 1;
                pos = i + 1;
                return 1;
            } else if (b == '"') {
                return -1;
            }
            i++;
        }
        return -1;
    }

    /** Index of the newline ending the record at pos (or limit at the end of input), -1 if none left. */
    private int findRecordEnd() throws IOException, InputError {
        int scanned = pos;
        boolean quoted = false;
        boolean fieldStart = true; // a quote opens a quoted field only at its start...
        boolean justClosed = false; // ...or is the second half of an escaped ""
        while (true) {
            for (int i = scanned; i < limit; i++) {
                byte b = buf[i];
                if (quoted) {
                    if (b == '"') {
                        quoted = false;
                        justClosed = true;
                    }
                    continue;
                }
                if (b == '"' && (fieldStart || justClosed)) {
                    quoted = true;
                } else if (b == '\n') {
                    return i;
                }
                // the byte-order mark that next() drops leaves the first field at its start
                fieldStart = b == ',' || i == pos + 2 && nextLine == 1 && byteOrderMarkAt(pos);
                justClosed = false;
            }
            scanned = limit;
            if (eof) {
                if (pos == limit) {
                    return -1;
                }
                if (quoted) {
                    line = nextLine;
                    throw error("unterminated quoted field");
                }
                return limit;
            }
            int kept = limit - pos;
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, kept);
                scanned -= pos;
                pos = 0;
                limit = kept;
            } else if (limit == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2); // a record longer than the buffer
            }
            int read = in.read(buf, limit, buf.length - limit);
            if (read < 0) {
                eof = true;
            } else {
                limit += read;
            }
        }
    }

    private boolean byteOrderMarkAt(int at) {
        return (buf[at] & 0xFF) == 0xEF && (buf[at + 1] & 0xFF) == 0xBB && (buf[at + 2] & 0xFF) == 0xBF;
    }

    private void split(int start, int end) throws InputError {
        fields = 0;
        int i = start;
        while (true) {
            if (fields == MAX_FIELDS) {
                throw error("more than " + MAX_FIELDS + " fields");
            }
            if (i < end && buf[i] == '"') {
                // quoted field: unescape "" in place, then expect a comma or the end
                int w = i;
                int r = i + 1;
                from[fields] = w;
                while (true) {
                    if (r >= end) {
                        throw error("unterminated quoted field");
                    }
                    byte b = buf[r++];
                    if (b == '"') {
                        if (r < end && buf[r] == '"') {
                            buf[w++] = '"';
                            r++;
                        } else {
                            break;
                        }
                    } else {
                        buf[w++] = b;
                    }
                }
                to[fields++] = w;
                if (r == end) {
                    return;
                }
                if (buf[r] != ',') {
                    throw error("unexpected text after a closing quote in field " + fields);
                }
                i = r + 1;
            } else {
                from[fields] = i;
                while (i < end && buf[i] != ',') {
                    if (buf[i] == '"') {
                        throw error("a quote inside unquoted field " + (fields + 1));
                    }
                    i++;
                }
                to[fields++] = i;
                if (i == end) {
                    return;
                }
                i++;
            }
        }
    }

    /** Fails unless the current row has exactly this many fields. */
    void requireFields(int expected) throws InputError {
        if (fields != expected) {
            throw error("expected " + expected + " fields, found " + fields);
        }
    }

    /** The field as text, failing if it is empty. */
    String nonEmpty(int field, String column) throws InputError {
        if (length(field) == 0) {
            throw error(column + " is empty");
        }
        return text(field);
    }

    /** The id of the field in {@code ids}, failing with "unknown WHAT ID" if absent. */
    int lookup(int field, ByteIds ids, String what) throws InputError {
        int index = ids.find(buf, from[field], to[field]);
        if (index < 0) {
            throw error("unknown " + what + " " + text(field));
        }
        return index;
    }

    /** Whether the field holds the same bytes as id {@code previous} of {@code ids}: skips a lookup on repeats. */
    boolean sameAs(int field, ByteIds ids, int previous) {
        if (previous < 0 || length(field) != ids.length(previous)) {
            return false;
        }
        byte[] pool = ids.pool();
        for (int i = from[field], at = ids.offset(previous); i < to[field]; i++, at++) {
            if (buf[i] != pool[at]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
