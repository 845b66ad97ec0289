package org.xuequ.governance.bodies;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A member as entered.
 *
 * @param kind whom the member represents
 * @param role CHAIR, VICE_CHAIR, SECRETARY or MEMBER (the default)
 * @param unitId the unit the member heads or comes from (checked against the registry); its accounts act for the member
 * @param username the platform account that acts for the member (e.g. an institution's representative); optional
 */
public record MemberFields(
        @NotBlank @Size(max = 50) String personName,
        @NotNull RepresentativeKind kind,
        @Nullable MemberRole role,
        @Nullable Long unitId,
        @Nullable @Size(max = 100) String organisation,
        @Nullable @Size(max = 50) String title,
        @Nullable @Size(max = 64) String username) {}
