package org.xuequ.sharing.catalogue;

/** Who offers a resource: an education unit (the "N") or a partner institution (the "X"). */
public enum OwnerKind {
    UNIT,
    INSTITUTION
}
