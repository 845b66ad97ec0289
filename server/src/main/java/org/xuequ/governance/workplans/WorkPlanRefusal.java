package org.xuequ.governance.workplans;

import org.springframework.http.HttpStatus;
import org.xuequ.platform.XuequProblem;

/** Why a change to a work plan is refused; the one place where these become problem details. */
public enum WorkPlanRefusal {
    /** The plan's status does not allow the step (arguments: current status, the step). */
    TRANSITION("problem.governance-plan-transition", HttpStatus.CONFLICT),
    /** A body has one plan a year (arguments: the year). */
    EXISTS("problem.governance-plan-exists", HttpStatus.CONFLICT),
    /** A plan goes to review with at least one item. */
    EMPTY("problem.governance-plan-empty", HttpStatus.UNPROCESSABLE_ENTITY),
    /** Work plans belong to a district's bodies, not the joint meeting or party organisations (argument: kind). */
    WRONG_BODY("problem.governance-plan-body", HttpStatus.UNPROCESSABLE_ENTITY),
    /** The version sent is not the current one. */
    STALE("problem.stale", HttpStatus.CONFLICT);

    private final String key;
    private final HttpStatus status;

    WorkPlanRefusal(String key, HttpStatus status) {
        this.key = key;
        this.status = status;
    }

    public XuequProblem problem(Object... arguments) {
        return new XuequProblem(status, key, arguments);
    }
}
