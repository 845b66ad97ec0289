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
        LocalDate atUnitSince) {}
