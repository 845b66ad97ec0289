package org.xuequ.workforce.training;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.xuequ.workforce.staff.Post;

/**
 * The three-year full-coverage tracker for the current cycle: everyone active on the roll of the caller's units,
 * who has completed a course of the cycle, and who not yet, by district and unit.
 */
public record CoverageView(
        Cycle cycle, Figures overall, List<Figures> districts, List<Figures> units, List<Untrained> untrained) {

    public record Cycle(long id, String name, LocalDate startsOn, LocalDate endsOn, long daysLeft) {}

    /**
     * One row of figures: {@code share = trained / active} (0 when nobody is active).
     *
     * @param id the district or unit; null for the overall row
     */
    public record Figures(@Nullable Long id, String name, int active, int trained, double share) {

        static Figures of(@Nullable Long id, String name, int active, int trained) {
            return new Figures(id, name, active, trained, active == 0 ? 0 : (double) trained / active);
        }

        public int untrained() {
            return active - trained;
        }
    }

    /** Someone not yet trained in the cycle: name, unit and post only (no personal numbers). */
    public record Untrained(long staffId, String name, long unitId, String unitName, Post post) {}
}
