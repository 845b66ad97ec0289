/**
 * 电脑派位: allocation runs on the engine (commit, execute, review, publish), their frozen
 * inputs, results per school and per child, and the public replay of a draw.
 * Used by other modules (sample data), hence a named interface.
 */
@org.springframework.modulith.NamedInterface("runs")
package org.xuequ.enrollment.runs;
