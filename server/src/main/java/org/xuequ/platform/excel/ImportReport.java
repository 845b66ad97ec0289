package org.xuequ.platform.excel;

/**
 * What an accepted import did. Rows are matched by natural key, so importing an unchanged export
 * reports every row as unchanged and nothing created or updated.
 */
public record ImportReport(String kind, int rows, int created, int updated, int unchanged) {}
