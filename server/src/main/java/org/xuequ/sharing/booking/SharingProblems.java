package org.xuequ.sharing.booking;

import org.springframework.http.HttpStatus;
import org.xuequ.platform.XuequProblem;

/** The sharing module's problem keys: one per booking rule, so the console can tell them apart. */
public final class SharingProblems {

    public static final String CONFLICT = "problem.booking-conflict";
    public static final String NOTICE = "problem.booking-notice";
    public static final String TOO_FAR_AHEAD = "problem.booking-too-far-ahead";
    public static final String TOO_LONG = "problem.booking-too-long";
    public static final String QUOTA = "problem.booking-quota";
    public static final String OUTSIDE_HOURS = "problem.booking-outside-hours";
    public static final String BLACKOUT = "problem.booking-blackout";
    public static final String HOLIDAY = "problem.booking-holiday";
    public static final String CAPACITY = "problem.booking-capacity";
    public static final String NOT_BOOKABLE = "problem.booking-not-bookable";
    public static final String SERIES_CONFLICTS = "problem.booking-series-conflicts";
    public static final String TRANSITION = "problem.booking-transition";
    public static final String ALREADY_RATED = "problem.booking-already-rated";

    private SharingProblems() {
    }

    /** Rule violations are 422 (the request is well-formed but the resource's rules refuse it); clashes 409. */
    public static XuequProblem of(String key, Object... args) {
        HttpStatus status = key.equals(CONFLICT) || key.equals(SERIES_CONFLICTS) || key.equals(TRANSITION)
                || key.equals(ALREADY_RATED) ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY;
        return new XuequProblem(status, key, args);
    }
}
