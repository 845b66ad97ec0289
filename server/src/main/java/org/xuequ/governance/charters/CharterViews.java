package org.xuequ.governance.charters;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Charters as the pages show them, with what the caller may do now. */
public final class CharterViews {

    private CharterViews() {}

    /**
     * A charter in a list.
     *
     * @param districtId null for the bureau's template
     * @param approvedNumber the version in force; null before the first approval
     * @param openNumber the draft or version in review; null when none
     */
    public record CharterSummary(
            long id,
            long version,
            boolean template,
            @Nullable Long districtId,
            @Nullable String districtName,
            String title,
            @Nullable Integer approvedNumber,
            @Nullable Integer openNumber,
            @Nullable CharterStatus openStatus,
            Instant updatedAt) {}

    /**
     * A version with its text, the line of its party-building clause, and the steps the caller may take now.
     *
     * @param partyBuildingLine the 1-based line that speaks of party building; null when none does (it cannot be
     *     submitted or approved)
     * @param basedOnTemplateVersion the template version a district's version started from
     */
    public record VersionView(
            int number,
            CharterStatus status,
            String text,
            @Nullable Integer partyBuildingLine,
            @Nullable Long basedOnTemplateVersion,
            @Nullable String note,
            Instant createdAt,
            String createdBy,
            @Nullable Instant submittedAt,
            @Nullable Instant decidedAt,
            @Nullable String decidedBy,
            boolean canEdit,
            boolean canSubmit,
            boolean canDecide) {}

    /** A charter with all its versions, newest first, and whether the caller may start a new draft. */
    public record CharterDetail(CharterSummary charter, List<VersionView> versions, boolean canDraft) {}
}
