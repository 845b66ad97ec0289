/**
 * 薄弱单位档案 and 帮扶计划 (seed 003 §四): a weak unit's file, opened by the commission (often from an
 * assessment cycle), with a support plan of measures that the unit's district office or the unit
 * itself reports done and the commission reviews; the file closes only when every measure is reviewed.
 * <p>
 * A named interface: the sample data opens files and plans through {@link org.xuequ.evaluation.assessment.weak.WeakUnitFiles}.
 */
@org.springframework.modulith.NamedInterface("assessment-weak")
package org.xuequ.evaluation.assessment.weak;
