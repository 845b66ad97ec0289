package org.xuequ.planning.indicators;

/**
 * Indicators whose actual values the platform computes instead of a clerk entering them; computed for every
 * school year the registry has seats for.
 */
public enum ComputedSource {
    /** Σ 一年级 (PRIMARY_1) seats of the region's primary school districts' units in the year, ÷ those districts. */
    ENTRY_SEATS_PER_DISTRICT("Σ 一年级学位 ÷ 小学学区数 (registry seats, PRIMARY_1)"),
    /** Σ 一年级 (PRIMARY_1) seats of the region's units in the year. */
    ENTRY_SEATS("Σ 一年级学位 (registry seats, PRIMARY_1)"),
    /**
     * The largest of the seven indicators' coefficients of variation between primary schools by the 2017 method
     * (优质均衡), from the evaluation module's conditions census; computed for readers who see the whole region
     * (commission, inspector, administrator), none for the others.
     */
    BALANCE_MAX_CV_PRIMARY("max CV of the 7 indicators, primary schools, 2017 method (evaluation module)");

    private final String formula;

    ComputedSource(String formula) {
        this.formula = formula;
    }

    public String formula() {
        return formula;
    }
}
