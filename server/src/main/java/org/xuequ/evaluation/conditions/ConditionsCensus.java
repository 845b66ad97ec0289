package org.xuequ.evaluation.conditions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.registry.RegistryReads;
import org.xuequ.registry.SchoolYear;

/** The school conditions census: one report per school and year, entered in a form or imported. */
@Service
@Transactional(readOnly = true)
public class ConditionsCensus {

    private final SchoolConditionsReportRepository reports;
    private final CensusSchools schools;
    private final CurrentUser currentUser;
    private final ObjectProvider<StaffRollSource> staffRoll;
    private final Clock clock;

    ConditionsCensus(
            SchoolConditionsReportRepository reports,
            CensusSchools schools,
            CurrentUser currentUser,
            ObjectProvider<StaffRollSource> staffRoll,
            Clock clock) {
        this.reports = reports;
        this.schools = schools;
        this.currentUser = currentUser;
        this.staffRoll = staffRoll;
        this.clock = clock;
    }

    /** What the census list filters by; every part optional. */
    public record Filter(
            @Nullable Long districtId, @Nullable String text, boolean onlyMissing) {}

    /** Every school in scope for the year, reported or not, by district then name. */
    public Page<ConditionsRow> list(int year, Filter filter, Pageable pageable) {
        String region = schools.region();
        // This year and the one before in one query.
        Map<Long, SchoolConditionsReport> current = new HashMap<>();
        Map<Long, SchoolConditionsReport> previous = new HashMap<>();
        for (SchoolConditionsReport report : reports.findByRegionCodeAndSchoolYearIn(region, Set.of(year, year - 1))) {
            (report.getSchoolYear() == year ? current : previous).put(report.getUnitId(), report);
        }
        List<RegistryReads.Unit> matching = new ArrayList<>();
        for (RegistryReads.Unit unit : schools.visible(region)) {
            if (filter.districtId() != null && !filter.districtId().equals(unit.districtId())) {
                continue;
            }
            if (filter.text() != null
                    && !filter.text().isBlank()
                    && !unit.name().contains(filter.text().strip())) {
                continue;
            }
            if (filter.onlyMissing() && current.containsKey(unit.id())) {
                continue;
            }
            matching.add(unit);
        }
        int from = (int) Math.min(pageable.getOffset(), matching.size());
        int to = Math.min(from + pageable.getPageSize(), matching.size());
        List<RegistryReads.Unit> page = matching.subList(from, to);
        // the roll's counts of the page's schools only
        Map<Long, StaffRollCounts> roll =
                roll(region, year, page.stream().map(RegistryReads.Unit::id).toList());
        List<ConditionsRow> rows = page.stream()
                .map(unit -> row(unit, year, current.get(unit.id()), previous.get(unit.id()), roll.get(unit.id())))
                .toList();
        return new PageImpl<>(rows, pageable, matching.size());
    }

    public ConditionsRow get(long unitId, int year) {
        String region = schools.region();
        RegistryReads.Unit unit = schools.visible(region, unitId);
        return row(
                unit,
                year,
                reports.findByUnitIdAndSchoolYear(unitId, year).orElse(null),
                reports.findByUnitIdAndSchoolYear(unitId, year - 1).orElse(null),
                roll(region, year, List.of(unitId)).get(unitId));
    }

    /** Years with any report in the caller's region, newest first. */
    public List<Integer> years() {
        return reports.yearsIn(schools.region());
    }

    /**
     * Saves a school's figures for the year.
     *
     * @param version the version the editor saw, null for a first report; a stale one is refused with 409
     */
    @Transactional
    public ConditionsRow save(long unitId, int year, ConditionsFigures figures, @Nullable Long version) {
        requireYear(year);
        String region = schools.region();
        RegistryReads.Unit unit = schools.visible(region, unitId);
        SchoolConditionsReport report =
                reports.findByUnitIdAndSchoolYear(unitId, year).orElse(null);
        if (report == null) {
            if (version != null) {
                throw new XuequProblem(HttpStatus.CONFLICT, "problem.stale");
            }
            report = reports.saveAndFlush(
                    new SchoolConditionsReport(region, unitId, year, figures, clock.instant(), currentUser.actor()));
        } else {
            if (version == null || report.getVersion() != version) {
                throw new XuequProblem(HttpStatus.CONFLICT, "problem.stale");
            }
            if (report.revise(figures, clock.instant(), currentUser.actor())) {
                reports.flush();
            }
        }
        return row(
                unit,
                year,
                report,
                reports.findByUnitIdAndSchoolYear(unitId, year - 1).orElse(null),
                roll(region, year, List.of(unitId)).get(unitId));
    }

    /** The region's reported figures of a year by unit id: the balance calculation's input. */
    public Map<Long, ConditionsFigures> figures(String region, int year) {
        Map<Long, ConditionsFigures> out = new HashMap<>();
        byUnit(region, year).forEach((unit, report) -> out.put(unit, report.getFigures()));
        return out;
    }

    /** Reports of several years at once, by year then unit id (trends read every year in one query). */
    public Map<Integer, Map<Long, ConditionsFigures>> figures(String region, Set<Integer> years) {
        Map<Integer, Map<Long, ConditionsFigures>> out = new HashMap<>();
        for (SchoolConditionsReport report : reports.findByRegionCodeAndSchoolYearIn(region, years)) {
            out.computeIfAbsent(report.getSchoolYear(), y -> new HashMap<>())
                    .put(report.getUnitId(), report.getFigures());
        }
        return out;
    }

    /** Years with reports in the region, newest first. */
    public List<Integer> years(String region) {
        return reports.yearsIn(region);
    }

    private Map<Long, SchoolConditionsReport> byUnit(String region, int year) {
        Map<Long, SchoolConditionsReport> out = new HashMap<>();
        for (SchoolConditionsReport report : reports.findByRegionCodeAndSchoolYearIn(region, Set.of(year))) {
            out.put(report.getUnitId(), report);
        }
        return out;
    }

    /** The roll's counts now: only beside this school year's census (or a later one), never an earlier year's. */
    private Map<Long, StaffRollCounts> roll(String region, int year, List<Long> unitIds) {
        StaffRollSource source = staffRoll.getIfAvailable();
        if (source == null || year < SchoolYear.current(clock) || unitIds.isEmpty()) {
            return Map.of();
        }
        return source.counts(region, unitIds);
    }

    /** School years the census takes: 2000 to 2100, else 400 naming {@code year}. */
    static void requireYear(int year) {
        if (year < 2000 || year > 2100) {
            throw XuequProblem.invalid("year", "error.school-year");
        }
    }

    static ConditionsRow row(
            RegistryReads.Unit unit,
            int year,
            @Nullable SchoolConditionsReport report,
            @Nullable SchoolConditionsReport previous,
            @Nullable StaffRollCounts staffRoll) {
        ConditionsFigures figures = report == null ? null : report.getFigures();
        ConditionsFigures before = previous == null ? null : previous.getFigures();
        return new ConditionsRow(
                unit.id(),
                unit.name(),
                unit.type(),
                unit.districtId(),
                unit.districtName(),
                year,
                figures,
                before,
                ConditionsJump.between(before, figures),
                report == null ? null : report.getUpdatedAt(),
                report == null ? null : report.getVersion(),
                staffRoll);
    }
}
