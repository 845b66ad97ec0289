package org.xuequ.supervision.inspectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An inspector or liaison as the form sends it.
 *
 * @param districtId the district whose positions name the person; null for one appointed for the region
 * @param username the INSPECTOR account acting as this person (its writes are limited to the assignments)
 * @param appointedOn 聘任 date
 * @param delegatedOn 委派 date
 * @param endsOn last day in office; null while appointed
 */
public record InspectorFields(
        @NotNull InspectorKind kind,
        @NotBlank @Size(max = 50) String personName,
        @Nullable Long districtId,
        @Nullable @Size(max = 100) String username,
        @Nullable LocalDate appointedOn,
        @Nullable LocalDate delegatedOn,
        @Nullable LocalDate endsOn) {}
