/**
 * Inspectors (督学) and liaisons (视导员) with their assignments, taken from the registry's district positions;
 * the workload view. A named interface: the sample data imports and links inspectors through it.
 */
@org.springframework.modulith.NamedInterface("inspectors")
package org.xuequ.supervision.inspectors;
