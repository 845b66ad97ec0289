package org.xuequ.evaluation.assessment.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.xuequ.evaluation.assessment.AssessedUnit;
import org.xuequ.evaluation.assessment.AssessmentCycle;
import org.xuequ.evaluation.assessment.AssessmentCycles;
import org.xuequ.evaluation.assessment.AssessmentScheme;
import org.xuequ.evaluation.assessment.AssessmentSchemes;
import org.xuequ.evaluation.assessment.Commendation;
import org.xuequ.evaluation.assessment.Grade;
import org.xuequ.evaluation.assessment.SchemeCriterion;
import org.xuequ.evaluation.assessment.weak.WeakUnitFiles;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.Role;
import org.xuequ.registry.RegistryReads;

/** JSON shapes of the annual assessment (API.md: Scheme, Cycle, the cycle's unit rows, commendations). */
@Component
class AssessmentViews {

    private final AssessmentSchemes schemes;
    private final AssessmentCycles cycles;
    private final WeakUnitFiles weakUnits;
    private final RegistryReads registry;
    private final CurrentUser currentUser;

    AssessmentViews(
            AssessmentSchemes schemes,
            AssessmentCycles cycles,
            WeakUnitFiles weakUnits,
            RegistryReads registry,
            CurrentUser currentUser) {
        this.schemes = schemes;
        this.cycles = cycles;
        this.weakUnits = weakUnits;
        this.registry = registry;
        this.currentUser = currentUser;
    }

    /**
     * A criterion of a scheme.
     *
     * @param weight its share of the total out of 100
     * @param maxScore the highest score
     * @param source where the score comes from
     */
    record CriterionView(
            long id,
            String code,
            String nameZh,
            String nameEn,
            BigDecimal weight,
            BigDecimal maxScore,
            SchemeCriterion.Source source) {}

    /**
     * 考核方案.
     *
     * @param year the school year it was written for
     * @param inUse whether a cycle uses it; a scheme in use is never edited, only copied as a new version
     * @param basedOnId the scheme this one is a new version of; null for an original
     * @param version the row version
     */
    record SchemeView(
            long id,
            String name,
            int year,
            List<CriterionView> criteria,
            boolean inUse,
            @Nullable Long basedOnId,
            long version) {}

    SchemeView scheme(AssessmentScheme s) {
        return new SchemeView(
                s.getId(),
                s.getName(),
                s.getYear(),
                s.getCriteria().stream().map(AssessmentViews::criterion).toList(),
                schemes.inUse(s),
                s.getBasedOnId(),
                s.getVersion());
    }

    private static CriterionView criterion(SchemeCriterion c) {
        return new CriterionView(
                c.getId(), c.getCode(), c.getNameZh(), c.getNameEn(), c.getWeight(), c.getMaxScore(), c.getSource());
    }

    /**
     * 年度考核 cycle.
     *
     * @param year the school year assessed
     * @param units how many units it assesses
     * @param scored how many of them have every score (SCORED or FINAL)
     * @param finalisedAt when the cycle was finalised; null while OPEN
     * @param canFinalise whether the caller may finalise it now (every unit is final)
     */
    record CycleView(
            long id,
            int year,
            long schemeId,
            String schemeName,
            AssessmentCycle.State state,
            long units,
            long scored,
            @Nullable Instant finalisedAt,
            boolean canFinalise,
            long version) {}

    CycleView cycle(AssessmentCycle c) {
        AssessmentCycles.Counts counts = cycles.counts(c);
        boolean commission = currentUser.hasRole(Role.COMMISSION);
        return new CycleView(
                c.getId(),
                c.getYear(),
                c.getSchemeId(),
                schemes.get(c.getSchemeId()).getName(),
                c.getState(),
                counts.units(),
                counts.scored(),
                c.getFinalisedAt(),
                commission && c.isOpen() && counts.units() > 0 && allFinal(c),
                c.getVersion());
    }

    private boolean allFinal(AssessmentCycle c) {
        return cycles.units(c.getId(), null).stream().allMatch(AssessedUnit::isFinal);
    }

    /**
     * The central unit's opinion on a member unit.
     *
     * @param by who gave or recorded it
     */
    record OpinionView(String text, Grade grade, String by, Instant at) {}

    /** @param score null while not scored, and for a caller who sees the unit only as its central unit */
    record ScoreView(long criterionId, @Nullable BigDecimal score) {}

