package org.xuequ.registry.districts.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.registry.DistrictKind;
import org.xuequ.registry.districts.DistrictMembership;
import org.xuequ.registry.districts.DistrictOrganisation;
import org.xuequ.registry.districts.DistrictOrganisation.Member;
import org.xuequ.registry.districts.DistrictPeople.CommitteeDepartment;
import org.xuequ.registry.districts.DistrictPeople.CouncilKind;
import org.xuequ.registry.districts.DistrictPeople.CouncilMember;
import org.xuequ.registry.districts.DistrictPeople.OfficeStaff;
import org.xuequ.registry.districts.DistrictPeople.Position;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.districts.SchoolDistricts;

/** A district's organisation: members by year, council or committee, office, positions, compliance. */
@RestController
@RequestMapping("/api/registry/districts/{id}")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION, Role.INSPECTOR})
class DistrictOrganisationController {

    private final DistrictOrganisation organisation;
    private final SchoolDistricts districts;
    private final MessageSource messages;

    DistrictOrganisationController(
            DistrictOrganisation organisation, SchoolDistricts districts, MessageSource messages) {
        this.organisation = organisation;
        this.districts = districts;
        this.messages = messages;
    }

    /**
     * A unit to place in the district.
     * @param role CENTRAL or MEMBER (中心园 / 成员园 in a preschool district)
     * @param year the school year (the year it starts in); this school year when empty
     */
    record Placement(Long unitId, DistrictMembership.Role role, Integer year) {}

    /** The district's members in one school year. */
    record HistoryYear(int year, int unitCount, List<Member> units) {}

    /**
     * The district's council (学区理事会) or, for a preschool district, its governance committee (学区治理委员会).
     * @param kind COUNCIL, or COMMITTEE for a preschool district
     * @param members the council's representatives; for a committee, the member kindergartens' heads (derived from
     *     this year's members, not stored)
     * @param departments the committee's departments; empty for a council
     * @param missingKinds the kinds of representative a council still lacks (seed 000 requires all five); empty for a
     *     committee
     */
    record Council(
            String kind,
            List<CouncilMember> members,
            List<CommitteeDepartment> departments,
            List<CouncilKind> missingKinds) {}

    /** The council's members and, for a preschool district, the committee's departments. */
    record CouncilForm(List<CouncilMember> members, List<CommitteeDepartment> departments) {}

    /**
     * The district office (学区办公室): where it sits and who staffs it.
     * @param subdistrictCode the subdistrict it sits in; null when the district has none set
     */
    record Office(
            @Nullable String subdistrictCode, @Nullable String subdistrictName, List<OfficeStaff> staff) {}

    /** The office's staff. */
    record OfficeForm(List<OfficeStaff> staff) {}

    /**
     * A named position in the district (inspector, liaison, researcher, trainer).
     * @param unitId the member unit a liaison (视导员) looks after; null for other positions
     * @param unitName that unit's name; null when there is no unit or it is not a member this year
     */
    record PositionView(
            String kind,
            String personName,
            @Nullable Long unitId,
            @Nullable String unitName) {}

    /** The district's positions and who holds them. */
    record PositionsForm(List<Position> positions) {}

    /**
     * One rule of the compliance check.
     * @param message why it passed or failed, in the caller's language
     */
    record CheckView(String rule, boolean passed, String message) {}

    /** The compliance check of a district's organisation for a school year. */
    record ComplianceView(long districtId, int year, boolean compliant, List<CheckView> checks) {}

    /** The district's member units for a school year (this school year when year is empty). */
    @GetMapping("/members")
    List<Member> members(@PathVariable long id, @RequestParam(required = false) Integer year) {
        return organisation.members(id, year == null ? organisation.thisSchoolYear() : year);
    }

    /**
     * Places a unit in the district for a school year, or changes its role there; answers that year's members. 400
     * names each refusal (a unit of another region, a unit already in another district of the same kind that year, the
     * preschool limits: at most 16 kindergartens, one central unit that is public and of high grade).
     */
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
    @PostMapping("/members")
    List<Member> place(@PathVariable long id, @RequestBody Placement placement) {
        if (placement.unitId() == null || placement.role() == null) {
            throw XuequProblem.invalid(placement.unitId() == null ? "unitId" : "role", "error.required");
        }
        int year = placement.year() == null ? organisation.thisSchoolYear() : placement.year();
        organisation.place(id, placement.unitId(), year, placement.role());
        return organisation.members(id, year);
    }

