package org.xuequ.sharing.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Dates (inclusive) on which a resource is closed, e.g. for maintenance or exams.
 * @param reason at most 100 characters; null when not given
 */
@Embeddable
public record Blackout(
        @Column(name = "from_date") LocalDate from,
        @Column(name = "to_date") LocalDate to,
        @Nullable String reason) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
