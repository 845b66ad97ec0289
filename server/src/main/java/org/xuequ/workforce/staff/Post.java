package org.xuequ.workforce.staff;

/** 岗位: what a person does at the unit. */
public enum Post {
    /** 校长/园长 */
    PRINCIPAL,
    /** 副校长/副园长 */
    VICE_PRINCIPAL,
    /** 中层干部 */
    MIDDLE_MANAGER,
    /** 专任教师 */
    TEACHER,
    /** 教辅及其他 */
    SUPPORT;

    /** 干部 (cadres) rotate under the same rules as teachers (seed 001) but are counted apart. */
    public boolean isCadre() {
        return this == PRINCIPAL || this == VICE_PRINCIPAL || this == MIDDLE_MANAGER;
    }

    /** Whoever teaches counts as a full-time teacher (专任教师) in the census, cadres who teach included. */
    public boolean teaches() {
        return this != SUPPORT;
    }
}
