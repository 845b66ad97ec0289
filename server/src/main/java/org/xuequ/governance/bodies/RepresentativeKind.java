package org.xuequ.governance.bodies;

import java.util.EnumSet;
import java.util.Set;

/**
 * Whom a member represents. The first five are the council's five kinds (seed 000 §四(一)); the joint meeting's
 * members come from administration, supervision and research/training (seed 003 §三(一)).
 */
public enum RepresentativeKind {
    /** 教育单位负责人 (a kindergarten's or school's head) */
    UNIT_HEAD,
    /** 地方党政机构负责人代表 */
    LOCAL_GOVERNMENT,
    /** 教育行政部门代表 */
    EDUCATION_ADMINISTRATION,
    /** 社会机构负责人代表 */
    SOCIAL_INSTITUTION,
    /** 家长代表 */
    PARENT,
    /** 督导 */
    SUPERVISION,
    /** 教研、培训 */
    RESEARCH_TRAINING,
    /** 党员 */
    PARTY_MEMBER,
    OTHER;

    public static final Set<RepresentativeKind> COUNCIL_KINDS =
            EnumSet.of(UNIT_HEAD, LOCAL_GOVERNMENT, EDUCATION_ADMINISTRATION, SOCIAL_INSTITUTION, PARENT);
}
