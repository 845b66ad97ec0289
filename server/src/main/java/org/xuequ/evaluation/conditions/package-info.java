/** The school conditions census; a named interface so that workforce can weigh schools by their pupils. */
@org.springframework.modulith.NamedInterface("conditions")
package org.xuequ.evaluation.conditions;