    /**
     * One unit of a cycle. A central unit's staff see their member units' rows with the opinion only:
     * scores empty of values, total, rank and grade null.
     *
     * @param member a member unit of a district that has a central unit (its central unit's opinion is heard first)
     * @param centralUnitName the district's central unit when member; null otherwise
     * @param opinion the central unit's opinion; null while not given
     * @param total Σ score / maxScore × weight once every criterion is scored; null before
     * @param rank the place in the region once the cycle is finalised; null before
     * @param grade the result grade once the unit is final; null before
     * @param commended 通报表扬 in this cycle
     * @param weak the unit has a weak-unit file opened from this cycle, or an open one
     * @param canGiveOpinion whether the caller may give (or record) the central opinion now
     * @param canScore whether the caller may change scores now
     * @param canFinalise whether the caller may finalise the unit now
     */
    record UnitRow(
            long unitId,
            String unitName,
            long districtId,
            String districtName,
            boolean member,
            @Nullable Long centralUnitId,
            @Nullable String centralUnitName,
            @Nullable OpinionView opinion,
            List<ScoreView> scores,
            @Nullable BigDecimal total,
            @Nullable Integer rank,
            @Nullable Grade grade,
            AssessedUnit.State state,
            boolean commended,
            boolean weak,
            boolean canGiveOpinion,
            boolean canScore,
            boolean canFinalise,
            long version) {}

    /** Rows by rank once ranked, else by district, central unit first, then name. */
    List<UnitRow> rows(AssessmentCycle cycle, List<AssessedUnit> units) {
        List<SchemeCriterion> criteria = cycles.criteria(cycle);
        Set<Long> unitIds = new HashSet<>();
        Set<Long> districtIds = new HashSet<>();
        for (AssessedUnit u : units) {
            unitIds.add(u.getUnitId());
            if (u.getCentralUnitId() != null) {
                unitIds.add(u.getCentralUnitId());
            }
            districtIds.add(u.getDistrictId());
        }
        Map<Long, String> unitNames = registry.unitNames(unitIds);
        Map<Long, String> districtNames = registry.districtNames(districtIds);
        Set<Long> commended = cycles.commendedUnits(cycle.getId());
        Set<Long> weak = weakUnits.weakUnits(cycle.getId());
        boolean commission = currentUser.hasRole(Role.COMMISSION);
        List<UnitRow> rows = new ArrayList<>();
        for (AssessedUnit u : units) {
            boolean full = cycles.seesResult(u);
            OpinionView opinion = u.getOpinionText() == null
                    ? null
                    : new OpinionView(u.getOpinionText(), u.getOpinionGrade(), u.getOpinionBy(), u.getOpinionAt());
            List<ScoreView> scores = criteria.stream()
                    .map(c -> new ScoreView(c.getId(), full ? u.score(c.getId()) : null))
                    .toList();
            rows.add(new UnitRow(
                    u.getUnitId(),
                    unitNames.getOrDefault(u.getUnitId(), ""),
                    u.getDistrictId(),
                    districtNames.getOrDefault(u.getDistrictId(), ""),
                    u.isMember(),
                    u.getCentralUnitId(),
                    u.getCentralUnitId() == null ? null : unitNames.get(u.getCentralUnitId()),
                    opinion,
                    scores,
                    full ? u.total(criteria) : null,
                    full ? u.getRank() : null,
                    full ? u.getGrade() : null,
                    u.getState(),
                    full && commended.contains(u.getUnitId()),
                    full && weak.contains(u.getUnitId()),
                    cycle.isOpen() && u.canGiveOpinion() && cycles.mayGiveOpinion(u),
                    commission && cycle.isOpen() && u.canScore(),
                    commission && cycle.isOpen() && u.canFinalise(criteria),
                    u.getVersion()));
        }
        Comparator<UnitRow> order = Comparator.comparing((UnitRow r) -> r.rank() == null ? Integer.MAX_VALUE : r.rank())
                .thenComparing(UnitRow::districtName)
                .thenComparing(r -> r.member())
                .thenComparing(UnitRow::unitName);
        rows.sort(order);
        return rows;
    }

    UnitRow row(AssessmentCycle cycle, AssessedUnit unit) {
        return rows(cycle, List.of(unit)).get(0);
    }

    /** 通报表扬 of a unit in a cycle. */
    record CommendationView(long unitId, String unitName, String citation, String by, Instant at) {}

    List<CommendationView> commendations(List<Commendation> list) {
        Map<Long, String> names =
                registry.unitNames(list.stream().map(Commendation::getUnitId).toList());
        return list.stream()
                .map(c -> new CommendationView(
                        c.getUnitId(),
                        names.getOrDefault(c.getUnitId(), ""),
                        c.getCitation(),
                        c.getCommendedBy(),
                        c.getCommendedAt()))
                .toList();
    }
}
