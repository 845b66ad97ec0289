package org.xuequ.platform.access;

/** The data-scope half of an endpoint's {@link Permits} declaration. */
public enum ScopeRule {
    /** Rows outside the caller's {@link DataScope} are filtered out of lists and refused (403) one by one. */
    ROWS_IN_SCOPE,
    /** Only the caller's own account (sign-in state, password, language). */
    OWN_ACCOUNT,
    /** Reference data every signed-in role shares (regions, subdistricts, census, holidays). */
    SHARED_REFERENCE
}
