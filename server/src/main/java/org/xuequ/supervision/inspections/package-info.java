/**
 * Inspections of four kinds and units' self-supervision (自我督导), saved as versioned drafts and submitted. A
 * named interface: the sample data runs inspections through it.
 */
@org.springframework.modulith.NamedInterface("inspections")
package org.xuequ.supervision.inspections;
