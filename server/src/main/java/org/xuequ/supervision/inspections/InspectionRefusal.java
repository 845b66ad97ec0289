package org.xuequ.supervision.inspections;

import org.springframework.http.HttpStatus;
import org.xuequ.platform.XuequProblem;

/** Why a change to an inspection is refused; the one place these become problem details. */
public enum InspectionRefusal {
    /**
     * The draft was saved elsewhere since this copy was read (arguments: the current version, who saved it): the
     * phone form refuses to overwrite it and asks to load the latest version.
     */
    DRAFT_CONFLICT("problem.supervision-draft-conflict", HttpStatus.CONFLICT),
    /** A submitted inspection never changes. */
    SUBMITTED("problem.supervision-inspection-submitted", HttpStatus.CONFLICT),
    /** The planned inspection already has an inspection (argument: its id). */
    PLANNED_STARTED("problem.supervision-planned-started", HttpStatus.CONFLICT),
    /** Inspections follow an approved plan only. */
    PLAN_NOT_APPROVED("problem.supervision-plan-not-approved", HttpStatus.CONFLICT),
    /** A unit supervises only itself. */
    SELF_ONLY_OWN_UNIT("problem.supervision-self-only-own-unit", HttpStatus.FORBIDDEN);

    private final String key;
    private final HttpStatus status;

    InspectionRefusal(String key, HttpStatus status) {
        this.key = key;
        this.status = status;
    }

    public XuequProblem problem(Object... arguments) {
        return new XuequProblem(status, key, arguments);
    }
}
