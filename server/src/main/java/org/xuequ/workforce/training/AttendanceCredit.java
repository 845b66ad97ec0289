package org.xuequ.workforce.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What completing a course credits a person: a course without sessions credits its hours; a course with sessions
 * credits the hours the person attended, and only once they reach two thirds of the sessions' hours (the usual bar
 * for a training certificate).
 *
 * @param sessionHours  all sessions' hours (0 without sessions)
 * @param attendedHours the hours of the sessions the person attended
 * @param requiredHours two thirds of the sessions' hours, to one decimal, rounded up
 * @param credited      what completion credits
 */
public record AttendanceCredit(
        BigDecimal sessionHours, BigDecimal attendedHours, BigDecimal requiredHours, BigDecimal credited) {

    private static final BigDecimal TWO_THIRDS_NUMERATOR = BigDecimal.valueOf(2);
    private static final BigDecimal THREE = BigDecimal.valueOf(3);

    static AttendanceCredit of(List<CourseSession> sessions, long staffId, BigDecimal courseHours) {
        if (sessions.isEmpty()) {
            return new AttendanceCredit(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, courseHours);
        }
        BigDecimal all = BigDecimal.ZERO;
        BigDecimal attended = BigDecimal.ZERO;
        for (CourseSession s : sessions) {
            all = all.add(s.getHours());
            if (s.attendedBy(staffId)) {
                attended = attended.add(s.getHours());
            }
        }
        BigDecimal required = all.multiply(TWO_THIRDS_NUMERATOR).divide(THREE, 1, RoundingMode.CEILING);
        return new AttendanceCredit(all, attended, required, attended);
    }

    public boolean sufficient() {
        return attendedHours.compareTo(requiredHours) >= 0;
    }

    public boolean hasSessions() {
        return sessionHours.signum() > 0;
    }
}
