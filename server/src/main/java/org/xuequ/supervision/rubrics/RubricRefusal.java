package org.xuequ.supervision.rubrics;

import org.springframework.http.HttpStatus;
import org.xuequ.platform.XuequProblem;

/** Why a change to a rubric is refused; the one place these become problem details. */
public enum RubricRefusal {
    /** An inspection uses the rubric: it is never edited, only versioned. */
    IN_USE("problem.supervision-rubric-in-use", HttpStatus.CONFLICT),
    /** The version sent is not the current one. */
    STALE("problem.stale", HttpStatus.CONFLICT);

    private final String key;
    private final HttpStatus status;

    RubricRefusal(String key, HttpStatus status) {
        this.key = key;
        this.status = status;
    }

    public XuequProblem problem(Object... arguments) {
        return new XuequProblem(status, key, arguments);
    }
}
