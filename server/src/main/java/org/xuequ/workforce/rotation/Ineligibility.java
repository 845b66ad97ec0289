package org.xuequ.workforce.rotation;

/** Why a person is not a candidate of a round; the first that applies is given. */
public enum Ineligibility {
    /** 教辅 and other posts that do not teach. */
    POST_NOT_ROTATED,
    /** Cadres are left out of this round by its rules. */
    CADRES_EXCLUDED,
    /** Fewer than the round's minimum years at the current school on the start date. */
    TOO_FEW_YEARS,
    /** Within the round's margin of the retirement age on the start date. */
    NEAR_RETIREMENT
}
