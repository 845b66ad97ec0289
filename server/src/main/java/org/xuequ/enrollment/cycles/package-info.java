/**
 * Enrollment cycles (one year at one entry: 小学 or 小升初) with their phases, and the region's
 * priority policies (优先顺位). Sample data opens cycles and policies through {@link org.xuequ.enrollment.cycles.Cycles}.
 * Used by other modules (sample data), hence a named interface.
 */
@org.springframework.modulith.NamedInterface("cycles")
package org.xuequ.enrollment.cycles;
