package org.xuequ.governance.actions;

import org.springframework.http.HttpStatus;
import org.xuequ.platform.XuequProblem;

/** Why a change to an action is refused; the one place where these become problem details. */
public enum ActionRefusal {
    /** The action's status does not allow the step (arguments: current status, the step). */
    TRANSITION("problem.governance-action-transition", HttpStatus.CONFLICT),
    /** The version sent is not the current one. */
    STALE("problem.stale", HttpStatus.CONFLICT);

    private final String key;
    private final HttpStatus status;

    ActionRefusal(String key, HttpStatus status) {
        this.key = key;
        this.status = status;
    }

    public XuequProblem problem(Object... arguments) {
        return new XuequProblem(status, key, arguments);
    }
}
