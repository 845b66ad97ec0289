package org.xuequ.supervision.plans;

import org.springframework.http.HttpStatus;
import org.xuequ.platform.XuequProblem;

/** Why a change to a plan or its draws is refused; the one place these become problem details. */
public enum PlanRefusal {
    /** The plan's status does not allow the step (arguments: status, step). */
    TRANSITION("problem.supervision-plan-transition", HttpStatus.CONFLICT),
    /** The planned inspections are changed only while the plan is a draft or returned (argument: status). */
    NOT_EDITABLE("problem.supervision-plan-not-editable", HttpStatus.CONFLICT),
    /** Units are drawn for an approved plan only. */
    DRAW_NEEDS_APPROVAL("problem.supervision-draw-needs-approval", HttpStatus.CONFLICT),
    /** The draw's status does not allow the step (arguments: status, step). */
    DRAW_TRANSITION("problem.supervision-draw-transition", HttpStatus.CONFLICT),
    /** A draw is replayed once its seed is revealed. */
    DRAW_NOT_REVEALED("problem.supervision-draw-not-revealed", HttpStatus.CONFLICT),
    /** The version sent is not the current one. */
    STALE("problem.stale", HttpStatus.CONFLICT);

    private final String key;
    private final HttpStatus status;

    PlanRefusal(String key, HttpStatus status) {
        this.key = key;
        this.status = status;
    }

    public XuequProblem problem(Object... arguments) {
        return new XuequProblem(status, key, arguments);
    }
}
