package org.xuequ.supervision.plans;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.xuequ.supervision.InspectionKind;

/**
 * A plan's content as the form sends it: a note and the hand-planned inspections (random ones are drawn, never
 * typed). Replaces the plan's hand-planned list.
 */
public record PlanFields(
        @Nullable @Size(max = 2000) String note, @NotNull List<@Valid Planned> planned) {

    /**
     * @param plannedOn within the plan's term; null when only the term is fixed
     * @param inspectorId the inspector who will go; null when not yet decided
     * @param topic the topic of a special inspection (专项), e.g. 教育收费
     */
    public record Planned(
            @NotNull InspectionKind kind,
            @NotNull Long unitId,
            @Nullable LocalDate plannedOn,
            @Nullable Long inspectorId,
            @Nullable @Size(max = 200) String topic) {}
}
