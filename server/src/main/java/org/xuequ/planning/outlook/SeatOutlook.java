package org.xuequ.planning.outlook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.engine.forecast.Backtest;
import org.xuequ.engine.forecast.BacktestResult;
import org.xuequ.engine.forecast.CellArithmetic;
import org.xuequ.engine.forecast.Enrollment;
import org.xuequ.engine.forecast.GradeProgression;
import org.xuequ.engine.forecast.InvalidHistoryException;
import org.xuequ.engine.forecast.ProgressionRatios;
import org.xuequ.engine.forecast.Projection;
import org.xuequ.engine.forecast.Ratio;
import org.xuequ.engine.forecast.Transition;
import org.xuequ.planning.PlanningScope;
import org.xuequ.planning.projects.KeyProjects;
import org.xuequ.platform.XuequProblem;
import org.xuequ.registry.DistrictKind;
import org.xuequ.registry.EntryGrade;
import org.xuequ.registry.RegistryReads;
import org.xuequ.registry.regions.CensusCohorts;

/**
 * The seat outlook per primary school district: the entry grade estimated term by term ({@link EntryEstimate}),
 * the engine's grade-progression projection six years ahead with its backtest error, and the seat gap against
 * the registry's seats and the key projects' seats. Nothing is stored: every figure is computed on request from
 * its inputs, so it can always show its arithmetic.
 */
@Service
@Transactional(readOnly = true)
public class SeatOutlook {

    /** Years projected ahead of the last observed year. */
    public static final int YEARS = 6;

    private final OutlookFacts facts;
    private final DistrictSettingsRepository settings;
    private final NewHousingRepository housing;
    private final KeyProjects projects;
    private final RegistryReads registry;
    private final CensusCohorts census;
    private final PlanningScope scope;

    SeatOutlook(
            OutlookFacts facts,
            DistrictSettingsRepository settings,
            NewHousingRepository housing,
            KeyProjects projects,
            RegistryReads registry,
            CensusCohorts census,
            PlanningScope scope) {
        this.facts = facts;
        this.settings = settings;
        this.housing = housing;
        this.projects = projects;
        this.registry = registry;
        this.census = census;
        this.scope = scope;
    }

    /** The outlook of every primary district in scope, or of one. */
    public OutlookView.Outlook outlook(@Nullable Long districtId) {
        Computation c = compute(districtId);
        List<OutlookView.District> districts = new ArrayList<>();
        List<String> without = new ArrayList<>();
        for (Long id : c.names.keySet()) {
            Model model = c.model(id);
            if (model == null) {
                without.add(c.names.get(id));
            } else {
                districts.add(model.view());
            }
        }
        return new OutlookView.Outlook(districts, without, CensusCohorts.ATTRIBUTION);
    }