    /** The district's members year by year. */
    @GetMapping("/history")
    List<HistoryYear> history(@PathVariable long id) {
        return organisation.history(id).stream()
                .map(y -> new HistoryYear(y.year(), y.units().size(), y.units()))
                .toList();
    }

    /**
     * The district's council and the kinds of representative it lacks, or a preschool district's governance committee.
     */
    @GetMapping("/council")
    Council council(@PathVariable long id) {
        var people = organisation.people(id);
        if (people.kind() != DistrictKind.PRESCHOOL) {
            List<CouncilKind> missing = java.util.Arrays.stream(CouncilKind.values())
                    .filter(kind -> people.council().stream().noneMatch(m -> m.kind() == kind))
                    .toList();
            return new Council("COUNCIL", people.council(), List.of(), missing);
        }
        // Seed 003: every member kindergarten's head sits on the committee; the central one's head chairs it.
        List<CouncilMember> heads = organisation.members(id, organisation.thisSchoolYear()).stream()
                .map(m -> new CouncilMember(
                        m.unitName() + "园长",
                        CouncilKind.UNIT_HEAD,
                        m.unitName(),
                        m.role() == DistrictMembership.Role.CENTRAL ? "主任" : "委员"))
                .toList();
        return new Council("COMMITTEE", heads, people.departments(), List.of());
    }

    /**
     * Replaces the council's members (and, for a preschool district only, the committee's departments) with the lists
     * sent. 400 names every member without a name or kind.
     */
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
    @PutMapping("/council")
    Council replaceCouncil(@PathVariable long id, @RequestBody CouncilForm form) {
        organisation.replaceCouncil(id, nonNull(form.members()), nonNull(form.departments()));
        return council(id);
    }

    /** The district office: the subdistrict it sits in and its staff. */
    @GetMapping("/office")
    Office office(@PathVariable long id) {
        SchoolDistrict district = districts.get(id);
        String code = district.getOfficeSubdistrictCode();
        return new Office(
                code,
                districts.subdistrictNames().get(code),
                organisation.people(id).office());
    }

    /** Replaces the office's staff with the list sent; each needs a name and who delegated them. */
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
    @PutMapping("/office")
    Office replaceOffice(@PathVariable long id, @RequestBody OfficeForm form) {
        organisation.replaceOffice(id, nonNull(form.staff()));
        return office(id);
    }

    /** The district's positions and who holds them. */
    @GetMapping("/positions")
    List<PositionView> positions(@PathVariable long id) {
        Map<Long, String> names = organisation.members(id, organisation.thisSchoolYear()).stream()
                .collect(Collectors.toMap(Member::unitId, Member::unitName, (a, b) -> a));
        return organisation.people(id).positions().stream()
                .map(p -> new PositionView(
                        p.kind().name(), p.personName(), p.unitId(), p.unitId() == null ? null : names.get(p.unitId())))
                .toList();
    }

    /**
     * Replaces the district's positions with the list sent; a liaison must name a unit that is a member this school
     * year.
     */
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
    @PutMapping("/positions")
    List<PositionView> replacePositions(@PathVariable long id, @RequestBody PositionsForm form) {
        organisation.replacePositions(id, nonNull(form.positions()));
        return positions(id);
    }

    /**
     * Checks the district's organisation against the rules for a school year (this one when empty): each rule, whether
     * it passed, and why.
     */
    @GetMapping("/compliance")
    ComplianceView compliance(@PathVariable long id, @RequestParam(required = false) Integer year) {
        var report = organisation.compliance(id, year == null ? organisation.thisSchoolYear() : year);
        List<CheckView> checks = report.checks().stream()
                .map(c -> new CheckView(
                        c.rule().name(),
                        c.passed(),
                        messages.getMessage(c.messageKey(), localised(c.arguments()), LocaleContextHolder.getLocale())))
                .toList();
        return new ComplianceView(report.districtId(), report.year(), report.compliant(), checks);
    }

    /** Enum arguments (e.g. the missing council kinds) are named in the caller's language. */
    private Object[] localised(Object[] arguments) {
        Object[] out = arguments.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof List<?> list) {
                out[i] = list.stream().map(this::name).collect(Collectors.joining("、"));
            } else if (out[i] instanceof Enum<?>) {
                out[i] = name(out[i]);
            }
        }
        return out;
    }

    private String name(Object value) {
        if (value instanceof Enum<?> e) {
            String key = "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name();
            return messages.getMessage(key, null, e.name(), LocaleContextHolder.getLocale());
        }
        return String.valueOf(value);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
