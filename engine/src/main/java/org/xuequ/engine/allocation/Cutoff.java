package org.xuequ.engine.allocation;

/**
 * A school's cutoff in one stage: the tier and lottery number of the last applicant it admitted (the
 * worst by tier, then number). Under BOSTON the last applicant is the worst of the last round in
 * which the school admitted anyone, and {@code round} is that round; otherwise {@code round} is 0.
 * When nobody was admitted, {@code admitted} is 0 and tier and lottery mean nothing.
 *
 * @param tier    a {@link PriorityTier} value; under SERIAL tiers are ignored and it is NONE
 *                (or GUARANTEED for a pre-assigned seat)
 * @param lottery unsigned 64-bit lottery number
 */
public record Cutoff(String stage, String schoolId, int seats, int admitted, int tier, long lottery, int round) {

    public boolean full() {
        return admitted >= seats;
    }
}
