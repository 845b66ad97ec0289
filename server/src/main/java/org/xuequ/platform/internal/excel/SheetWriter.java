package org.xuequ.platform.internal.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one sheet with SXSSF: only a window of rows stays in memory, the rest is flushed to a
 * compressed temporary file that {@link #close()} deletes.
 */
public final class SheetWriter implements AutoCloseable {

    private static final int WINDOW = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final CellStyle header;
    private final CellStyle hint;
    private final CellStyle bad;
    private int next;

    public SheetWriter(String name) {
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet(name);
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        hint = workbook.createCellStyle();
        Font grey = workbook.createFont();
        grey.setItalic(true);
        grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        hint.setFont(grey);
        hint.setWrapText(true);
        bad = workbook.createCellStyle();
        bad.setFillForegroundColor(IndexedColors.ROSE.getIndex());
        bad.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        Font red = workbook.createFont();
        red.setColor(IndexedColors.DARK_RED.getIndex());
        bad.setFont(red);
    }

    public void widths(List<Integer> characters) {
        for (int i = 0; i < characters.size(); i++) {
            sheet.setColumnWidth(i, Math.min(255, characters.get(i)) * 256);
        }
    }

    public void headerRow(List<?> values) {
        write(values, header);
    }

    public void hintRow(List<?> values) {
        write(values, hint);
        sheet.createFreezePane(0, next);
    }

    public void row(List<?> values) {
        write(values, null);
    }

    public void badRow(List<?> values) {
        write(values, bad);
    }

    /** Numbers become numeric cells so Excel can sum them; everything else is text, kept verbatim. */
    private void write(List<?> values, CellStyle style) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null && style == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value != null) {
                cell.setCellValue(value.toString());
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    public void writeTo(OutputStream out) {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        workbook.dispose();
    }
}
