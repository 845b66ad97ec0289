package org.xuequ.workforce.staff;

/** 体育/艺术专任: PE and art teachers are their own balance indicator. */
public enum Specialism {
    NONE,
    PE,
    ART
}
