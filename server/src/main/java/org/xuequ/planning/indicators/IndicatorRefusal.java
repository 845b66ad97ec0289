package org.xuequ.planning.indicators;

import org.springframework.http.HttpStatus;
import org.xuequ.platform.XuequProblem;

/** Why a change to a plan or an indicator is refused; the one place where these become problem details. */
public enum IndicatorRefusal {
    /** The platform computes this indicator's values; they cannot be entered. */
    COMPUTED("problem.planning-indicator-computed", HttpStatus.CONFLICT),
    /** The version sent is not the current one. */
    STALE("problem.stale", HttpStatus.CONFLICT);

    private final String key;
    private final HttpStatus status;

    IndicatorRefusal(String key, HttpStatus status) {
        this.key = key;
        this.status = status;
    }

    public XuequProblem problem(Object... arguments) {
        return new XuequProblem(status, key, arguments);
    }
}