    /**
     * How a figure was computed. With a grade: that grade's projected count (the engine's {@link CellArithmetic}
     * for a grade above the entry grade, the entry estimate's terms for the entry grade). Without: {@code figure}
     * PUPILS (Σ grades), CAPACITY or GAP (the default).
     */
    public OutlookView.Arithmetic arithmetic(
            long districtId, int year, @Nullable Integer grade, @Nullable String figure) {
        Computation c = compute(districtId);
        Model model = c.model(districtId);
        if (model == null) {
            throw new XuequProblem(HttpStatus.NOT_FOUND, "problem.planning-no-history");
        }
        int k = year - model.baseYear;
        if (k < 1 || k > YEARS) {
            throw XuequProblem.invalid("year", "error.planning.outside-outlook");
        }
        OutlookView.Year row = model.years.get(k - 1);
        List<OutlookView.Term> terms = new ArrayList<>();
        if (grade != null) {
            if (grade < model.history.entryGrade() || grade > model.history.lastGrade()) {
                throw XuequProblem.invalid("grade", "error.planning.outside-outlook");
            }
            CellArithmetic cell = model.projection.explain(year, grade);
            if (cell.isEntry()) {
                EntryEstimate.Terms e = row.entry();
                terms.add(new OutlookView.Term(
                        "cohort", e.cohort(), e.cohortSource().name()));
                if (e.regionCohort() != null) {
                    terms.add(new OutlookView.Term("regionCohort", e.regionCohort(), CensusCohorts.ATTRIBUTION));
                    terms.add(new OutlookView.Term("districtShare", e.districtShare(), "district terms"));
                }
                terms.add(new OutlookView.Term("publicShare", e.publicShare(), "district terms"));
                terms.add(new OutlookView.Term("homes", e.homes(), "new housing, completed ≤ " + year));
                terms.add(new OutlookView.Term("childrenPerHousehold", e.childrenPerHousehold(), "district terms"));
                return new OutlookView.Arithmetic(districtId, year, grade, "ENTRY", e.entry(), e.formula(), terms);
            }
            terms.add(new OutlookView.Term(
                    cell.sourceYear() + " grade " + cell.sourceGrade(),
                    cell.sourceCount(),
                    cell.sourceObserved() ? "observed" : "forecast"));
            terms.add(new OutlookView.Term(
                    "ratio " + cell.ratio().fromGrade() + "→" + cell.ratio().toGrade(),
                    cell.ratio().value(),
                    cell.ratio().method().cliName()));
            for (Transition t : cell.ratio().transitions()) {
                terms.add(new OutlookView.Term(
                        t.fromYear() + "→" + t.toYear() + " " + num(t.toCount()) + "/" + num(t.fromCount()),
                        t.ratio(),
                        "observed transition, weight " + num(t.weight())));
            }
            return new OutlookView.Arithmetic(districtId, year, grade, "COUNT", cell.count(), cell.describe(), terms);
        }
        String which = figure == null ? "GAP" : figure.toUpperCase(java.util.Locale.ROOT);
        StringBuilder pupils = new StringBuilder();
        for (int g = 0; g < row.grades().size(); g++) {
            pupils.append(g == 0 ? "" : " + ").append(num(row.grades().get(g)));
        }
        String capacity = "%d grades × %d entry seats (registry, %s) + %d project seats = %d"
                .formatted(
                        row.grades().size(),
                        row.entrySeats(),
                        row.entrySeatsYear() == null ? "none" : row.entrySeatsYear(),
                        row.projectSeats(),
                        row.capacity());
        switch (which) {
            case "PUPILS" -> {
                for (int g = 0; g < row.grades().size(); g++) {
                    terms.add(new OutlookView.Term(
                            "grade " + (model.history.entryGrade() + g),
                            row.grades().get(g),
                            "projection"));
                }
                return new OutlookView.Arithmetic(
                        districtId,
                        year,
                        null,
                        which,
                        row.pupils(),
                        "pupils " + year + " = " + pupils + " = " + num(row.pupils()),
                        terms);
            }
            case "CAPACITY" -> {
                capacityTerms(row, terms);
                return new OutlookView.Arithmetic(
                        districtId, year, null, which, row.capacity(), "capacity " + year + " = " + capacity, terms);
            }
            case "GAP" -> {
                terms.add(new OutlookView.Term("capacity", row.capacity(), capacity));
                terms.add(new OutlookView.Term("pupils", row.pupils(), pupils.toString()));
                capacityTerms(row, terms);
                return new OutlookView.Arithmetic(
                        districtId,
                        year,
                        null,
                        which,
                        row.gap(),
                        "gap %d = capacity %d − pupils %s = %s%s"
                                .formatted(
                                        year,
                                        row.capacity(),
                                        num(row.pupils()),
                                        num(row.gap()),
                                        row.shortfall() ? " (shortfall)" : ""),
                        terms);
            }
            default -> throw XuequProblem.invalid("figure", "error.planning.unknown-figure");
        }
    }

    private static void capacityTerms(OutlookView.Year row, List<OutlookView.Term> terms) {
        terms.add(new OutlookView.Term(
                "entrySeats",
                row.entrySeats(),
                "registry PRIMARY_1 seats of the district's units, " + row.entrySeatsYear()));
        for (OutlookView.ProjectSeats p : row.projects()) {
            terms.add(new OutlookView.Term(p.name(), p.seats(), "key project opening " + p.openingYear()));
        }
    }

