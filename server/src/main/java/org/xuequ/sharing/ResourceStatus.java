package org.xuequ.sharing;

/** Only SHARED resources are visible to everyone and bookable. */
public enum ResourceStatus { DRAFT, SHARED, SUSPENDED, RETIRED }
