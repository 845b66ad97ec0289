package org.xuequ.workforce.staff;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a clerk enters about a person (form or import row), already checked. */
public record StaffFields(
        @Nullable String staffNo,
        String name,
        String idNumber,
        Post post,
        @Nullable String subject,
        Qualification qualification,
        Title title,
        Backbone backbone,
        Specialism specialism,
        @Nullable LocalDate employedSince,
        LocalDate atUnitSince) {

    /** The same fields with the ID number written as it is stored (normalised) or as the person already has it. */
    public StaffFields withIdNumber(String number) {
        return new StaffFields(
                staffNo,
                name,
                number,
                post,
                subject,
                qualification,
                title,
                backbone,
                specialism,
                employedSince,
                atUnitSince);
    }
}
