/**
 * 志愿: ranked school choices within what the child's zone allows, before the deadline.
 * Used by other modules (sample data), hence a named interface.
 */
@org.springframework.modulith.NamedInterface("applications")
package org.xuequ.enrollment.applications;
