package org.xuequ.evaluation.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.DataScope;
import org.xuequ.platform.access.OutOfScopeException;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.access.ScopePaths;
import org.xuequ.platform.access.ScopeSpecification;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.registry.DistrictKind;
import org.xuequ.registry.RegistryReads;
import org.xuequ.registry.RegistryReads.DistrictMember;

/**
 * 年度考核 cycles: opened by the commission over the units that are members of a school district in
 * the year, scored by the commission, with the central unit's opinion on each member unit given by
 * the central unit itself (or recorded by the commission on its behalf), finalised unit by unit and
 * then as a whole, and commended. District offices and inspectors read; a unit reads its own row,
 * and a central unit also its member units' rows without their scores, to give its opinions.
 * <p>
 * Scores of {@link SchemeCriterion.Source#SUPERVISION_POINTS} and {@link SchemeCriterion.Source#JOINT_RESEARCH}
 * criteria come from the {@link UnitPointsSource} serving that source when the application has one (supervision,
 * workforce); otherwise they are entered by hand.
 */
@Service
@Transactional
public class AssessmentCycles {

    static final ScopePaths<AssessedUnit> SCOPE =
            ScopePaths.of(AssessedUnit_.regionCode, AssessedUnit_.districtId, AssessedUnit_.unitId);

    /** Which district counts for a unit in several: one with a central unit first, then by kind. */
    private static final List<DistrictKind> KIND_ORDER =
            List.of(DistrictKind.PRESCHOOL, DistrictKind.PRIMARY, DistrictKind.JUNIOR);

    private final AssessmentCycleRepository cycles;
    private final AssessedUnitRepository units;
    private final CommendationRepository commendations;
    private final AssessmentSchemes schemes;
    private final RegistryReads registry;
    private final CurrentUser currentUser;
    private final ObjectProvider<UnitPointsSource> pointsSources;
    private final Clock clock;

    AssessmentCycles(
            AssessmentCycleRepository cycles,
            AssessedUnitRepository units,
            CommendationRepository commendations,
            AssessmentSchemes schemes,
            RegistryReads registry,
            CurrentUser currentUser,
            ObjectProvider<UnitPointsSource> pointsSources,
            Clock clock) {
        this.cycles = cycles;
        this.units = units;
        this.commendations = commendations;
        this.schemes = schemes;
        this.registry = registry;
        this.currentUser = currentUser;
        this.pointsSources = pointsSources;
        this.clock = clock;
    }

    /** One district place per unit: a unit in several districts counts in the one with a central unit, else by kind. */
    public static Map<Long, DistrictMember> placesOf(Collection<DistrictMember> members) {
        Comparator<DistrictMember> preference = Comparator.comparing((DistrictMember m) -> m.centralUnitId() == null)
                .thenComparing(m -> KIND_ORDER.indexOf(m.districtKind()))
                .thenComparing(DistrictMember::districtId);
        Map<Long, DistrictMember> places = new LinkedHashMap<>();
        members.stream().sorted(preference).forEach(m -> places.putIfAbsent(m.unitId(), m));
        return places;
    }

    @Transactional(readOnly = true)
    public List<AssessmentCycle> list() {
        return cycles.findAllByOrderByYearDescIdDesc().stream()
                .filter(c -> AssessmentSchemes.readable(currentUser.scope(), c.getRegionCode()))
                .toList();
    }

    @Transactional(readOnly = true)
    public AssessmentCycle get(long id) {
        AssessmentCycle cycle = cycles.findById(id).orElseThrow(() -> XuequProblem.notFound("AssessmentCycle", id));
        if (!AssessmentSchemes.readable(currentUser.scope(), cycle.getRegionCode())) {
            throw new OutOfScopeException();
        }
        return cycle;
    }

    /** The cycle's scheme's criteria, in order. */
    @Transactional(readOnly = true)
    public List<SchemeCriterion> criteria(AssessmentCycle cycle) {
        return schemes.get(cycle.getSchemeId()).getCriteria();
    }

    /** How many units the cycle has, and how many of them are scored (SCORED or FINAL). */
    public record Counts(long units, long scored) {}

    @Transactional(readOnly = true)
    public Counts counts(AssessmentCycle cycle) {
        return new Counts(units.countByCycleId(cycle.getId()), units.countScored(cycle.getId()));
    }

