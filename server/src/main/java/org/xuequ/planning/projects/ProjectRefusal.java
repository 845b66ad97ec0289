package org.xuequ.planning.projects;

import org.springframework.http.HttpStatus;
import org.xuequ.platform.XuequProblem;

/** Why a change to a key project is refused; the one place where these become problem details. */
public enum ProjectRefusal {
    /** The milestone's status does not allow the step (arguments: current status, the step). */
    TRANSITION("problem.planning-milestone-transition", HttpStatus.CONFLICT),
    /** A milestone cannot finish before it started. */
    FINISH_BEFORE_START("problem.planning-milestone-dates", HttpStatus.UNPROCESSABLE_ENTITY),
    /** The version sent is not the current one. */
    STALE("problem.stale", HttpStatus.CONFLICT);

    private final String key;
    private final HttpStatus status;

    ProjectRefusal(String key, HttpStatus status) {
        this.key = key;
        this.status = status;
    }

    public XuequProblem problem(Object... arguments) {
        return new XuequProblem(status, key, arguments);
    }
}
