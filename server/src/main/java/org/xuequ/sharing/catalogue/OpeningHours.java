package org.xuequ.sharing.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** One opening interval on a weekday, Beijing time. */
@Embeddable
public record OpeningHours(
        @Enumerated(EnumType.STRING) @Column(name = "day_of_week")
        DayOfWeek day,

        LocalTime opens,
        LocalTime closes) {

    /** Quarter-hours are the grid of opening hours and of "free in a range" searches. */
    public static final int QUARTERS_PER_DAY = 96;

    /** Whole quarter-hours of the week (0 = Monday 00:00–00:15) inside an opening interval. */
    public static List<Integer> openQuarters(List<OpeningHours> hours) {
        TreeSet<Integer> quarters = new TreeSet<>();
        for (OpeningHours h : hours) {
            int base = (h.day().getValue() - 1) * QUARTERS_PER_DAY;
            int first = (h.opens().toSecondOfDay() / 60 + 14) / 15;
            int last = h.closes().toSecondOfDay() / 60 / 15;
            for (int q = first; q < last; q++) {
                quarters.add(base + q);
            }
        }
        return new ArrayList<>(quarters);
    }
}
