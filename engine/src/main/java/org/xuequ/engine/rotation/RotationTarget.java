package org.xuequ.engine.rotation;

import org.xuequ.engine.balance.Indicator;

/** The balance indicators a rotation acts on: both per 100 pupils, pupil-weighted CV (差异系数). */
public enum RotationTarget {
    /** 每百名学生拥有县级及以上骨干教师数. */
    BACKBONE_TEACHERS(Indicator.BACKBONE_TEACHERS),
    /** 每百名学生拥有体育、艺术（美术、音乐）专任教师数. */
    PE_ART_TEACHERS(Indicator.PE_ART_TEACHERS);

    private final Indicator indicator;

    RotationTarget(Indicator indicator) {
        this.indicator = indicator;
    }

    /** The balance calculator's indicator whose CV this is. */
    public Indicator indicator() {
        return indicator;
    }
}
