package org.xuequ.platform.excel;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.http.HttpStatus;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.platform.internal.excel.SheetStream;
import org.xuequ.platform.internal.excel.SheetWriter;

/**
 * One kind of .xlsx sheet: its columns, a template, export, streaming import and the annotated
 * copy of a rejected upload. Row 1 holds the Chinese headers, row 2 the English names and allowed
 * values (skipped on import); data starts on row 3. Columns are found by header, so users may
 * reorder them or add their own.
 */
public final class ExcelSheet {

    /** Files larger than this are refused before anything is validated: memory stays bounded. */
    public static final int MAX_ROWS = 200_000;

    /**
     * @param header  the Chinese header users see and errors name
     * @param english the English name, also accepted as a header
     * @param hint    allowed values or format, Chinese then English; empty if free text
     * @param width   column width in characters
     */
    public record Column(String header, String english, String hint, int width) {

        String hintText() {
            return hint.isEmpty() ? english : english + " — " + hint;
        }
    }

    private final String name;
    private final List<Column> columns;

    public ExcelSheet(String name, List<Column> columns) {
        this.name = name;
        this.columns = List.copyOf(columns);
    }

    public List<Column> columns() {
        return columns;
    }

    /** A data row: its 1-based Excel row number and its values in {@link #columns()} order. */
    public record Row(int number, String[] values) {
        public String get(int column) {
            return values[column];
        }
    }

    /** Receives data rows as they stream by. */
    public interface Rows {
        default void expectedRows(int rows) {}

        void row(Row row);
    }

    /** Writes headers, hints and whatever rows {@code body} supplies (in {@link #columns()} order). */
    public void write(OutputStream out, Consumer<Consumer<List<?>>> body) {
        try (SheetWriter writer = new SheetWriter(name)) {
            writer.widths(columns.stream().map(Column::width).toList());
            writer.headerRow(columns.stream().map(Column::header).toList());
            writer.hintRow(columns.stream().map(Column::hintText).toList());
            body.accept(writer::row);
            writer.writeTo(out);
        }
    }

    /**
     * Streams the data rows of {@code file} to {@code rows}.
     *
     * @throws XuequProblem when the file is not an .xlsx, lacks a column or has too many rows
     */
    public void read(Path file, Rows rows) {
        SheetStream.read(file, new SheetStream.RawRows() {
            private int[] sources;

            @Override
            public void expectedRows(int count) {
                rows.expectedRows(Math.max(0, count - 1)); // less the header; a hint row makes it one too many
            }

            @Override
            public void row(int number, String[] cells) {
                if (sources == null) {
                    sources = locate(cells, number);
                    return;
                }
                if (number == 2 && isHintRow(cells, sources)) {
                    return;
                }
                if (number > MAX_ROWS + 2) {
                    throw new XuequProblem(HttpStatus.CONTENT_TOO_LARGE, "problem.excel-too-many-rows", MAX_ROWS);
                }
                String[] values = new String[columns.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = sources[i] < cells.length ? cells[sources[i]] : null;
                }
                rows.row(new Row(number, values));
            }
        });
    }

    /**
     * Copies {@code file} (as text) with an extra 错误/Error column; rows with errors are filled red.
     *
     * @param errors localised reasons by 1-based row number
     */
    public static void annotate(Path file, Map<Integer, String> errors, OutputStream out) {
        try (SheetWriter writer = new SheetWriter("校验结果 Checked")) {
            SheetStream.read(file, new SheetStream.RawRows() {
                private int errorColumn = -1;

                @Override
                public void row(int number, String[] cells) {
                    if (errorColumn < 0) {
                        errorColumn = errorColumnOf(cells);
                        writer.headerRow(withCell(cells, errorColumn, "错误 / Error"));
                        return;
                    }
                    String reason = errors.get(number);
                    if (reason == null) {
                        writer.row(withCell(cells, errorColumn, null));
                    } else {
                        writer.badRow(withCell(cells, errorColumn, reason));
                    }
                }
            });
            writer.writeTo(out);
        }
    }

    /** Re-annotating an annotated file reuses its error column instead of adding another. */
    private static int errorColumnOf(String[] header) {
        for (int i = 0; i < header.length; i++) {
            if ("错误 / Error".equals(header[i])) {
                return i;
            }
        }
        return header.length;
    }

    private static List<String> withCell(String[] cells, int column, String value) {
        String[] copy = Arrays.copyOf(cells, Math.max(cells.length, column + 1));
        copy[column] = value;
        return Arrays.asList(copy);
    }

    private int[] locate(String[] header, int number) {
        int[] sources = new int[columns.size()];
        List<FieldProblem> missing = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            sources[i] = indexOf(header, columns.get(i));
            if (sources[i] < 0) {
                missing.add(new FieldProblem(columns.get(i).header(), "error.excel.missing-column", number));
            }
        }
        if (!missing.isEmpty()) {
            throw XuequProblem.invalid(missing);
        }
        return sources;
    }

    private static int indexOf(String[] header, Column column) {
        for (int i = 0; i < header.length; i++) {
            String cell = header[i];
            if (cell != null
                    && (cell.equals(column.header())
                            || cell.toLowerCase(Locale.ROOT)
                                    .equals(column.english().toLowerCase(Locale.ROOT)))) {
                return i;
            }
        }
        return -1;
    }

    private boolean isHintRow(String[] cells, int[] sources) {
        for (int i = 0; i < columns.size(); i++) {
            String cell = sources[i] < cells.length ? cells[sources[i]] : null;
            if (cell != null) {
                return cell.equals(columns.get(i).hintText());
            }
        }
        return false;
    }
}
