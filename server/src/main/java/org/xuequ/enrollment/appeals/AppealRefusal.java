package org.xuequ.enrollment.appeals;

import org.springframework.http.HttpStatus;
import org.xuequ.platform.XuequProblem;

/** Why an appeal was refused, and the one place each reason becomes a problem (status and message key). */
public enum AppealRefusal {
    /** The appeal is decided already: an appeal is decided once. */
    DECIDED("problem.appeal-decided"),
    /** The application has an appeal still waiting for its decision. */
    PENDING("problem.appeal-pending"),
    /** The school to move the child to has no free seat left in the run. */
    NO_SEAT("problem.no-seat");

    private final String messageKey;

    AppealRefusal(String messageKey) {
        this.messageKey = messageKey;
    }

    public XuequProblem problem() {
        return new XuequProblem(HttpStatus.CONFLICT, messageKey);
    }
}
