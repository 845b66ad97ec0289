package org.xuequ.sharing.booking;

import java.time.Instant;
import java.util.List;
import org.xuequ.platform.XuequProblem.FieldProblem;

/** Field checks shared by single and recurring bookings (400 problems, before any rule is looked at). */
final class BookingValidation {

    private BookingValidation() {}

    static void period(Instant start, Instant end, List<FieldProblem> errors) {
        if (start == null) {
            errors.add(new FieldProblem("startsAt", "error.required"));
        }
        if (end == null) {
            errors.add(new FieldProblem("endsAt", "error.required"));
        } else if (start != null && !end.isAfter(start)) {
            errors.add(new FieldProblem("endsAt", "error.end-after-start"));
        }
    }

    static void attendeesAndPurpose(Integer attendees, String purpose, List<FieldProblem> errors) {
        if (attendees == null) {
            errors.add(new FieldProblem("attendees", "error.required"));
        } else if (attendees < 1 || attendees > 100_000) {
            errors.add(new FieldProblem("attendees", "error.attendees-range"));
        }
        if (purpose == null || purpose.isBlank()) {
            errors.add(new FieldProblem("purpose", "error.required"));
        } else if (purpose.strip().length() > 500) {
            errors.add(new FieldProblem("purpose", "error.too-long-500"));
        }
    }
}
