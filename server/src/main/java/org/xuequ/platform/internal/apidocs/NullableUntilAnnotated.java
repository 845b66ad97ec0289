package org.xuequ.platform.internal.apidocs;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Properties the server can send (or accept) as null whose Java declarations do not say so yet. Each
 * entry belongs on its record component as a JSpecify {@code @Nullable}; once it is there, the entry
 * goes. The list was taken from what the hand-typed console shapes declared nullable or optional when
 * the API description was introduced (the records were being moved into sub-packages at the time and
 * could not be annotated in the same change); properties that bean validation requires were left out.
 */
final class NullableUntilAnnotated {

    private static final Set<String> PROPERTIES = Map.ofEntries(
                    Map.entry("AddressBlockController.AddressBlockView", List.of("community", "subdistrictCode")),
                    Map.entry(
                            "AppealController.AppealView",
                            List.of("decidedAt", "decidedBy", "decision", "reassignedUnit")),
                    Map.entry("AppealController.DecideRequest", List.of("reassignUnitId")),
                    Map.entry(
                            "AuditController.AuditEntryView",
                            List.of(
                                    "after",
                                    "before",
                                    "detail",
                                    "entityId",
                                    "entityType",
                                    "regionCode",
                                    "remoteAddress")),
                    Map.entry("Blackout", List.of("reason")),
                    Map.entry(
                            "BookingController.SeriesOccurrence",
                            List.of("bookingId", "problemType", "reason", "status")),
                    Map.entry("BookingController.SeriesResult", List.of("seriesId")),
                    Map.entry(
                            "BookingRules",
                            List.of("maxAdvanceDays", "maxDurationMinutes", "minNoticeHours", "monthlyQuota")),
                    Map.entry(
                            "BookingViews.View",
                            List.of(
                                    "decidedAt",
                                    "decidedBy",
                                    "districtId",
                                    "note",
                                    "rating",
                                    "ratingComment",
                                    "seriesId",
                                    "waitlistPosition")),
                    Map.entry("Bookings.Request", List.of("waitlist")),
                    Map.entry(
                            "ChildController.ChildRequest",
                            List.of(
                                    "birthDate",
                                    "cycleId",
                                    "hukouBlockId",
                                    "hukouType",
                                    "primaryUnitId",
                                    "propertyBlockId",
                                    "propertySince",
                                    "residenceBlockId",
                                    "residenceSince",
                                    "siblingUnitId")),
                    Map.entry(
                            "CycleController.CycleView",
                            List.of("applicationDeadline", "birthDateCutoff", "maxChoices", "policy")),
                    Map.entry("DemandController.DemandLine", List.of("district", "unit")),
                    Map.entry("CycleController.RuleView", List.of("minPropertyYears")),
                    Map.entry("Cycles.RuleForm", List.of("minPropertyYears")),
                    Map.entry("DistrictOrganisation.Member", List.of("qualityGrade")),
                    Map.entry("DistrictOrganisationController.Office", List.of("subdistrictCode", "subdistrictName")),
                    Map.entry("DistrictOrganisationController.PositionView", List.of("unitId", "unitName")),
                    Map.entry("DistrictPeople.CommitteeDepartment", List.of("headName")),
                    Map.entry("DistrictPeople.CouncilMember", List.of("organisation", "title")),
                    Map.entry("DistrictPeople.OfficeStaff", List.of("title")),
                    Map.entry("EnrollmentViews.ApplicationView", List.of("guaranteed")),
                    Map.entry(
                            "EnrollmentViews.ChildView",
                            List.of(
                                    "birthDate",
                                    "district",
                                    "hukouAddress",
                                    "hukouBlock",
                                    "primaryUnit",
                                    "propertyBlock",
                                    "propertySince",
                                    "residenceBlock",
                                    "residenceSince",
                                    "siblingUnit")),
                    Map.entry(
                            "EnrollmentViews.OptionsView",
                            List.of("deadline", "guaranteed", "ineligibleReason", "zone")),
                    Map.entry("FamilyController.FamilyView", List.of("appeal", "application", "options", "result")),
                    Map.entry("FamilyController.ResultView", List.of("explanation", "stage", "unit")),
                    Map.entry("NotificationController.View", List.of("bookingId", "resourceId")),
                    Map.entry("PublicEnrollmentController.LookupView", List.of("tier")),
                    Map.entry("PublicEnrollmentController.PublicResult", List.of("stage", "unit")),
                    Map.entry(
                            "PublicEnrollmentController.PublicRun",
                            List.of("committedAt", "publishedAt", "seed", "seedCommitment")),
                    Map.entry(
                            "DistrictController.DistrictView",
                            List.of("officeSubdistrictCode", "officeSubdistrictName")),
                    Map.entry(
                            "UnitController.UnitForm",
                            List.of(
                                    "address",
                                    "districtId",
                                    "latitude",
                                    "longitude",
                                    "ownership",
                                    "qualityGrade",
                                    "subdistrictCode",
                                    "type")),
                    Map.entry(
                            "UnitController.UnitView",
                            List.of(
                                    "address",
                                    "districtId",
                                    "districtName",
                                    "latitude",
                                    "longitude",
                                    "qualityGrade",
                                    "subdistrictCode",
                                    "subdistrictName")),
                    Map.entry("RegistryOverview.MapUnit", List.of("districtId", "latitude", "longitude")),
                    Map.entry(
                            "InstitutionController.InstitutionView",
                            List.of("contact", "districtId", "districtName", "offers")),
                    Map.entry("ResourceCalendar.Day", List.of("closedReason")),
                    Map.entry("ResourceCalendar.Entry", List.of("purpose", "requesterName")),
                    Map.entry(
                            "ResourceValidation.Rules",
                            List.of("maxAdvanceDays", "maxDurationMinutes", "minNoticeHours", "monthlyQuota")),
                    Map.entry(
                            "ResourceValidation.Form",
                            List.of(
                                    "address",
                                    "capacity",
                                    "contact",
                                    "description",
                                    "kind",
                                    "latitude",
                                    "longitude",
                                    "ownerId",
                                    "ownerKind",
                                    "status")),
                    Map.entry(
                            "ResourceViews.Card",
                            List.of(
                                    "address",
                                    "distanceKm",
                                    "districtId",
                                    "districtName",
                                    "latitude",
                                    "longitude",
                                    "photoUrl",
                                    "rating",
                                    "score")),
                    Map.entry("ResourceViews.Detail", List.of("contact", "description")),
                    Map.entry("RunController.CutoffView", List.of("round")),
                    Map.entry("RunController.ResultView", List.of("choiceRank", "stage", "tier", "tierLabel", "unit")),
                    Map.entry("RunController.SchoolView", List.of("cutoff", "district")),
                    Map.entry(
                            "RunViews.RejectionView",
                            List.of(
                                    "choice",
                                    "cutoffLottery",
                                    "cutoffTier",
                                    "cutoffTierLabel",
                                    "round",
                                    "stage",
                                    "tier",
                                    "tierLabel")),
                    Map.entry(
                            "RunViews.RunView",
                            List.of(
                                    "committedAt",
                                    "createdAt",
                                    "executedAt",
                                    "publishedAt",
                                    "reviewedAt",
                                    "seed",
                                    "seedCommitment")),
                    Map.entry("ScopeView", List.of("regionCode", "unitId")),
                    Map.entry("UnitLinks.Profile", List.of("alliancePrincipal", "educationGroup")),
                    Map.entry("Usage.DistrictRow", List.of("districtId", "districtName")),
                    Map.entry("Usage.ResourceRow", List.of("districtId", "districtName")),
                    Map.entry("Usage.ResourceTotals", List.of("rating")),
                    Map.entry("UserController.CreateUser", List.of("regionCode", "unitId")),
                    Map.entry("UserController.ResetPassword", List.of("password")),
                    Map.entry("UserController.PasswordResetView", List.of("temporaryPassword")),
                    Map.entry("UserController.UserView", List.of("lastLoginAt", "lockedUntil")),
                    Map.entry("ZoneController.ZoneRequest", List.of("cycleId", "districtId")),
                    Map.entry("ZoneController.ZoneView", List.of("district")))
            .entrySet()
            .stream()
            .flatMap(e -> e.getValue().stream().map(property -> e.getKey() + "#" + property))
            .collect(Collectors.toUnmodifiableSet());

    private NullableUntilAnnotated() {}

    static boolean contains(String schema, String property) {
        return PROPERTIES.contains(schema + "#" + property);
    }

    /** Entries that name no property of the document: a schema was renamed or moved, and the entry must follow it. */
    static Set<String> unmatched(Map<String, ? extends io.swagger.v3.oas.models.media.Schema<?>> schemas) {
        return PROPERTIES.stream()
                .filter(entry -> {
                    int hash = entry.indexOf('#');
                    var schema = schemas.get(entry.substring(0, hash));
                    return schema == null
                            || schema.getProperties() == null
                            || !schema.getProperties().containsKey(entry.substring(hash + 1));
                })
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
