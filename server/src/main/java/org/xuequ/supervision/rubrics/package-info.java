/**
 * Rubrics (督导指标): versioned templates of domains, items and criteria, with Excel import and export. A named
 * interface: the sample data creates its rubric through it.
 */
@org.springframework.modulith.NamedInterface("rubrics")
package org.xuequ.supervision.rubrics;
