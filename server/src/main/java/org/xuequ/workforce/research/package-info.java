/**
 * Joint research (seed 003 §二(二)2(4)(5), §(三)2): 联合教研组, 名师/名校长(名园长)工作室 and 课题, with members across
 * units, activities with who attended and outputs with their authors; and each unit's 联合教研 points for the annual
 * assessment, which the evaluation module asks for through its {@code UnitPointsSource}. A named interface so that
 * the demo data can record some.
 */
@org.springframework.modulith.NamedInterface("research")
package org.xuequ.workforce.research;
