package org.xuequ.governance.bodies;

import org.springframework.http.HttpStatus;
import org.xuequ.platform.XuequProblem;

/** Why a change to a body is refused; the one place where these become problem details. */
public enum BodyRefusal {
    /** A district already has its council or committee; the region its joint meeting; a committee this department. */
    ALREADY_EXISTS("problem.governance-body-exists", HttpStatus.CONFLICT),
    /** Committees and their departments exist in preschool districts only (argument: the district's kind). */
    PRESCHOOL_ONLY("problem.governance-preschool-only", HttpStatus.UNPROCESSABLE_ENTITY),
    /** Only party organisations cover kindergartens (argument: the body's kind). */
    NOT_A_PARTY_ORGANISATION("problem.governance-not-party", HttpStatus.UNPROCESSABLE_ENTITY),
    /** A kindergarten's own branch covers that one kindergarten. */
    SINGLE_BRANCH_ONE_UNIT("problem.governance-single-branch", HttpStatus.UNPROCESSABLE_ENTITY),
    /** A kindergarten already belongs to another party organisation. */
    UNIT_IN_OTHER_PARTY("problem.governance-unit-in-other-party", HttpStatus.CONFLICT),
    /** The version sent is not the current one. */
    STALE("problem.stale", HttpStatus.CONFLICT);

    private final String key;
    private final HttpStatus status;

    BodyRefusal(String key, HttpStatus status) {
        this.key = key;
        this.status = status;
    }

    public XuequProblem problem(Object... arguments) {
        return new XuequProblem(status, key, arguments);
    }
}
