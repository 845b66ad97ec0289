package org.xuequ.engine.zoning;

/**
 * A proof that no zoning satisfies the constraints, with the constraint that makes it so. Each reason is
 * backed by a certificate (a count or an exhaustive search), never by a timeout.
 *
 * @param reason which constraint cannot be met
 * @param explanation one plain-language sentence with the figures, for people
 */
public record Infeasible(Reason reason, String explanation) implements ZoningResult {

    /** Which constraint cannot be met. */
    public enum Reason {
        /** The schools have fewer seats in all than there are children. */
        TOTAL_SEATS_SHORT,
        /** The locks alone cannot be met: a school's locked blocks exceed its seats, or locks move more children
         * than the moved-share cap allows, or the seats left open to unlocked blocks are too few. */
        LOCKS,
        /** Whole blocks fit the seats, but not while keeping enough children at their current school. */
        MOVED_SHARE_CAP,
        /** Total seats suffice but whole blocks cannot be packed into them (a compound is never split). */
        NO_PACKING
    }
}