    /**
     * Opens the region's cycle for a year with a scheme of the region, over every unit that is a member
     * of one of the region's districts in that school year. One cycle per region and year (409 cycle-exists).
     */
    public AssessmentCycle create(String regionCode, Integer year, Long schemeId) {
        String region = schemes.writableRegion(regionCode);
        List<FieldProblem> errors = new ArrayList<>();
        if (year == null) {
            errors.add(new FieldProblem("year", "error.required"));
        } else if (year < 2000 || year > 2100) {
            errors.add(new FieldProblem("year", "error.assessment.year-range"));
        }
        if (schemeId == null) {
            errors.add(new FieldProblem("schemeId", "error.required"));
        }
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors);
        }
        AssessmentScheme scheme = schemes.get(schemeId);
        if (!scheme.getRegionCode().equals(region)) {
            throw XuequProblem.invalid("schemeId", "error.other-region");
        }
        if (cycles.existsByRegionCodeAndYear(region, year)) {
            throw AssessmentRefusal.CYCLE_EXISTS.problem(year);
        }
        Map<Long, DistrictMember> places = placesOf(registry.districtMembers(region, year));
        if (places.isEmpty()) {
            throw XuequProblem.invalid("year", "error.assessment.no-members");
        }
        AssessmentCycle cycle = cycles.saveAndFlush(new AssessmentCycle(region, year, scheme.getId(), clock.instant()));
        List<AssessedUnit> rows = new ArrayList<>();
        for (DistrictMember m : places.values()) {
            rows.add(new AssessedUnit(
                    cycle.getId(), region, m.unitId(), m.districtId(), m.central() ? null : m.centralUnitId()));
        }
        units.saveAll(rows);
        return cycle;
    }

    /**
     * The cycle's units the caller may see, optionally of one district (403 for a district outside the
     * caller's scope). A central unit's staff also get its member units, see {@link #seesResult}.
     */
    @Transactional(readOnly = true)
    public List<AssessedUnit> units(long cycleId, @Nullable Long districtId) {
        AssessmentCycle cycle = get(cycleId);
        DataScope scope = currentUser.scope();
        if (districtId != null
                && scope instanceof DataScope.Districts d
                && !d.covers(ScopeTarget.district(cycle.getRegionCode(), districtId))) {
            throw new OutOfScopeException();
        }
        Specification<AssessedUnit> visible = ScopeSpecification.within(scope, SCOPE);
        if (scope instanceof DataScope.Unit me) {
            visible = visible.or((root, query, cb) -> cb.equal(root.get(AssessedUnit_.centralUnitId), me.unitId()));
        }
        Specification<AssessedUnit> spec =
                visible.and((root, query, cb) -> cb.equal(root.get(AssessedUnit_.cycleId), cycle.getId()));
        if (districtId != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get(AssessedUnit_.districtId), districtId));
        }
        return units.findAll(spec);
    }

    /** One unit of the cycle, if the caller may see it (as {@link #units}). */
    @Transactional(readOnly = true)
    public AssessedUnit unit(long cycleId, long unitId) {
        get(cycleId);
        AssessedUnit unit = row(cycleId, unitId);
        if (!seesResult(unit) && !isItsCentralUnit(unit)) {
            throw new OutOfScopeException();
        }
        return unit;
    }

    /** Whether the caller sees the unit's scores and result; its central unit sees only its opinion. */
    public boolean seesResult(AssessedUnit unit) {
        return currentUser.scope().covers(unit.scopeTarget());
    }

    /** Whether the caller is the staff of the unit's central unit (who gives the opinion). */
    public boolean isItsCentralUnit(AssessedUnit unit) {
        return currentUser.scope() instanceof DataScope.Unit me
                && me.regionCode().equals(unit.getRegionCode())
                && Objects.equals(unit.getCentralUnitId(), me.unitId());
    }

    /**
     * Whether the caller may give or record the unit's central opinion: its central unit, or the commission
     * (or a system task, such as the sample data) covering it.
     */
    public boolean mayGiveOpinion(AssessedUnit unit) {
        boolean commissionOrSystem =
                currentUser.hasRole(Role.COMMISSION) || currentUser.get().isEmpty();
        return isItsCentralUnit(unit)
                || commissionOrSystem && currentUser.scope().covers(unit.scopeTarget());
    }

    /**
     * The central unit's opinion on one of its member units, by the central unit's staff or recorded by
     * the commission on its behalf. 409 opinion-after-final once the unit is final.
     */
    public AssessedUnit opinion(long cycleId, long unitId, String text, Grade grade) {
        List<FieldProblem> errors = new ArrayList<>();
        if (text == null || text.isBlank()) {
            errors.add(new FieldProblem("text", "error.required"));
        } else if (text.strip().length() > 2000) {
            errors.add(new FieldProblem("text", "error.too-long-2000"));
        }
        if (grade == null) {
            errors.add(new FieldProblem("grade", "error.required"));
        }
        AssessmentCycle cycle = get(cycleId);
        AssessedUnit unit = row(cycleId, unitId);
        if (!mayGiveOpinion(unit)) {
            throw new OutOfScopeException();
        }
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors);
        }
        cycle.requireOpen();
        unit.recordOpinion(text.strip(), grade, currentUser.actor(), clock.instant());
        units.flush();
        return unit;
    }

    /**
     * A score for a criterion of the cycle's scheme; a null score removes one.
     *
     * @param criterionId the criterion's id
     */
    public record ScoreForm(Long criterionId, @Nullable BigDecimal score) {}

    /**
     * Sets some or all of a unit's scores: each within 0..maxScore of its criterion (400 naming
     * {@code scores[i].score}); 409 scores-after-final once the unit is final.
     */
    public AssessedUnit score(long cycleId, long unitId, List<ScoreForm> scores) {
        AssessmentCycle cycle = get(cycleId);
        AssessedUnit unit = row(cycleId, unitId);
        currentUser.requireCovers(unit.scopeTarget());
        List<SchemeCriterion> criteria = criteria(cycle);
        Map<Long, SchemeCriterion> byId = new HashMap<>();
        criteria.forEach(c -> byId.put(c.getId(), c));
        List<FieldProblem> errors = new ArrayList<>();
        Map<Long, BigDecimal> changes = new HashMap<>();
        List<ScoreForm> given = scores == null ? List.of() : scores;
        Set<Long> seen = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            ScoreForm s = given.get(i);
            SchemeCriterion criterion = s == null || s.criterionId() == null ? null : byId.get(s.criterionId());
            if (criterion == null) {
                errors.add(new FieldProblem("scores[" + i + "].criterionId", "error.assessment.unknown-criterion"));
            } else if (!seen.add(criterion.getId())) {
                errors.add(new FieldProblem("scores[" + i + "].criterionId", "error.duplicate"));
            } else if (s.score() != null
                    && (!criterion.accepts(s.score()) || s.score().scale() > 2)) {
                errors.add(new FieldProblem("scores[" + i + "].score", "error.assessment.score-range"));
            } else {
                changes.put(
                        criterion.getId(), s.score() == null ? null : s.score().setScale(2));
            }
        }
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors);
        }
        cycle.requireOpen();
        changes.putAll(sourcedPoints(unit, cycle.getYear(), criteria));
        unit.score(changes, criteria);
        units.flush();
        return unit;
    }

    /** Makes a unit's result final: 409 central-opinion-missing for a member unit without it, 409 scores-missing. */
    public AssessedUnit finaliseUnit(long cycleId, long unitId) {
        AssessmentCycle cycle = get(cycleId);
        AssessedUnit unit = row(cycleId, unitId);
        currentUser.requireCovers(unit.scopeTarget());
        cycle.requireOpen();
        List<SchemeCriterion> criteria = criteria(cycle);
        Map<Long, BigDecimal> points = sourcedPoints(unit, cycle.getYear(), criteria);
        if (!points.isEmpty() && unit.canScore()) {
            unit.score(points, criteria);
        }
        unit.finalise(criteria, currentUser.actor(), clock.instant());
        units.flush();
        return unit;
    }

    /** Finalises the cycle once every unit is final (409 units-not-final) and ranks the units by total. */
    public AssessmentCycle finalise(long cycleId) {
        AssessmentCycle cycle = get(cycleId);
        currentUser.requireCovers(cycle.scopeTarget());
        cycle = cycles.lockById(cycleId).orElseThrow();
        cycle.finalise(units.findByCycleId(cycleId), currentUser.actor(), clock.instant());
        cycles.flush();
        return cycle;
    }

    /**
     * 通报表扬 of units of a finalised cycle (409 cycle-not-finalised before); a unit commended already
     * keeps its first citation. Answers the cycle's commendations the caller may see.
     */
    public List<Commendation> commend(long cycleId, List<Long> unitIds, String citation) {
        AssessmentCycle cycle = get(cycleId);
        currentUser.requireCovers(cycle.scopeTarget());
        List<FieldProblem> errors = new ArrayList<>();
        if (unitIds == null || unitIds.isEmpty()) {
            errors.add(new FieldProblem("unitIds", "error.required"));
        }
        if (citation == null || citation.isBlank()) {
            errors.add(new FieldProblem("citation", "error.required"));
        } else if (citation.strip().length() > 500) {
            errors.add(new FieldProblem("citation", "error.too-long-500"));
        }
        Set<Long> inCycle = new HashSet<>();
        units.findByCycleId(cycleId).forEach(u -> inCycle.add(u.getUnitId()));
        List<Long> given = unitIds == null ? List.of() : unitIds;
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) == null || !inCycle.contains(given.get(i))) {
                errors.add(new FieldProblem("unitIds[" + i + "]", "error.assessment.not-in-cycle"));
            }
        }
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors);
        }
        cycle.requireFinalised();
        Set<Long> already = new HashSet<>();
        commendations.findByCycleIdOrderByIdAsc(cycleId).forEach(c -> already.add(c.getUnitId()));
        Instant now = clock.instant();
        for (Long unitId : new LinkedHashSet<>(given)) {
            if (already.add(unitId)) {
                commendations.save(new Commendation(cycleId, unitId, citation.strip(), currentUser.actor(), now));
            }
        }
        commendations.flush();
        return commendations(cycleId);
    }

    /** The cycle's commendations of units the caller may see. */
    @Transactional(readOnly = true)
    public List<Commendation> commendations(long cycleId) {
        get(cycleId);
        Set<Long> visible = new HashSet<>();
        units(cycleId, null).stream().filter(this::seesResult).forEach(u -> visible.add(u.getUnitId()));
        return commendations.findByCycleIdOrderByIdAsc(cycleId).stream()
                .filter(c -> visible.contains(c.getUnitId()))
                .toList();
    }

    /** Unit ids of the cycle's commendations. */
    @Transactional(readOnly = true)
    public Set<Long> commendedUnits(long cycleId) {
        Set<Long> ids = new HashSet<>();
        commendations.findByCycleIdOrderByIdAsc(cycleId).forEach(c -> ids.add(c.getUnitId()));
        return ids;
    }

    /** Where a unit of a cycle sits (for a weak-unit file opened from the cycle); 400 when it is not in the cycle. */
    @Transactional(readOnly = true)
    public AssessedUnit placeInCycle(long cycleId, long unitId) {
        get(cycleId);
        return units.findByCycleIdAndUnitId(cycleId, unitId)
                .orElseThrow(() -> XuequProblem.invalid("unitId", "error.assessment.not-in-cycle"));
    }

    private AssessedUnit row(long cycleId, long unitId) {
        return units.findByCycleIdAndUnitId(cycleId, unitId)
                .orElseThrow(() -> XuequProblem.notFound("AssessedUnit", unitId));
    }

    /** Points of the unit's criteria that another module scores (督导积分, 联合教研), when a source has them. */
    private Map<Long, BigDecimal> sourcedPoints(AssessedUnit unit, int year, List<SchemeCriterion> criteria) {
        Map<Long, BigDecimal> points = new HashMap<>();
        List<UnitPointsSource> sources = pointsSources.orderedStream().toList();
        if (sources.isEmpty()) {
            return points;
        }
        for (SchemeCriterion c : criteria) {
            for (UnitPointsSource source : sources) {
                if (source.source() != c.getSource()) {
                    continue;
                }
                OptionalDouble value = source.points(unit.getUnitId(), year);
                if (value.isPresent()) {
                    BigDecimal clamped = BigDecimal.valueOf(value.getAsDouble())
                            .max(BigDecimal.ZERO)
                            .min(c.getMaxScore())
                            .setScale(2, java.math.RoundingMode.HALF_UP);
                    points.put(c.getId(), clamped);
                    break;
                }
            }
        }
        return points;
    }
}
