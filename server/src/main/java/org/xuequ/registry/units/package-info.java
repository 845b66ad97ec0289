/**
 * Education units (教育单位, the "N"): the unit aggregate and what only the offices may change on it,
 * seats, feeder links, education groups and shared-principal alliances. Named interface {@code units}.
 */
@org.springframework.modulith.NamedInterface("units")
package org.xuequ.registry.units;
