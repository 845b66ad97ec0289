/**
 * 适龄儿童: registration (form or Excel), search within scope, family access codes, and who
 * sees ID numbers in full ({@link org.xuequ.enrollment.children.Privacy}).
 * Used by other modules (sample data), hence a named interface.
 */
@org.springframework.modulith.NamedInterface("children")
package org.xuequ.enrollment.children;
