package org.xuequ.platform.access;

/** Who a user is to the platform. PUBLIC is the anonymous visitor and has no account. */
public enum Role {
    ADMIN,
    /** 区教委 */
    COMMISSION,
    /** 学区办公室 */
    DISTRICT_OFFICE,
    /** school or kindergarten (教育单位) */
    UNIT,
    /** 社会机构 */
    INSTITUTION,
    /** 督学 */
    INSPECTOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
