package org.xuequ.workforce.staff;

import org.springframework.http.HttpStatus;
import org.xuequ.platform.XuequProblem;

/** Why a change to the staff registry is refused; the one place where these become problem details. */
public enum StaffRefusal {
    /** The ID number is already on the region's roll (at this or another unit). */
    ALREADY_REGISTERED("problem.workforce-staff-registered", HttpStatus.CONFLICT),
    /** The version sent is not the current one. */
    STALE("problem.stale", HttpStatus.CONFLICT);

    private final String key;
    private final HttpStatus status;

    StaffRefusal(String key, HttpStatus status) {
        this.key = key;
        this.status = status;
    }

    public XuequProblem problem(Object... arguments) {
        return new XuequProblem(status, key, arguments);
    }
}
