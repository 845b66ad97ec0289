package org.xuequ.workforce.rotation;

import java.util.EnumSet;
import java.util.Set;

/** Where a round stands: wishes and needs are collected, a proposal is on the table, decided, or called off. */
public enum RoundStatus {
    COLLECTING,
    PROPOSED,
    APPROVED,
    CANCELLED;

    /** Wishes, needs and rules may change until the round is decided. */
    public boolean open() {
        return this == COLLECTING || this == PROPOSED;
    }

    static final Set<RoundStatus> SOLVABLE = EnumSet.of(COLLECTING, PROPOSED);
}
