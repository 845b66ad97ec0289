package org.xuequ.registry.districts;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/** The people around a district, kept with it: council, committee departments, office staff, positions. */
public final class DistrictPeople {

    private DistrictPeople() {}

    /** Seed 000: the five kinds of representatives a district council (学区理事会) must have. */
    public enum CouncilKind {
        UNIT_HEAD,
        LOCAL_GOVERNMENT,
        EDUCATION_ADMINISTRATION,
        SOCIAL_INSTITUTION,
        PARENT
    }

    /** Seed 003: the sub-departments of a preschool district's governance committee (学区治理委员会). */
    public enum Department {
        PARTY_BUILDING,
        ADMINISTRATION,
        RESEARCH,
        TRAINING
    }

    /** Seed 000: office staff are delegated by the subdistrict office or the commission. */
    public enum Delegation {
        SUBDISTRICT_OFFICE,
        COMMISSION
    }

    /** Seed 003: 专职督学, 兼职督学, 视导员 (one per kindergarten), 兼职教研员, 兼职培训师. */
    public enum PositionKind {
        INSPECTOR_FULL_TIME,
        INSPECTOR_PART_TIME,
        LIAISON,
        RESEARCHER,
        TRAINER
    }

    /** A representative on the district council (学区理事会). */
    @Embeddable
    public record CouncilMember(
            String name,
            @Enumerated(EnumType.STRING) CouncilKind kind,
            @Nullable String organisation,
            @Nullable String title) {}

    /** A department of a preschool district's governance committee, with its head. */
    @Embeddable
    public record CommitteeDepartment(
            @Enumerated(EnumType.STRING) Department department, String headName) {}

    /** A member of the district office's staff and who delegated them. */
    @Embeddable
    public record OfficeStaff(
            String name,
            @Nullable String title,
            @Enumerated(EnumType.STRING) Delegation delegatedBy) {}

    /** A named position and who holds it; a liaison (视导员) names the member unit they look after. */
    @Embeddable
    public record Position(@Enumerated(EnumType.STRING) PositionKind kind, String personName, Long unitId) {}
}
