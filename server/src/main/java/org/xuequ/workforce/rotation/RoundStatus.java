package org.xuequ.workforce.rotation;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a round stands: wishes and needs are collected, a proposal is on the table, submitted to the commission for
 * its countersignature (rounds that need one), decided, or called off.
 */
public enum RoundStatus {
    COLLECTING,
    PROPOSED,
    SUBMITTED,
    APPROVED,
    CANCELLED;

    /** Wishes, needs and rules may change until the round is decided. */
    public boolean open() {
        return this == COLLECTING || this == PROPOSED;
    }

    static final Set<RoundStatus> SOLVABLE = EnumSet.of(COLLECTING, PROPOSED);
}
