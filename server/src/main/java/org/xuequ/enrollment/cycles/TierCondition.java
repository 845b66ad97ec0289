package org.xuequ.enrollment.cycles;

/**
 * Facts a priority rule can require, evaluated for one child at one school. "In zone" means the
 * school belongs to the attendance zone of the block where the fact holds.
 */
public enum TierCondition {
    /** 户籍在片内 */
    HUKOU_IN_ZONE,
    /** 房产在片内 */
    PROPERTY_IN_ZONE,
    /** 户籍与房产一致 (same block) */
    HUKOU_AT_PROPERTY,
    /** 实际居住在片内 */
    RESIDENCE_IN_ZONE,
    /** 持有效居住证 (随迁子女) */
    RESIDENCE_PERMIT,
    /** 兄姐在该校就读 */
    SIBLING_AT_SCHOOL,
    /** 政策性照顾 (军人、烈士子女、引进人才、残疾儿童) */
    POLICY_CATEGORY
}
