package org.xuequ.workforce.rotation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.xuequ.engine.rotation.MoveReason;
import org.xuequ.engine.rotation.RotationTarget;
import org.xuequ.workforce.staff.Backbone;
import org.xuequ.workforce.staff.Post;
import org.xuequ.workforce.staff.Specialism;

/** A round's page: the round, the balance before and after, its schools, its people and its moves. */
public record RoundView(
        Summary round,
        List<Indicator> indicators,
        List<SchoolRow> schools,
        List<PersonRow> people,
        List<MoveRow> moves,
        @Nullable Integer pupilsYear) {

    /** A round in a list, with what the caller may do with it. */
    public record Summary(
            long id,
            long version,
            String title,
            long districtId,
            String districtName,
            int year,
            RoundStatus status,
            EligibilityRules rules,
            int maxOutPercent,
            LocalDate startsOn,
            @Nullable String solveStatus,
            @Nullable Instant solvedAt,
            @Nullable Long solveMillis,
            @Nullable Integer wishesHonoured,
            @Nullable Instant approvedAt,
            @Nullable String approvedBy,
            boolean countersign,
            @Nullable Instant submittedAt,
            @Nullable String submittedBy,
            boolean mayApprove,
            boolean maySendBack,
            boolean approvalDecides,
            boolean mayManage,
            boolean mayEnterWishes) {}

    /** One balance indicator's CV before and after the proposal (the balance calculator's figures). */
    public record Indicator(
            RotationTarget target,
            @Nullable Double before,
            @Nullable Double after) {}

    /** A school with its counts before and after the standing moves; enough to redo the CV by hand. */
    public record SchoolRow(
            long unitId,
            String name,
            int pupils,
            boolean pupilsEstimated,
            int teachers,
            int backboneBefore,
            int backboneAfter,
            int peArtBefore,
            int peArtAfter,
            int maxOut,
            int maxIn,
            Map<String, Integer> needs) {}

    /** A teacher of the district under the round's rules, with their wishes (school ids, best first). */
    public record PersonRow(
            long staffId,
            String name,
            long unitId,
            Post post,
            @Nullable String subject,
            Backbone backbone,
            Specialism specialism,
            int yearsAtUnit,
            boolean eligible,
            @Nullable Ineligibility ineligibility,
            List<Long> wishes) {}

    /** A move with its reasons and the officials' decision. */
    public record MoveRow(
            long id,
            long version,
            long staffId,
            String name,
            @Nullable String subject,
            boolean backbone,
            boolean peArt,
            long fromUnitId,
            String fromUnit,
            long toUnitId,
            String toUnit,
            int wishRank,
            List<MoveReason> reasons,
            Decision decision,
            @Nullable LocalDate appliedOn) {}

    /** A person's rotation history and standing, for their page. */
    public record PersonRotation(
            long roundId,
            String title,
            int year,
            RoundStatus status,
            boolean eligible,
            @Nullable Ineligibility ineligibility,
            List<String> wishes,
            @Nullable MoveRow move) {}
}
