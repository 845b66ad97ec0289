/** Training courses, cycles and coverage; a named interface so that the demo data can fill a cycle. */
@org.springframework.modulith.NamedInterface("training")
package org.xuequ.workforce.training;
