package org.xuequ.workforce.rotation;

import org.springframework.http.HttpStatus;
import org.xuequ.platform.XuequProblem;

/** Why a change to a rotation round is refused; the one place where these become problem details. */
public enum RoundRefusal {
    /** The round's status does not allow the step (arguments: current status, the step). */
    TRANSITION("problem.workforce-round-transition", HttpStatus.CONFLICT),
    /** The district already has a round that year. */
    EXISTS("problem.workforce-round-exists", HttpStatus.CONFLICT),
    /** Approving needs a proposal (argument: the solver's status). */
    NO_PROPOSAL("problem.workforce-round-no-proposal", HttpStatus.CONFLICT),
    /** The rules contradict each other: nothing can be proposed (e.g. locks beyond a quota). */
    INFEASIBLE("problem.workforce-round-infeasible", HttpStatus.UNPROCESSABLE_ENTITY),
    /** The version sent is not the current one. */
    STALE("problem.stale", HttpStatus.CONFLICT);

    private final String key;
    private final HttpStatus status;

    RoundRefusal(String key, HttpStatus status) {
        this.key = key;
        this.status = status;
    }

    public XuequProblem problem(Object... arguments) {
        return new XuequProblem(status, key, arguments);
    }
}
