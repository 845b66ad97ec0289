package org.xuequ.governance;

/**
 * What a resolution's action can act on. Only {@code UNIT} is checked here (against the registry); the others are
 * kept as references that their own module resolves through a {@link LinkedObjectSource}.
 */
public enum LinkKind {
    /** 整改通知 (supervision) */
    RECTIFICATION_ORDER,
    /** 量化指标 (planning) */
    PLAN_INDICATOR,
    /** 预约 (sharing) */
    BOOKING,
    /** 教育单位 (registry) */
    UNIT
}
