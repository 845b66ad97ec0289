package org.xuequ.registry.districts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.registry.DistrictKind;
import org.xuequ.registry.Ownership;
import org.xuequ.registry.SchoolYear;
import org.xuequ.registry.UnitType;
import org.xuequ.registry.districts.DistrictPeople.CommitteeDepartment;
import org.xuequ.registry.districts.DistrictPeople.CouncilMember;
import org.xuequ.registry.districts.DistrictPeople.OfficeStaff;
import org.xuequ.registry.districts.DistrictPeople.Position;
import org.xuequ.registry.districts.DistrictPeople.PositionKind;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.registry.units.EducationUnitRepository;

/**
 * How a district is organised: its member units by school year, council or committee, office and
 * positions. Writes keep the hard rules (one district per kind and year, at most 16 kindergartens,
 * one central unit that is public and of high grade); completeness is reported by the compliance check.
 */
@Service
@Transactional
public class DistrictOrganisation {

    private final SchoolDistrictRepository districts;
    private final EducationUnitRepository units;
    private final DistrictMembershipRepository memberships;
    private final CurrentUser currentUser;
    private final Clock clock;

    DistrictOrganisation(
            SchoolDistrictRepository districts,
            EducationUnitRepository units,
            DistrictMembershipRepository memberships,
            CurrentUser currentUser,
            Clock clock) {
        this.districts = districts;
        this.units = units;
        this.memberships = memberships;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The school year today falls in: what members, positions and a unit's home district are judged by. */
    public int thisSchoolYear() {
        return SchoolYear.current(clock);
    }

    /** A unit's membership of a district in a school year, with its role (CENTRAL or MEMBER). */
    public record Member(
            long unitId,
            String unitName,
            UnitType unitType,
            Ownership ownership,
            @Nullable String qualityGrade,
            DistrictMembership.Role role,
            int year) {}

    public record YearOfHistory(int year, List<Member> units) {}

    public record People(
            DistrictKind kind,
            List<CouncilMember> council,
            List<CommitteeDepartment> departments,
            List<OfficeStaff> office,
            List<Position> positions) {}

    @Transactional(readOnly = true)
    public List<Member> members(long districtId, int year) {
        visible(districtId);
        return toMembers(memberships.findByDistrictIdAndYearOrderByRoleAscUnitIdAsc(districtId, year));
    }

    @Transactional(readOnly = true)
    public List<YearOfHistory> history(long districtId) {
        visible(districtId);
        Map<Integer, List<Member>> byYear =
                toMembers(memberships.findByDistrictIdOrderByYearDescUnitIdAsc(districtId)).stream()
                        .collect(Collectors.groupingBy(Member::year, LinkedHashMap::new, Collectors.toList()));
        return byYear.entrySet().stream()
                .map(e -> new YearOfHistory(e.getKey(), e.getValue()))
                .toList();
    }

    @Transactional(readOnly = true)
    public People people(long districtId) {
        SchoolDistrict d = visible(districtId);
        return new People(
                d.getKind(), d.getCouncilMembers(), d.getCommitteeDepartments(), d.getOfficeStaff(), d.getPositions());
    }

    @Transactional(readOnly = true)
    public DistrictCompliance.Report compliance(long districtId, int year) {
        SchoolDistrict district = visible(districtId);
        List<DistrictMembership> members = memberships.findByDistrictIdAndYearOrderByRoleAscUnitIdAsc(districtId, year);
        return DistrictCompliance.of(district, year, members, unitsOf(members));
    }

    /** Places a unit in a district for a school year, or changes its role there. */
    public DistrictMembership place(long districtId, long unitId, int year, DistrictMembership.Role role) {
        SchoolDistrict district = visible(districtId);
        EducationUnit unit = units.findById(unitId).orElseThrow(() -> XuequProblem.notFound("EducationUnit", unitId));
        Set<PlacementRefusal> refused = EnumSet.noneOf(PlacementRefusal.class);
        if (!unit.getRegionCode().equals(district.getRegionCode())) {
            refused.add(PlacementRefusal.OTHER_REGION);
        }
        var existing = memberships.findByUnitIdAndDistrictKindAndYear(unitId, district.getKind(), year);
        if (existing.isPresent() && !existing.get().getDistrictId().equals(districtId)) {
            refused.add(PlacementRefusal.ALREADY_IN_DISTRICT_OF_KIND);
        }
        List<DistrictMembership> current = memberships.findByDistrictIdAndYearOrderByRoleAscUnitIdAsc(districtId, year);
        if (district.getKind() == DistrictKind.PRESCHOOL) {
            refused.addAll(PreschoolLimits.refusals(candidate(unit), role, existing.isPresent(), placed(current)));
        }
        if (!refused.isEmpty()) {
            throw XuequProblem.invalid(
                    refused.stream().map(PlacementRefusal::problem).toList());
        }
        DistrictMembership membership = existing.orElseGet(() -> new DistrictMembership(district, unit, year, role));
        membership.assign(role);
        return memberships.save(membership);
    }

    public void replaceCouncil(long districtId, List<CouncilMember> members, List<CommitteeDepartment> departments) {
        SchoolDistrict district = visible(districtId);
        List<FieldProblem> errors = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            requireName(members.get(i).name(), "members[" + i + "].name", errors);
            if (members.get(i).kind() == null) {
                errors.add(new FieldProblem("members[" + i + "].kind", "error.required"));
            }
        }
        for (int i = 0; i < departments.size(); i++) {
            requireName(departments.get(i).headName(), "departments[" + i + "].headName", errors);
        }
        if (!departments.isEmpty() && district.getKind() != DistrictKind.PRESCHOOL) {
            errors.add(new FieldProblem("departments", "error.departments-preschool-only"));
        }
        throwIfAny(errors);
        district.replaceCouncil(members);
        district.replaceCommitteeDepartments(departments);
    }

