package org.xuequ.supervision.findings;

/** Who acts on a finding: the inspector who found it, the commission (supervision office), or the unit itself. */
public enum Party {
    INSPECTOR,
    COMMISSION,
    UNIT
}
