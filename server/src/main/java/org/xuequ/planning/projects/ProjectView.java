package org.xuequ.planning.projects;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A key project as the pages show it: its fields, the district's name, and its milestones with the steps each
 * may take now (asked of the status, so a button cannot offer what the rule refuses).
 */
public record ProjectView(
        long id,
        long version,
        ProjectFields fields,
        @Nullable String districtName,
        int milestonesDone,
        int milestonesOverdue,
        List<MilestoneView> milestones) {

    public record MilestoneView(
            long id,
            int position,
            String name,
            LocalDate dueDate,
            MilestoneStatus status,
            @Nullable LocalDate startedOn,
            @Nullable LocalDate finishedOn,
            boolean overdue,
            List<MilestoneStatus.Step> steps) {}
}
