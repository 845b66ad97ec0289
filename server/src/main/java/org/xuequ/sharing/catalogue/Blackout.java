package org.xuequ.sharing.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** Dates (inclusive) on which a resource is closed, e.g. for maintenance or exams. */
@Embeddable
public record Blackout(
        @Column(name = "from_date") LocalDate from,
        @Column(name = "to_date") LocalDate to,
        String reason) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
