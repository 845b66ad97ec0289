package org.xuequ.governance.meetings;

import org.springframework.http.HttpStatus;
import org.xuequ.platform.XuequProblem;

/** Why a step of a meeting is refused; the one place where these become problem details. */
public enum MeetingRefusal {
    /** The meeting's status does not allow the step (arguments: current status, the step). */
    TRANSITION("problem.governance-meeting-transition", HttpStatus.CONFLICT),
    /**
     * The members present do not make a quorum, so nothing can be decided (arguments: present, needed, the
     * required kinds nobody present represents).
     */
    QUORUM_NOT_MET("problem.governance-quorum-not-met", HttpStatus.CONFLICT),
    /** The minutes were approved and are locked. */
    MINUTES_LOCKED("problem.governance-minutes-locked", HttpStatus.CONFLICT),
    /** The item was decided already. */
    ITEM_DECIDED("problem.governance-item-decided", HttpStatus.CONFLICT),
    /** Only members checked in vote. */
    NOT_PRESENT("problem.governance-not-present", HttpStatus.CONFLICT),
    /** The caller acts for no member of this meeting. */
    NOT_A_MEMBER("problem.governance-not-a-member", HttpStatus.FORBIDDEN),
    /** The version sent is not the current one. */
    STALE("problem.stale", HttpStatus.CONFLICT);

    private final String key;
    private final HttpStatus status;

    MeetingRefusal(String key, HttpStatus status) {
        this.key = key;
        this.status = status;
    }

    public XuequProblem problem(Object... arguments) {
        return new XuequProblem(status, key, arguments);
    }
}
