package org.xuequ.registry.units;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.registry.EntryGrade;
import org.xuequ.registry.UnitType;

/** Seats, education groups, shared-principal alliances and feeder links of units. */
@Service
@Transactional
public class UnitLinks {

    private final EducationUnitRepository units;
    private final EducationGroupRepository groups;
    private final PrincipalAllianceRepository alliances;
    private final FeederLinkQueries feeders;
    private final CurrentUser currentUser;

    UnitLinks(
            EducationUnitRepository units,
            EducationGroupRepository groups,
            PrincipalAllianceRepository alliances,
            FeederLinkQueries feeders,
            CurrentUser currentUser) {
        this.feeders = feeders;
        this.units = units;
        this.groups = groups;
        this.alliances = alliances;
        this.currentUser = currentUser;
    }

    /** A unit by id, name and type. */
    public record UnitRef(long id, String name, UnitType type) {}

    /** A feeder link (对口直升) to or from a unit, since a school year. */
    public record Feeder(UnitRef unit, int sinceYear) {}

    /**
     * A unit's links to others.
     *
     * @param legalPerson whether the unit is a legal person (独立法人)
     * @param educationGroup the name of the education group it belongs to; null when none
     * @param alliancePrincipal the principal it shares with its alliance units; null when it is in no alliance
     * @param allianceUnits the other units of its alliance
     * @param feedsInto the junior units this primary unit feeds (对口直升)
     * @param fedBy the primary units that feed this unit
     */
    public record Profile(
            long unitId,
            boolean legalPerson,
            @Nullable String educationGroup,
            @Nullable String alliancePrincipal,
            List<UnitRef> allianceUnits,
            List<EducationUnit.SeatQuota> seats,
            List<Feeder> feedsInto,
            List<Feeder> fedBy) {}

    @Transactional(readOnly = true)
    public Profile profile(long unitId) {
        EducationUnit unit = visible(unitId);
        String group = unit.getEducationGroupId() == null
                ? null
                : groups.findById(unit.getEducationGroupId())
                        .map(EducationGroup::getName)
                        .orElse(null);
        var alliance = alliances.findByUnit(unitId);
        List<UnitRef> allies = alliance.map(a -> a.getUnitIds().stream()
                        .filter(id -> id != unitId)
                        .map(this::ref)
                        .toList())
                .orElse(List.of());
        List<Feeder> feedsInto = unit.getFeederLinks().stream()
                .map(f -> new Feeder(ref(f.juniorUnitId()), f.sinceYear()))
                .sorted(Comparator.comparing(f -> f.unit().name()))
                .toList();
        List<Feeder> fedBy = feeders.feedersOf(unitId).stream()
                .flatMap(p -> p.getFeederLinks().stream()
                        .filter(f -> f.juniorUnitId() == unitId)
                        .map(f -> new Feeder(new UnitRef(p.getId(), p.getName(), p.getType()), f.sinceYear())))
                .sorted(Comparator.comparing(f -> f.unit().name()))
                .toList();
        List<EducationUnit.SeatQuota> seats = unit.getSeats().stream()
                .sorted(Comparator.comparing(EducationUnit.SeatQuota::year)
                        .reversed()
                        .thenComparing(EducationUnit.SeatQuota::entryGrade))
                .toList();
        return new Profile(
                unitId,
                unit.isLegalPerson(),
                group,
                alliance.map(PrincipalAlliance::getPrincipalName).orElse(null),
                allies,
                seats,
                feedsInto,
                fedBy);
    }

    public void offerSeats(long unitId, Integer year, EntryGrade grade, Integer seats) {
        EducationUnit unit = visible(unitId);
        List<FieldProblem> errors = new ArrayList<>();
        if (year == null || year < 2000 || year > 2100) {
            errors.add(new FieldProblem("year", "error.school-year"));
        }
        if (grade == null) {
            errors.add(new FieldProblem("entryGrade", "error.required"));
        } else if (!entryGrades(unit.getType()).contains(grade)) {
            errors.add(new FieldProblem("entryGrade", "error.entry-grade-type"));
        }
        if (seats == null || seats < 0) {
            errors.add(new FieldProblem("seats", "error.non-negative"));
        }
        throwIfAny(errors);
        unit.offerSeats(year, grade, seats);
    }

