package org.xuequ.registry.districts;

import org.xuequ.platform.XuequProblem.FieldProblem;

/**
 * Why a unit may not take a place in a district for a school year. Placing one unit and importing
 * memberships refuse with the same values, each naming the field at fault and its message key.
 */
public enum PlacementRefusal {
    OTHER_REGION("unitId", "error.other-region"),
    /** A unit belongs to one district of each kind per school year. */
    ALREADY_IN_DISTRICT_OF_KIND("unitId", "error.already-in-district-of-kind"),
    PRESCHOOL_FULL("unitId", "error.preschool-full"),
    CENTRAL_TAKEN("role", "error.central-taken"),
    CENTRAL_NOT_PUBLIC_HIGH_GRADE("role", "error.central-public-high-grade");

    private final String field;
    private final String reason;

    PlacementRefusal(String field, String reason) {
        this.field = field;
        this.reason = reason;
    }

    /** The message key, e.g. error.preschool-full. */
    public String reason() {
        return reason;
    }

    FieldProblem problem() {
        return new FieldProblem(field, reason);
    }
}
