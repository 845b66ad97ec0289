package org.xuequ.sharing.booking;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.sharing.calendar.OpeningCalendar;

/**
 * Why a booking is refused: one problem per rule, so the console can tell them apart. The one place
 * where refusals become problem details: rule violations are 422 (the request is well-formed but
 * the resource's rules refuse it), clashes with other bookings or with the booking's state are 409.
 */
public enum BookingRefusal {
    NOT_BOOKABLE("problem.booking-not-bookable", HttpStatus.UNPROCESSABLE_ENTITY),
    CAPACITY("problem.booking-capacity", HttpStatus.UNPROCESSABLE_ENTITY),
    TOO_LONG("problem.booking-too-long", HttpStatus.UNPROCESSABLE_ENTITY),
    NOTICE("problem.booking-notice", HttpStatus.UNPROCESSABLE_ENTITY),
    TOO_FAR_AHEAD("problem.booking-too-far-ahead", HttpStatus.UNPROCESSABLE_ENTITY),
    HOLIDAY("problem.booking-holiday", HttpStatus.UNPROCESSABLE_ENTITY),
    BLACKOUT("problem.booking-blackout", HttpStatus.UNPROCESSABLE_ENTITY),
    OUTSIDE_HOURS("problem.booking-outside-hours", HttpStatus.UNPROCESSABLE_ENTITY),
    QUOTA("problem.booking-quota", HttpStatus.UNPROCESSABLE_ENTITY),
    CONFLICT("problem.booking-conflict", HttpStatus.CONFLICT),
    SERIES_CONFLICTS("problem.booking-series-conflicts", HttpStatus.CONFLICT),
    /** The booking's state does not allow the step (arguments: current status, the step). */
    TRANSITION("problem.booking-transition", HttpStatus.CONFLICT),
    ALREADY_RATED("problem.booking-already-rated", HttpStatus.CONFLICT);

    private final String key;
    private final HttpStatus status;

    BookingRefusal(String key, HttpStatus status) {
        this.key = key;
        this.status = status;
    }

    /** The problem's message key; its type is urn:xuequ:problem: and the key without "problem.". */
    public String key() {
        return key;
    }

    /** The key of the same refusal as one field's reason, e.g. one occurrence of a series. */
    public String errorKey() {
        return key.replace("problem.", "error.");
    }

    public HttpStatus status() {
        return status;
    }

    public XuequProblem problem(Object... arguments) {
        return new XuequProblem(status, key, arguments);
    }

    public XuequProblem problem(List<FieldProblem> errors, Object... arguments) {
        return new XuequProblem(status, errors, key, arguments);
    }

    /** The opening calendar's reason a period cannot be booked, as a booking refusal. */
    static BookingRefusal of(OpeningCalendar.Closed closed) {
        return switch (closed) {
            case HOLIDAY -> HOLIDAY;
            case BLACKOUT -> BLACKOUT;
            case OUTSIDE_HOURS -> OUTSIDE_HOURS;
        };
    }
}
