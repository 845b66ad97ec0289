package org.xuequ.enrollment.runs;

import org.springframework.http.HttpStatus;
import org.xuequ.platform.XuequProblem;

/** Why a step of a run was refused, and the one place each reason becomes a problem (status and message key). */
public enum RunRefusal {
    /** The run's status does not allow the step; the problem names the status. */
    STATE("problem.run-state"),
    /** Another run of the cycle is already committed: a cycle's inputs are frozen once. */
    ALREADY_COMMITTED("problem.run-already-committed"),
    /** An execution of the run is under way. */
    EXECUTING("problem.run-executing"),
    /** Results and the replay are public only once the run is published. */
    NOT_PUBLISHED("problem.run-not-published");

    private final String messageKey;

    RunRefusal(String messageKey) {
        this.messageKey = messageKey;
    }

    public XuequProblem problem(Object... arguments) {
        return new XuequProblem(HttpStatus.CONFLICT, messageKey, arguments);
    }
}
