package org.xuequ.workforce.research;

import org.springframework.http.HttpStatus;
import org.xuequ.platform.XuequProblem;

/** Why a research change is refused; the one place where these become problem details. */
public enum ResearchRefusal {
    /** The group has ended: nothing more is recorded in it. */
    GROUP_ENDED("problem.workforce-research-ended", HttpStatus.CONFLICT),
    /** The person is already a current member. */
    ALREADY_MEMBER("problem.workforce-research-member", HttpStatus.CONFLICT),
    STALE("problem.stale", HttpStatus.CONFLICT);

    private final String key;
    private final HttpStatus status;

    ResearchRefusal(String key, HttpStatus status) {
        this.key = key;
        this.status = status;
    }

    public XuequProblem problem(Object... arguments) {
        return new XuequProblem(status, key, arguments);
    }
}