    /** The inputs of the districts asked for, read in bulk. */
    private Computation compute(@Nullable Long only) {
        String region = scope.region();
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, TreeMap<Integer, Integer>> seats = new HashMap<>();
        Map<Integer, Integer> regionSeats = new TreeMap<>();
        for (RegistryReads.DistrictSeats row : registry.districtSeats(region, EntryGrade.PRIMARY_1)) {
            if (row.kind() != DistrictKind.PRIMARY) {
                continue;
            }
            if (row.schoolYear() != null) {
                regionSeats.merge(row.schoolYear(), row.seats(), Integer::sum);
                seats.computeIfAbsent(row.districtId(), d -> new TreeMap<>()).put(row.schoolYear(), row.seats());
            }
            if ((only == null || only == row.districtId()) && scope.coversDistrict(region, row.districtId())) {
                names.put(row.districtId(), row.districtName());
            }
        }
        if (only != null && !names.containsKey(only)) {
            if (!region.equals(registry.districtRegions(Set.of(only)).get(only))) {
                throw XuequProblem.notFound("district", only);
            }
            scope.requireDistrict(region, only);
            throw XuequProblem.notFound("district", only);
        }
        Map<String, Integer> bands = new HashMap<>();
        census.of(region).ifPresent(r -> r.ageBands().forEach(b -> bands.put(b.band(), b.male() + b.female())));
        Map<Long, OutlookTerms> saved = new HashMap<>();
        Map<Long, Long> versions = new HashMap<>();
        for (DistrictSettings s : settings.findByRegionCode(region)) {
            saved.put(s.getDistrictId(), s.terms());
            versions.put(s.getDistrictId(), s.getVersion());
        }
        Map<Long, List<int[]>> homes = new HashMap<>();
        for (NewHousing h : housing.findByDistrictIdInOrderByCompletionYearAscBlockIdAsc(names.keySet())) {
            homes.computeIfAbsent(h.getDistrictId(), d -> new ArrayList<>())
                    .add(new int[] {h.getCompletionYear(), h.getHomes()});
        }
        Map<Long, List<KeyProjects.SeatsAdded>> added = new HashMap<>();
        for (KeyProjects.SeatsAdded p : projects.seatsAdded(region)) {
            added.computeIfAbsent(p.districtId(), d -> new ArrayList<>()).add(p);
        }
        int latestRegionYear = regionSeats.isEmpty() ? 0 : ((TreeMap<Integer, Integer>) regionSeats).lastKey();
        int regionTotal = regionSeats.getOrDefault(latestRegionYear, 0);
        return new Computation(
                names,
                seats,
                regionTotal,
                latestRegionYear,
                bands,
                saved,
                versions,
                homes,
                added,
                facts.history(names.keySet()),
                facts.births(names.keySet()));
    }

    private final class Computation {
        final Map<Long, String> names;
        final Map<Long, TreeMap<Integer, Integer>> seats;
        final int regionSeats;
        final int regionSeatsYear;
        final Map<String, Integer> bands;
        final Map<Long, OutlookTerms> saved;
        final Map<Long, Long> versions;
        final Map<Long, List<int[]>> homes;
        final Map<Long, List<KeyProjects.SeatsAdded>> added;
        final Map<Long, List<OutlookFacts.Cell>> history;
        final Map<Long, TreeMap<Integer, Integer>> births;

        Computation(
                Map<Long, String> names,
                Map<Long, TreeMap<Integer, Integer>> seats,
                int regionSeats,
                int regionSeatsYear,
                Map<String, Integer> bands,
                Map<Long, OutlookTerms> saved,
                Map<Long, Long> versions,
                Map<Long, List<int[]>> homes,
                Map<Long, List<KeyProjects.SeatsAdded>> added,
                Map<Long, List<OutlookFacts.Cell>> history,
                Map<Long, TreeMap<Integer, Integer>> births) {
            this.names = names;
            this.seats = seats;
            this.regionSeats = regionSeats;
            this.regionSeatsYear = regionSeatsYear;
            this.bands = bands;
            this.saved = saved;
            this.versions = versions;
            this.homes = homes;
            this.added = added;
            this.history = history;
            this.births = births;
        }

        OutlookTerms terms(long districtId) {
            OutlookTerms terms = saved.get(districtId);
            if (terms != null) {
                return terms;
            }
            TreeMap<Integer, Integer> own = seats.get(districtId);
            int mine = own == null ? 0 : own.getOrDefault(regionSeatsYear, 0);
            return OutlookTerms.defaults(regionSeats == 0 ? 0 : Math.round(mine * 1e6 / regionSeats) / 1e6);
        }

        @Nullable
        Model model(long districtId) {
            List<OutlookFacts.Cell> cells = history.get(districtId);
            if (cells == null) {
                return null;
            }
            Enrollment.Builder builder = Enrollment.builder();
            cells.forEach(c -> builder.count(c.year(), c.grade(), c.pupils()));
            Enrollment enrollment;
            try {
                enrollment = builder.build();
            } catch (InvalidHistoryException e) {
                return null;
            }
            if (enrollment.years() < 2) {
                return null;
            }
            try {
                return new Model(districtId, names.get(districtId), enrollment, terms(districtId), this);
            } catch (InvalidHistoryException e) {
                // A zero denominator in a used transition (or a 0 ratio under GEOMETRIC): listed without history.
                return null;
            }
        }
    }

    /** One district's projection, backtest and seat gap. */
    private static final class Model {
        final long districtId;
        final String name;
        final Enrollment history;
        final OutlookTerms terms;
        final int baseYear;
        final Projection projection;
        final ProgressionRatios ratios;

        @Nullable
        final BacktestResult backtest;

        @Nullable
        final String backtestNote;

        final List<OutlookView.Year> years = new ArrayList<>();
        final Computation c;

