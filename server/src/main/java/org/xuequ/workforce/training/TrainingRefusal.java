package org.xuequ.workforce.training;

import org.springframework.http.HttpStatus;
import org.xuequ.platform.XuequProblem;

/** Why a training change is refused; the one place where these become problem details. */
public enum TrainingRefusal {
    /** The course is closed to new enrolments and completions. */
    COURSE_CLOSED("problem.workforce-course-closed", HttpStatus.CONFLICT),
    /** The enrolment's status does not allow the step (arguments: status, step). */
    TRANSITION("problem.workforce-enrolment-transition", HttpStatus.CONFLICT),
    /** Too few hours attended to complete (arguments: attended, required). */
    ATTENDANCE_SHORT("problem.workforce-attendance-short", HttpStatus.CONFLICT),
    /** The region has no training cycle covering the day. */
    NO_CYCLE("problem.workforce-no-cycle", HttpStatus.NOT_FOUND),
    STALE("problem.stale", HttpStatus.CONFLICT);

    private final String key;
    private final HttpStatus status;

    TrainingRefusal(String key, HttpStatus status) {
        this.key = key;
        this.status = status;
    }

    public XuequProblem problem(Object... arguments) {
        return new XuequProblem(status, key, arguments);
    }
}
