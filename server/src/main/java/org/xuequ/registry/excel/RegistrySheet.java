package org.xuequ.registry.excel;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.platform.access.DataScope;
import org.xuequ.platform.excel.ExcelSheet;
import org.xuequ.platform.excel.ImportRow;

/** One kind of registry data that travels as an Excel sheet: its columns, export and import. */
interface RegistrySheet {

    /** The URL name: units, institutions, address-blocks, memberships. */
    String kind();

    ExcelSheet sheet();

    /** Entity type named in the audit entry of an import. */
    String entityType();

    /** Everything in {@code scope}, in {@link #sheet()} column order. */
    void export(DataScope scope, Consumer<List<?>> rows);

    /** Starts an import by {@code scope}: reference facts are loaded here, once. */
    Staging stage(DataScope scope);

    /** One import in progress: rows are checked and kept until every row has been seen. */
    interface Staging {

        void check(ImportRow row, ExcelSheet.Row values);

        /** Rules that look at all rows together (e.g. one central kindergarten per district and year). */
        default void finish(List<FieldProblem> errors) {}

        /** Writes the checked rows; runs in the import's one transaction. */
        Counts write();

        Set<String> regions();
    }

    record Counts(int created, int updated, int unchanged) {}
}