    public void replaceOffice(long districtId, List<OfficeStaff> staff) {
        SchoolDistrict district = visible(districtId);
        List<FieldProblem> errors = new ArrayList<>();
        for (int i = 0; i < staff.size(); i++) {
            requireName(staff.get(i).name(), "staff[" + i + "].name", errors);
            if (staff.get(i).delegatedBy() == null) {
                errors.add(new FieldProblem("staff[" + i + "].delegatedBy", "error.required"));
            }
        }
        throwIfAny(errors);
        district.replaceOfficeStaff(staff);
    }

    public void replacePositions(long districtId, List<Position> positions) {
        SchoolDistrict district = visible(districtId);
        Set<Long> members =
                memberships.findByDistrictIdAndYearOrderByRoleAscUnitIdAsc(districtId, thisSchoolYear()).stream()
                        .map(DistrictMembership::getUnitId)
                        .collect(Collectors.toSet());
        List<FieldProblem> errors = new ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            Position p = positions.get(i);
            requireName(p.personName(), "positions[" + i + "].personName", errors);
            if (p.kind() == null) {
                errors.add(new FieldProblem("positions[" + i + "].kind", "error.required"));
            } else if (p.kind() == PositionKind.LIAISON && (p.unitId() == null || !members.contains(p.unitId()))) {
                errors.add(new FieldProblem("positions[" + i + "].unitId", "error.liaison-needs-member"));
            }
        }
        throwIfAny(errors);
        district.replacePositions(positions);
    }

    private static PreschoolLimits.Candidate candidate(EducationUnit unit) {
        return new PreschoolLimits.Candidate(unit.getId(), unit.getType(), unit.getOwnership(), unit.getQualityGrade());
    }

    private List<PreschoolLimits.Placed> placed(List<DistrictMembership> current) {
        Map<Long, EducationUnit> byId = unitsOf(current);
        return current.stream()
                .map(m -> new PreschoolLimits.Placed(
                        m.getUnitId(), byId.get(m.getUnitId()).getType(), m.getRole()))
                .toList();
    }

    /**
     * Keeps the current school year's membership in step with a unit's home district; {@code EducationUnits}
     * calls it whenever it saves a unit.
     */
    public void followHomeDistrict(EducationUnit unit) {
        if (unit.getDistrictId() == null) {
            return;
        }
        SchoolDistrict district = districts.findById(unit.getDistrictId()).orElseThrow();
        int year = thisSchoolYear();
        var existing = memberships.findByUnitIdAndDistrictKindAndYear(unit.getId(), district.getKind(), year);
        if (existing.isEmpty()) {
            memberships.save(new DistrictMembership(district, unit, year, DistrictMembership.Role.MEMBER));
        } else if (!existing.get().getDistrictId().equals(district.getId())) {
            existing.get().moveTo(district);
            existing.get().assign(DistrictMembership.Role.MEMBER);
        }
    }

    private SchoolDistrict visible(long districtId) {
        SchoolDistrict district =
                districts.findById(districtId).orElseThrow(() -> XuequProblem.notFound("SchoolDistrict", districtId));
        currentUser.requireCovers(district.scopeTarget());
        return district;
    }

    private Map<Long, EducationUnit> unitsOf(List<DistrictMembership> members) {
        return units
                .findAllById(members.stream().map(DistrictMembership::getUnitId).toList())
                .stream()
                .collect(Collectors.toMap(EducationUnit::getId, Function.identity()));
    }

    private List<Member> toMembers(List<DistrictMembership> members) {
        Map<Long, EducationUnit> byId = unitsOf(members);
        return members.stream()
                .map(m -> {
                    EducationUnit u = byId.get(m.getUnitId());
                    return new Member(
                            u.getId(),
                            u.getName(),
                            u.getType(),
                            u.getOwnership(),
                            u.getQualityGrade(),
                            m.getRole(),
                            m.getYear());
                })
                .toList();
    }

    private static void requireName(String value, String field, List<FieldProblem> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldProblem(field, "error.required"));
        } else if (value.length() > 50) {
            errors.add(new FieldProblem(field, "error.too-long-50"));
        }
    }

    private static void throwIfAny(List<FieldProblem> errors) {
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors);
        }
    }
}
