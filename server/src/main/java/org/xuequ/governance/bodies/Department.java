package org.xuequ.governance.bodies;

/** The committee's departments (seed 003 §二(一)3: 党建、行政、研训). */
public enum Department {
    PARTY_BUILDING,
    ADMINISTRATION,
    RESEARCH_TRAINING;

    /** The registry keeps research and training heads apart; the committee's 研训 department takes both. */
    public static Department fromRegistry(String registryDepartment) {
        return switch (registryDepartment) {
            case "PARTY_BUILDING" -> PARTY_BUILDING;
            case "ADMINISTRATION" -> ADMINISTRATION;
            default -> RESEARCH_TRAINING;
        };
    }

    public String nameZh() {
        return switch (this) {
            case PARTY_BUILDING -> "党建部";
            case ADMINISTRATION -> "行政部";
            case RESEARCH_TRAINING -> "研训部";
        };
    }
}
