package org.xuequ.engine.balance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The best next step for each indicator that fails its CV test. The CV depends on the schools only through
 * three sums: P = Σ pupils, R = Σ resource and Q = Σ resource² / pupils, since
 * CV² = Σ (Pᵢ/P)(Xᵢ − X̄)² / X̄² = Q·P / R² − 1 (the scale of ×100 cancels). One step changes one or two
 * schools' terms, so the CV after it costs O(1) to evaluate; every single move between two schools is
 * scanned (O(n²) per indicator), every single addition O(n). The chosen step's CV is then recomputed from
 * scratch by the calculator's two-pass arithmetic, which is what is reported.
 */
public final class BalanceAdvisor {

    private BalanceAdvisor() {}

    /**
     * Teachers and rooms are moved between schools (rotation, 交流轮岗); equipment, floor areas,
     * computers and books are added (investment).
     */
    public static ChangeKind kindFor(Indicator indicator) {
        return switch (indicator) {
            case QUALIFIED_TEACHERS,
                    BACKBONE_TEACHERS,
                    PE_ART_TEACHERS,
                    TEACHERS,
                    SENIOR_TITLE_TEACHERS,
                    MULTIMEDIA_ROOMS -> ChangeKind.MOVE;
            default -> ChangeKind.ADD;
        };
    }

    /** One step: 1 teacher, 1 room, 10,000 yuan, 100 m², 10 computers, 1,000 books. */
    public static double unitSize(Indicator indicator) {
        return switch (indicator) {
            case EQUIPMENT_YUAN -> 10_000;
            case TEACHING_AREA_M2, SPORTS_AREA_M2 -> 100;
            case COMPUTERS -> 10;
            case BOOKS -> 1_000;
            default -> 1;
        };
    }

    /**
     * Best steps first: for each indicator failing its CV threshold (2012: above the composite threshold),
     * worst first by CV / threshold, or when none fails the one closest to it, the single step of one unit
     * that lowers its CV most. Teachers and rooms: one unit moved from the school whose loss helps most to
     * the school whose gain helps most, never taking a school that met its 2017 minimum below it; the rest:
     * one unit added to the school where it helps most. A step that would not lower the CV is never
     * suggested, so an indicator may have none. Only schools with pupils at the level take part. An
     * indicator nobody has any of (CV undefined) gets no step.
     *
     * @param limit at most this many suggestions (none when ≤ 0)
     * @throws InvalidConditionsException as {@link BalanceCalculator#assess}
     */
    public static List<Suggestion> suggest(
            List<SchoolConditions> schools, SchoolLevel level, BalanceStandard standard, int limit) {
        BalanceReport report = BalanceCalculator.assess(schools, level, standard);
        if (limit <= 0) {
            return List.of();
        }
        Map<String, SchoolConditions> byId = new HashMap<>();
        for (SchoolConditions school : schools) {
            byId.put(school.schoolId(), school);
        }
        List<Suggestion> suggestions = new ArrayList<>();
        for (int k : targets(report)) {
            Suggestion best = best(report, k, byId);
            if (best != null) {
                suggestions.add(best);
                if (suggestions.size() == limit) {
                    break;
                }
            }
        }
        return List.copyOf(suggestions);
    }

    /** Indexes of the indicators to improve, worst first. */
    private static List<Integer> targets(BalanceReport report) {
        List<IndicatorResult> results = report.indicators();
        double[] ratio = new double[results.size()];
        List<Integer> failing = new ArrayList<>();
        int closest = -1;
        for (int k = 0; k < results.size(); k++) {
            IndicatorResult result = results.get(k);
            double limit =
                    report.standard() == BalanceStandard.BASIC_2012 ? report.compositeThreshold() : result.threshold();
            ratio[k] = result.cv() / limit;
            if (Double.isNaN(ratio[k])) {
                continue;
            }
            if (!BalanceCalculator.within(result.cv(), limit)) {
                failing.add(k);
            }
            if (closest < 0 || ratio[k] > ratio[closest]) {
                closest = k;
            }
        }
        if (failing.isEmpty()) {
            return closest < 0 ? List.of() : List.of(closest);
        }
        failing.sort(Comparator.comparingDouble((Integer k) -> -ratio[k]).thenComparingInt(k -> k));
        return failing;
    }

