package org.xuequ.governance.charters;

import org.springframework.http.HttpStatus;
import org.xuequ.platform.XuequProblem;

/** Why a change to a charter is refused; the one place where these become problem details. */
public enum CharterRefusal {
    /** The version's status does not allow the step (arguments: current status, the step). */
    TRANSITION("problem.governance-charter-transition", HttpStatus.CONFLICT),
    /** Seed 003 §二(二)4: the charter must include the party-building requirements (学区要将党建工作要求纳入章程). */
    NO_PARTY_BUILDING("problem.governance-charter-party-building", HttpStatus.UNPROCESSABLE_ENTITY),
    /** A draft or a version in review exists already: finish it first. */
    OPEN_VERSION_EXISTS("problem.governance-charter-open-version", HttpStatus.CONFLICT),
    /** The district already has a charter, or the region its template. */
    ALREADY_EXISTS("problem.governance-charter-exists", HttpStatus.CONFLICT),
    /** A district's charter starts from the bureau's approved template, and there is none yet. */
    NO_TEMPLATE("problem.governance-charter-no-template", HttpStatus.CONFLICT),
    /** The version sent is not the current one. */
    STALE("problem.stale", HttpStatus.CONFLICT);

    private final String key;
    private final HttpStatus status;

    CharterRefusal(String key, HttpStatus status) {
        this.key = key;
        this.status = status;
    }

    public XuequProblem problem(Object... arguments) {
        return new XuequProblem(status, key, arguments);
    }
}
