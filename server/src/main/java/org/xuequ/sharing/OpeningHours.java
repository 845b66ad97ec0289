package org.xuequ.sharing;

import java.time.DayOfWeek;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One opening interval on a weekday, Beijing time. */
@Embeddable
public record OpeningHours(@Enumerated(EnumType.STRING) @Column(name = "day_of_week") DayOfWeek day,
                           LocalTime opens, LocalTime closes) {
}
