package org.xuequ.workforce.staff;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A person as a list or page shows them; the identity is masked unless the caller may see it. */
public record StaffView(
        long id,
        long version,
        long unitId,
        String unitName,
        @Nullable String staffNo,
        String name,
        StaffIdentity identity,
        Post post,
        @Nullable String subject,
        Qualification qualification,
        Title title,
        Backbone backbone,
        Specialism specialism,
        @Nullable LocalDate employedSince,
        LocalDate atUnitSince,
        int yearsAtUnit,
        StaffStatus status,
        boolean mayEdit) {

    /** A person's page: the view with every posting, oldest first. */
    public record Page(StaffView person, List<PostingView> postings) {}

    public record PostingView(
            long unitId,
            String unitName,
            LocalDate from,
            @Nullable LocalDate to,
            PostingReason reason) {}

    /** One unit's staff in figures: what the census and the balance indicators count. */
    public record UnitFigures(
            long unitId,
            String unitName,
            @Nullable Long districtId,
            @Nullable String districtName,
            int staff,
            int teachers,
            int qualifiedTeachers,
            int intermediateTitleTeachers,
            int backboneTeachers,
            int peArtTeachers) {}
}
