package org.xuequ.platform.excel;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.platform.excel.ExcelSheet.Column;

/**
 * Reads the typed values of one import row and collects what is wrong with it, naming the row and
 * the Chinese column header. Every check runs, so one pass reports all of a row's problems.
 */
public final class ImportRow {

    private final ExcelSheet.Row row;
    private final List<Column> columns;
    private final List<FieldProblem> errors;
    private boolean bad;

    public ImportRow(ExcelSheet.Row row, List<Column> columns, List<FieldProblem> errors) {
        this.row = row;
        this.columns = columns;
        this.errors = errors;
    }

    public int number() {
        return row.number();
    }

    /** True when any check on this row failed. */
    public boolean bad() {
        return bad;
    }

    public void reject(int column, String reasonKey) {
        bad = true;
        errors.add(new FieldProblem(columns.get(column).header(), reasonKey, row.number()));
    }

    public String text(int column, boolean required, int maxLength) {
        String value = row.get(column);
        if (value == null) {
            if (required) {
                reject(column, "error.required");
            }
            return null;
        }
        if (value.length() > maxLength) {
            reject(column, "error.too-long-" + maxLength);
            return null;
        }
        return value;
    }

    /** A value from a fixed list, written as its Chinese label or its code. */
    public <E> E choice(int column, Map<String, E> allowed, boolean required) {
        String value = text(column, required, 100);
        if (value == null) {
            return null;
        }
        E choice = allowed.get(value);
        if (choice == null) {
            reject(column, "error.excel.not-allowed");
        }
        return choice;
    }

    public BigDecimal decimal(int column, double min, double max, String rangeReason) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value);
            if (number.doubleValue() < min || number.doubleValue() > max) {
                reject(column, rangeReason);
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            reject(column, "error.excel.not-a-number");
            return null;
        }
    }

    public Integer integer(int column, boolean required, int min, int max) {
        String value = text(column, required, 20);
        if (value == null) {
            return null;
        }
        try {
            int number = new BigDecimal(value).intValueExact();
            if (number < min || number > max) {
                reject(column, "error.excel.out-of-range");
                return null;
            }
            return number;
        } catch (NumberFormatException | ArithmeticException e) {
            reject(column, "error.excel.not-an-integer");
            return null;
        }
    }
}
