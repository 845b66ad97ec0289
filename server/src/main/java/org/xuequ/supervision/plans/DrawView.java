package org.xuequ.supervision.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A random draw as published: the frozen inputs and the seed's SHA-256 from the moment it is committed; the seed
 * and the drawn units once it is revealed (the commission and inspectors see the drawn units as soon as they are
 * drawn).
 *
 * @param candidates the candidate units (id, name), by id: the draw's published input
 * @param seed the seed in hex; null until revealed
 * @param drawn the units drawn with their lottery numbers and dates; empty until drawn (or, publicly, revealed)
 */
public record DrawView(
        long id,
        long planId,
        String districtName,
        int schoolYear,
        int semester,
        RandomDraw.Status status,
        int unitsToDraw,
        LocalDate windowFrom,
        LocalDate windowTo,
        List<Unit> candidates,
        String seedCommitment,
        @Nullable String seed,
        Instant committedAt,
        @Nullable Instant drawnAt,
        @Nullable Instant revealedAt,
        List<DrawnUnit> drawn) {

    public record Unit(long id, String name) {}

    public record DrawnUnit(long unitId, String unitName, String number, LocalDate date) {}
}
