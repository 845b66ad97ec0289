package org.xuequ.engine.allocation;

/**
 * How a stage turns preferences, priorities and lottery numbers into seats. All use single
 * tie-breaking: one lottery number per applicant, the same at every school, smaller first.
 */
public enum Mechanism {
    /**
     * Student-proposing deferred acceptance (Gale and Shapley 1962): applicants propose down their
     * lists, schools hold the best proposals by (tier, lottery) and reject the rest until nobody is
     * rejected. Stable and strategy-proof for applicants; the applicant-optimal stable matching.
     */
    DA,
    /**
     * Boston, or immediate acceptance (志愿优先): round r considers every still-unplaced applicant's
     * r-th school; each school admits them permanently by (tier, lottery) while it has seats.
     */
    BOSTON,
    /**
     * Serial dictatorship: in lottery order, each applicant takes their most preferred school with a
     * seat left. Tiers are ignored; pre-assigned seats are still guaranteed.
     */
    SERIAL,
    /**
     * Nearest seat (区级统筹, the region stage): in lottery order, each applicant still unplaced takes
     * the stage's school nearest to their location (great-circle distance) that has a seat left; equal
     * distances go to the smaller school id. Preferences and tiers are ignored; applicants without a
     * location and schools without one take no part; holders of a pre-assigned seat keep it and their
     * seat is not given away. Needs locations in the market ({@link MarketBuilder#applicantLocation}).
     */
    NEAREST
}
