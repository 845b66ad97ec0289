package org.xuequ.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Which school year "now" is, from the injected clock and by the Beijing calendar. */
class ASchoolYearStartsOnTheFirstOfSeptemberInBeijingTest {

    @Test
    void theYearIsNamedByTheCalendarYearItStartsIn() {
        assertThat(SchoolYear.of(LocalDate.of(2026, 9, 1))).isEqualTo(2026);
        assertThat(SchoolYear.of(LocalDate.of(2027, 8, 31))).isEqualTo(2026);
        assertThat(SchoolYear.of(LocalDate.of(2027, 1, 15))).isEqualTo(2026);
    }

    @Test
    void midnightInBeijingNotInGreenwichTurnsTheYear() {
        // 1 September 00:00 in Beijing is 31 August 16:00 UTC.
        assertThat(SchoolYear.current(at("2026-08-31T15:59:59Z"))).isEqualTo(2025);
        assertThat(SchoolYear.current(at("2026-08-31T16:00:00Z"))).isEqualTo(2026);
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
