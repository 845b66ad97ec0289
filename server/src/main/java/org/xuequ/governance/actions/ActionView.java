package org.xuequ.governance.actions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.xuequ.governance.LinkKind;

/**
 * An action as the board and the agenda show it.
 *
 * @param linkLabel the label of what it acts on: its module's current label when that module resolves the kind,
 *     else the label stored when it was linked
 * @param overdue undone and past its due date
 * @param escalated the sweep told the bureau it is long overdue
 * @param steps the steps its status allows now (empty when the caller may not change it)
 */
public record ActionView(
        long id,
        long version,
        long bodyId,
        @Nullable Long districtId,
        @Nullable String districtName,
        @Nullable Long meetingId,
        @Nullable Long agendaItemId,
        String title,
        @Nullable String detail,
        @Nullable Long ownerUnitId,
        @Nullable String ownerUnitName,
        @Nullable String ownerPerson,
        LocalDate dueDate,
        ActionStatus status,
        @Nullable LinkKind linkKind,
        @Nullable Long linkId,
        @Nullable String linkLabel,
        @Nullable String progressNote,
        @Nullable LocalDate doneOn,
        boolean overdue,
        boolean escalated,
        @Nullable Instant escalatedAt,
        List<ActionStatus.Step> steps) {}