        Model(long districtId, String name, Enrollment history, OutlookTerms terms, Computation c) {
            this.districtId = districtId;
            this.name = name;
            this.history = history;
            this.terms = terms;
            this.c = c;
            this.baseYear = history.lastYear();
            GradeProgression progression = GradeProgression.of(terms.method());
            if (terms.window() != null) {
                progression = progression.window(terms.window());
            }
            EntryEstimate estimate = new EntryEstimate(
                    c.births.getOrDefault(districtId, new TreeMap<>()),
                    c.bands,
                    terms,
                    c.homes.getOrDefault(districtId, List.of()));
            List<EntryEstimate.Terms> entries = new ArrayList<>();
            double[] counts = new double[YEARS];
            for (int k = 1; k <= YEARS; k++) {
                EntryEstimate.Terms t = estimate.terms(baseYear + k);
                entries.add(t);
                counts[k - 1] = t.entry();
            }
            this.ratios = progression.ratios(history);
            this.projection = ratios.project(counts);
            BacktestResult result = null;
            String note = null;
            try {
                result = Backtest.run(history, progression, YEARS);
            } catch (InvalidHistoryException e) {
                note = e.getMessage();
            }
            this.backtest = result;
            this.backtestNote = note;
            TreeMap<Integer, Integer> seats = c.seats.getOrDefault(districtId, new TreeMap<>());
            List<KeyProjects.SeatsAdded> added = c.added.getOrDefault(districtId, List.of());
            for (int k = 1; k <= YEARS; k++) {
                int year = baseYear + k;
                List<Double> grades = new ArrayList<>();
                double pupils = 0;
                for (int g = history.entryGrade(); g <= history.lastGrade(); g++) {
                    double count = projection.count(year, g);
                    grades.add(count);
                    pupils += count;
                }
                Map.Entry<Integer, Integer> seatRow = seats.floorEntry(year);
                if (seatRow == null) {
                    seatRow = seats.firstEntry();
                }
                int entrySeats = seatRow == null ? 0 : seatRow.getValue();
                int registryCapacity = entrySeats * history.grades();
                List<OutlookView.ProjectSeats> counted = new ArrayList<>();
                int projectSeats = 0;
                for (KeyProjects.SeatsAdded p : added) {
                    if (p.openingYear() <= year) {
                        counted.add(new OutlookView.ProjectSeats(p.projectId(), p.name(), p.openingYear(), p.seats()));
                        projectSeats += p.seats();
                    }
                }
                int capacity = registryCapacity + projectSeats;
                double gap = capacity - pupils;
                Double mape = result == null || k > result.maxHorizon() || Double.isNaN(result.mape(k))
                        ? null
                        : result.mape(k);
                years.add(new OutlookView.Year(
                        year,
                        k,
                        entries.get(k - 1),
                        grades,
                        pupils,
                        entrySeats,
                        seatRow == null ? null : seatRow.getKey(),
                        registryCapacity,
                        projectSeats,
                        counted,
                        capacity,
                        gap,
                        gap < -1e-9,
                        mape,
                        mape == null ? null : pupils * (1 - mape / 100),
                        mape == null ? null : pupils * (1 + mape / 100)));
            }
        }

        OutlookView.District view() {
            List<OutlookView.Observed> observed = new ArrayList<>();
            for (int y = history.firstYear(); y <= history.lastYear(); y++) {
                List<Integer> grades = new ArrayList<>();
                int total = 0;
                for (int g = history.entryGrade(); g <= history.lastGrade(); g++) {
                    int count = (int) Math.round(history.count(y, g));
                    grades.add(count);
                    total += count;
                }
                observed.add(new OutlookView.Observed(y, grades, total));
            }
            List<OutlookView.RatioView> ratioViews = new ArrayList<>();
            for (Ratio r : ratios.explainAll()) {
                ratioViews.add(new OutlookView.RatioView(r.fromGrade(), r.toGrade(), r.value(), r.describe()));
            }
            List<OutlookView.Error> errors = new ArrayList<>();
            if (backtest != null) {
                for (int h = 1; h <= backtest.maxHorizon(); h++) {
                    double mape = backtest.mape(h);
                    errors.add(new OutlookView.Error(h, Double.isNaN(mape) ? null : mape, backtest.cells(h)));
                }
            }
            Integer firstShortfall = years.stream()
                    .filter(OutlookView.Year::shortfall)
                    .map(OutlookView.Year::year)
                    .findFirst()
                    .orElse(null);
            return new OutlookView.District(
                    districtId,
                    name,
                    terms,
                    c.versions.get(districtId),
                    history.entryGrade(),
                    history.lastGrade(),
                    baseYear,
                    observed,
                    ratioViews,
                    errors,
                    backtestNote,
                    years,
                    firstShortfall);
        }
    }

    static String num(double value) {
        return org.xuequ.engine.forecast.Figures.format(Math.round(value * 1000) / 1000.0);
    }
}