    public void linkFeeder(long primaryUnitId, Long juniorUnitId, Integer sinceYear) {
        EducationUnit primary = visible(primaryUnitId);
        List<FieldProblem> errors = new ArrayList<>();
        if (primary.getType() != UnitType.PRIMARY) {
            errors.add(new FieldProblem("primaryUnitId", "error.feeder-from-primary"));
        }
        EducationUnit junior =
                juniorUnitId == null ? null : units.findById(juniorUnitId).orElse(null);
        if (junior == null) {
            errors.add(new FieldProblem("juniorUnitId", "error.unknown-unit"));
        } else if (!EnumSet.of(UnitType.JUNIOR, UnitType.NINE_YEAR, UnitType.TWELVE_YEAR)
                .contains(junior.getType())) {
            errors.add(new FieldProblem("juniorUnitId", "error.feeder-to-junior"));
        } else if (!junior.getRegionCode().equals(primary.getRegionCode())) {
            errors.add(new FieldProblem("juniorUnitId", "error.other-region"));
        }
        if (sinceYear == null || sinceYear < 2000 || sinceYear > 2100) {
            errors.add(new FieldProblem("sinceYear", "error.school-year"));
        }
        throwIfAny(errors);
        primary.feedInto(juniorUnitId, sinceYear);
    }

    public EducationGroup createGroup(String name, long leadUnitId, Set<Long> memberIds) {
        EducationUnit lead = visible(leadUnitId);
        List<FieldProblem> errors = new ArrayList<>();
        if (name == null || name.isBlank()) {
            errors.add(new FieldProblem("name", "error.required"));
        } else if (groups.existsByRegionCodeAndName(lead.getRegionCode(), name.strip())) {
            errors.add(new FieldProblem("name", "error.name-taken"));
        }
        List<EducationUnit> members = sameRegion(lead, memberIds, "unitIds", errors);
        throwIfAny(errors);
        EducationGroup group = groups.save(new EducationGroup(lead.getRegionCode(), name.strip(), leadUnitId));
        lead.joinGroup(group.getId());
        members.forEach(m -> m.joinGroup(group.getId()));
        return group;
    }

    public PrincipalAlliance ally(String principalName, Set<Long> unitIds) {
        List<FieldProblem> errors = new ArrayList<>();
        if (principalName == null || principalName.isBlank()) {
            errors.add(new FieldProblem("principalName", "error.required"));
        }
        if (unitIds == null || unitIds.size() < 2) {
            errors.add(new FieldProblem("unitIds", "error.alliance-two-units"));
            throwIfAny(errors);
        }
        EducationUnit first = visible(unitIds.iterator().next());
        sameRegion(first, unitIds, "unitIds", errors);
        for (Long id : unitIds) {
            if (alliances.findByUnit(id).isPresent()) {
                errors.add(new FieldProblem("unitIds", "error.already-in-alliance"));
            }
        }
        throwIfAny(errors);
        return alliances.save(new PrincipalAlliance(first.getRegionCode(), principalName.strip(), unitIds));
    }

    static Set<EntryGrade> entryGrades(UnitType type) {
        switch (type) {
            case KINDERGARTEN:
                return EnumSet.of(EntryGrade.KINDERGARTEN);
            case PRIMARY:
                return EnumSet.of(EntryGrade.PRIMARY_1);
            case JUNIOR:
                return EnumSet.of(EntryGrade.JUNIOR_1);
            case SENIOR:
                return EnumSet.of(EntryGrade.SENIOR_1);
            case NINE_YEAR:
                return EnumSet.of(EntryGrade.PRIMARY_1, EntryGrade.JUNIOR_1);
            case TWELVE_YEAR:
                return EnumSet.of(EntryGrade.PRIMARY_1, EntryGrade.JUNIOR_1, EntryGrade.SENIOR_1);
            default:
                return EnumSet.noneOf(EntryGrade.class);
        }
    }

    private List<EducationUnit> sameRegion(
            EducationUnit anchor, Set<Long> ids, String field, List<FieldProblem> errors) {
        List<EducationUnit> found = new ArrayList<>();
        for (Long id : ids == null ? Set.<Long>of() : ids) {
            var unit = units.findById(id);
            if (unit.isEmpty()) {
                errors.add(new FieldProblem(field, "error.unknown-unit"));
            } else if (!unit.get().getRegionCode().equals(anchor.getRegionCode())) {
                errors.add(new FieldProblem(field, "error.other-region"));
            } else {
                currentUser.requireCovers(unit.get().scopeTarget());
                found.add(unit.get());
            }
        }
        return found;
    }

    private EducationUnit visible(long unitId) {
        EducationUnit unit = units.findById(unitId).orElseThrow(() -> XuequProblem.notFound("EducationUnit", unitId));
        currentUser.requireCovers(unit.scopeTarget());
        return unit;
    }

    private UnitRef ref(long id) {
        return units.findById(id)
                .map(u -> new UnitRef(u.getId(), u.getName(), u.getType()))
                .orElse(new UnitRef(id, "#" + id, null));
    }

    private static void throwIfAny(List<FieldProblem> errors) {
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors);
        }
    }
}
