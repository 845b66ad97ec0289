package org.xuequ.platform.excel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.xuequ.platform.XuequProblem;

/**
 * An import that wrote nothing because some rows are bad. The problem lists at most
 * {@link #LISTED} errors (a 50,000-row file of bad rows would otherwise be a response of megabytes)
 * and carries the total; {@link #allErrors()} keeps every one for the annotated .xlsx.
 */
public class ImportRejected extends XuequProblem {

    public static final int LISTED = 1_000;

    private final transient List<FieldProblem> all;
    private final int badRows;

    public ImportRejected(List<FieldProblem> errors) {
        super(
                HttpStatus.BAD_REQUEST,
                errors.subList(0, Math.min(LISTED, errors.size())),
                "problem.import-rejected",
                errors.stream().map(FieldProblem::row).distinct().count(),
                errors.size());
        this.all = List.copyOf(errors);
        this.badRows = (int) errors.stream().map(FieldProblem::row).distinct().count();
    }

    public List<FieldProblem> allErrors() {
        return all;
    }

    public int errorCount() {
        return all.size();
    }

    public int badRows() {
        return badRows;
    }

    /** Every error as text by row, for the annotated copy of the upload: "column：reason；column：reason". */
    public Map<Integer, String> reasonsByRow(MessageSource messages, Locale locale) {
        Map<Integer, String> reasons = new LinkedHashMap<>();
        all.forEach(e -> reasons.merge(
                e.row(),
                e.field() + "：" + messages.getMessage(e.reason(), null, e.reason(), locale),
                (a, b) -> a + "；" + b));
        return reasons;
    }
}
