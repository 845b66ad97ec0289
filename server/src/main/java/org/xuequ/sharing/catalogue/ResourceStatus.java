package org.xuequ.sharing.catalogue;

/** Only SHARED resources are visible to everyone and bookable. */
public enum ResourceStatus {
    DRAFT,
    SHARED,
    SUSPENDED,
    RETIRED
}
