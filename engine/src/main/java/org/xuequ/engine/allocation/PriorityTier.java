package org.xuequ.engine.allocation;

/**
 * Priority tiers (优先顺位) at a school: 1 is the highest, e.g. 1 = 户籍+房产, 2 = 户籍, 3 = 房产.
 * An applicant with no tier at a school is in {@link #NONE}, below every listed tier. An applicant
 * holding a pre-assigned seat (对口直升, 九年一贯) is in {@link #GUARANTEED} at that school only.
 */
public final class PriorityTier {

    /** The tier of a pre-assigned seat's holder at that school: above every listed tier. */
    public static final int GUARANTEED = 0;
    /** The highest tier an input may give. */
    public static final int HIGHEST = 1;
    /** The lowest tier an input may give. */
    public static final int LOWEST = 126;
    /** No priority at this school: below every listed tier. */
    public static final int NONE = 127;

    private PriorityTier() {}

    /** The tier as written in files and explanations: a number, or empty for {@link #NONE}. */
    public static String label(int tier) {
        return tier == NONE ? "" : Integer.toString(tier);
    }

    static void check(int tier) {
        if (tier < HIGHEST || tier > LOWEST) {
            throw new InvalidMarketException("tier must be between " + HIGHEST + " and " + LOWEST + ", got " + tier);
        }
    }
}