    /** The best single step for indicator k of the report, or null if none lowers its CV. */
    static Suggestion best(BalanceReport report, int k, Map<String, SchoolConditions> byId) {
        IndicatorResult result = report.indicators().get(k);
        Indicator indicator = result.indicator();
        List<SchoolResult> schools = report.schools();
        int n = schools.size();
        double total = result.totalResource();
        double totalPupils = result.totalPupils();
        if (!(total > 0)) {
            return null;
        }
        double scale = indicator.basis().scale();
        double minimum = result.minimum();
        double unit = unitSize(indicator);
        double[] pupils = new double[n];
        double[] resource = new double[n];
        double[] gained = new double[n]; // the level's share of one unit
        double[] gainQ = new double[n]; // change of Q when a school gains one unit
        double q = 0;
        for (int i = 0; i < n; i++) {
            SchoolResult school = schools.get(i);
            pupils[i] = school.pupils();
            resource[i] = school.values().get(k).resource();
            gained[i] = school.levelShare() * unit;
            q += resource[i] * resource[i] / pupils[i];
            double after = resource[i] + gained[i];
            gainQ[i] = (after * after - resource[i] * resource[i]) / pupils[i];
        }

        int from = -1;
        int to = -1;
        double bestF = Double.POSITIVE_INFINITY;
        if (kindFor(indicator) == ChangeKind.MOVE) {
            for (int a = 0; a < n; a++) {
                if (byId.get(schools.get(a).schoolId()).resource(indicator)
                        < unit * (1 - BalanceCalculator.TOLERANCE)) {
                    continue; // the school has no whole unit to give
                }
                double left = Math.max(0, resource[a] - gained[a]);
                boolean metBefore = schools.get(a).values().get(k).meets();
                if (metBefore && !BalanceCalculator.meets(left / pupils[a] * scale, minimum)) {
                    continue; // would take a school that met its minimum below it
                }
                double qA = q + (left * left - resource[a] * resource[a]) / pupils[a];
                double rA = total - (resource[a] - left);
                for (int b = 0; b < n; b++) {
                    if (b == a) {
                        continue;
                    }
                    double r = rA + gained[b];
                    double f = (qA + gainQ[b]) * totalPupils / (r * r);
                    if (f < bestF) {
                        bestF = f;
                        from = a;
                        to = b;
                    }
                }
            }
        } else {
            for (int b = 0; b < n; b++) {
                double r = total + gained[b];
                double f = (q + gainQ[b]) * totalPupils / (r * r);
                if (f < bestF) {
                    bestF = f;
                    to = b;
                }
            }
        }
        if (to < 0) {
            return null;
        }

        // the reported figure: the chosen step recomputed by the calculator's own arithmetic
        double[] after = resource.clone();
        if (from >= 0) {
            after[from] = Math.max(0, after[from] - gained[from]);
        }
        after[to] += gained[to];
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = schools.get(i).schoolId();
        }
        IndicatorResult changed =
                BalanceCalculator.measure(indicator, ids, pupils, after, result.threshold(), result.minimum());
        if (!(changed.cv() < result.cv())) {
            return null;
        }
        int failingAfter = report.schoolsFailing();
        if (report.standard() == BalanceStandard.QUALITY_2017) {
            for (int i : from >= 0 ? new int[] {from, to} : new int[] {to}) {
                boolean passesAfter =
                        passesWith(schools.get(i), k, changed.terms().get(i).value(), after[i]);
                failingAfter += (schools.get(i).passes() ? 0 : -1) + (passesAfter ? 0 : 1);
            }
        }
        Change change =
                from >= 0 ? Change.move(indicator, ids[from], ids[to], unit) : Change.add(indicator, ids[to], unit);
        return new Suggestion(
                change,
                indicator,
                result.cv(),
                changed.cv(),
                result.cv() - changed.cv(),
                unit,
                report.schoolsFailing(),
                failingAfter);
    }

    /** The school's per-school test with indicator k's value replaced. */
    private static boolean passesWith(SchoolResult school, int k, double value, double resource) {
        List<SchoolValue> values = new ArrayList<>(school.values());
        SchoolValue old = values.get(k);
        values.set(
                k,
                new SchoolValue(
                        old.indicator(),
                        resource,
                        value,
                        old.minimum(),
                        BalanceCalculator.meets(value, old.minimum()),
                        0));
        return BalanceCalculator.school(school.schoolId(), school.pupils(), school.levelShare(), values)
                .passes();
    }
}
