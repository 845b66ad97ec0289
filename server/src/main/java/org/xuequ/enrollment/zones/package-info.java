/**
 * 划片: attendance zones per cycle and the public zone look-up.
 * Used by other modules (sample data), hence a named interface.
 */
@org.springframework.modulith.NamedInterface("zones")
package org.xuequ.enrollment.zones;
