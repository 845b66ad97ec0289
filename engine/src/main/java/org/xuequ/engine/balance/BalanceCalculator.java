package org.xuequ.engine.balance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Balance between a level's schools by the national method: for each indicator the region's figure
 * X̄ = Σ resource / Σ pupils (× 100 per 100 pupils), each school's Xᵢ = resourceᵢ / pupilsᵢ (× 100), and the
 * pupil-weighted coefficient of variation CV = √(Σ (Pᵢ/P)(Xᵢ − X̄)²) / X̄ (差异系数). Under 2017 every
 * indicator's CV is tested on its own and each school against the minimums; under 2012 the mean of the
 * eight CVs is tested. Combined schools count with their level's share of their resources
 * ({@link #levelShare}). Pure functions: no state, thread-safe.
 */
public final class BalanceCalculator {

    /**
     * Relative slack of every comparison with a limit, so that a figure exactly at the limit in decimal
     * (3.57 teachers per 100 = 85 % of 4.2) is not lost to binary rounding.
     */
    static final double TOLERANCE = 1e-9;

    /** 2017: the one indicator a school may miss must still reach 85 % of its minimum. */
    static final double REMAINING_RATIO = 0.85;

    private BalanceCalculator() {}

    /**
     * Assesses one level of the region. Schools without pupils at the level are left out.
     *
     * @throws InvalidConditionsException naming the school and field (the CSV column name): a negative or
     *     non-finite value, an empty or duplicate id, a resource missing for the standard, or no school with
     *     pupils at the level (school null)
     * @throws IllegalArgumentException for {@link SchoolLevel#SENIOR}, which is not assessed
     */
    public static BalanceReport assess(List<SchoolConditions> schools, SchoolLevel level, BalanceStandard standard) {
        Objects.requireNonNull(schools, "schools");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(standard, "standard");
        if (level == SchoolLevel.SENIOR) {
            throw new IllegalArgumentException("balance is assessed for PRIMARY and JUNIOR only");
        }
        List<Indicator> indicators = Indicator.of(standard);
        validate(schools, indicators);
        List<SchoolConditions> included = new ArrayList<>();
        for (SchoolConditions school : schools) {
            if (school.pupils(level) > 0) {
                included.add(school);
            }
        }
        if (included.isEmpty()) {
            throw new InvalidConditionsException(null, pupilsField(level), "no school has pupils at level " + level);
        }
        int n = included.size();
        String[] ids = new String[n];
        double[] pupils = new double[n];
        double[] shares = new double[n];
        for (int i = 0; i < n; i++) {
            SchoolConditions school = included.get(i);
            ids[i] = school.schoolId();
            pupils[i] = school.pupils(level);
            shares[i] = levelShare(school, level);
        }

        List<IndicatorResult> results = new ArrayList<>(indicators.size());
        double[][] values = new double[indicators.size()][];
        double[][] resources = new double[indicators.size()][];
        for (int k = 0; k < indicators.size(); k++) {
            Indicator indicator = indicators.get(k);
            double[] resource = new double[n];
            for (int i = 0; i < n; i++) {
                resource[i] = shares[i] * included.get(i).resource(indicator);
            }
            resources[k] = resource;
            IndicatorResult result = measure(
                    indicator,
                    ids,
                    pupils,
                    resource,
                    threshold(level, standard, indicator),
                    standard == BalanceStandard.QUALITY_2017 ? minimum(level, indicator) : Double.NaN);
            results.add(result);
            values[k] = new double[n];
            for (int i = 0; i < n; i++) {
                values[k][i] = result.terms().get(i).value();
            }
        }

        List<SchoolResult> schoolResults = new ArrayList<>(n);
        int passing = 0;
        int failing = 0;
        for (int i = 0; i < n; i++) {
            List<SchoolValue> schoolValues = new ArrayList<>(indicators.size());
            for (int k = 0; k < indicators.size(); k++) {
                double minimum = results.get(k).minimum();
                double value = values[k][i];
                boolean meets = meets(value, minimum);
                double shortfall = meets
                        ? 0
                        : Math.max(
                                0,
                                minimum * pupils[i] / indicators.get(k).basis().scale() - resources[k][i]);
                schoolValues.add(new SchoolValue(indicators.get(k), resources[k][i], value, minimum, meets, shortfall));
            }
            SchoolResult result = school(ids[i], pupils[i], shares[i], schoolValues);
            if (standard == BalanceStandard.QUALITY_2017) {
                if (result.passes()) {
                    passing++;
                } else {
                    failing++;
                }
            }
            schoolResults.add(result);
        }

        double composite = Double.NaN;
        double compositeThreshold = compositeThreshold(level, standard);
        boolean cvPasses;
        if (standard == BalanceStandard.BASIC_2012) {
            double[] cvs = new double[results.size()];
            for (int k = 0; k < cvs.length; k++) {
                cvs[k] = results.get(k).cv();
            }
            composite = compositeCv(cvs);
            cvPasses = within(composite, compositeThreshold);
        } else {
            cvPasses = results.stream().allMatch(IndicatorResult::passes);
        }
        return new BalanceReport(
                level, standard, results, schoolResults, composite, compositeThreshold, cvPasses, passing, failing);
    }

    /**
     * The part of a school's resources that counts for a level: pupils weighted 1 : 1.1 : 1.32 (primary :
     * junior : senior), so a nine-year school splits 1 : 1.1, a complete secondary school's junior and
     * senior sections 1 : 1.2 and a twelve-year school 1 : 1.1 : 1.32. 1 for a single-level school, 0 when
     * the school has no pupils at the level.
     */
    public static double levelShare(SchoolConditions school, SchoolLevel level) {
        double own = school.pupils(level) * level.splitWeight();
        if (!(own > 0)) {
            return 0;
        }
        double total = 0;
        for (SchoolLevel each : SchoolLevel.values()) {
            double pupils = school.pupils(each);
            if (pupils > 0) {
                total += pupils * each.splitWeight();
            }
        }
        return own / total;
    }

    /**
     * The CV an indicator must not exceed: 2017 0.50 primary, 0.45 junior for each of its seven indicators;
     * NaN under 2012 (only the composite is tested, see {@link #compositeThreshold}), for indicators the
     * standard does not assess, and for {@link SchoolLevel#SENIOR}.
     */
    public static double threshold(SchoolLevel level, BalanceStandard standard, Indicator indicator) {
        if (standard != BalanceStandard.QUALITY_2017 || !Indicator.of(standard).contains(indicator)) {
            return Double.NaN;
        }
        return switch (level) {
            case PRIMARY -> 0.50;
            case JUNIOR -> 0.45;
            case SENIOR -> Double.NaN;
        };
    }

    /** The composite CV limit: 2012 0.65 primary, 0.55 junior; NaN under 2017 and for SENIOR. */
    public static double compositeThreshold(SchoolLevel level, BalanceStandard standard) {
        if (standard != BalanceStandard.BASIC_2012) {
            return Double.NaN;
        }
        return switch (level) {
            case PRIMARY -> 0.65;
            case JUNIOR -> 0.55;
            case SENIOR -> Double.NaN;
        };
    }

    /** The 2017 per-school minimum of an indicator at a level; NaN where there is none. */
    public static double minimum(SchoolLevel level, Indicator indicator) {
        if (level == SchoolLevel.SENIOR) {
            return Double.NaN;
        }
        boolean primary = level == SchoolLevel.PRIMARY;
        return switch (indicator) {
            case QUALIFIED_TEACHERS -> primary ? 4.2 : 5.3;
            case BACKBONE_TEACHERS -> 1.0;
            case PE_ART_TEACHERS -> 0.9;
            case MULTIMEDIA_ROOMS -> primary ? 2.3 : 2.4;
            case TEACHING_AREA_M2 -> primary ? 4.5 : 5.8;
            case SPORTS_AREA_M2 -> primary ? 7.5 : 10.2;
            case EQUIPMENT_YUAN -> primary ? 2000 : 2500;
            default -> Double.NaN;
        };
    }

    /** The 2012 composite: the plain mean of the indicators' CVs (NaN if any is NaN). */
    public static double compositeCv(double... cvs) {
        double sum = 0;
        for (double cv : cvs) {
            sum += cv;
        }
        return cvs.length == 0 ? Double.NaN : sum / cvs.length;
    }

    /**
     * One indicator's arithmetic over given schools, without limits (threshold and minimum NaN): for optimisers
     * that move resources between schools and must report the same figures as {@link #assess} (rotation).
     * Pupils must be positive.
     */
    public static IndicatorResult measure(Indicator indicator, String[] ids, double[] pupils, double[] resource) {
        return measure(indicator, ids, pupils, resource, Double.NaN, Double.NaN);
    }

    /** One indicator's arithmetic over the schools (two passes: the mean first, then the squares). */
    static IndicatorResult measure(
            Indicator indicator, String[] ids, double[] pupils, double[] resource, double threshold, double minimum) {
        int n = ids.length;
        double scale = indicator.basis().scale();
        double totalPupils = 0;
        double totalResource = 0;
        for (int i = 0; i < n; i++) {
            totalPupils += pupils[i];
            totalResource += resource[i];
        }
        double mean = totalResource / totalPupils * scale;
        List<IndicatorResult.Term> terms = new ArrayList<>(n);
        double variance = 0;
        int below = 0;
        for (int i = 0; i < n; i++) {
            double value = resource[i] / pupils[i] * scale;
            double weight = pupils[i] / totalPupils;
            double deviation = value - mean;
            double weightedSquare = weight * deviation * deviation;
            variance += weightedSquare;
            below += meets(value, minimum) ? 0 : 1;
            terms.add(new IndicatorResult.Term(ids[i], pupils[i], resource[i], value, weight, weightedSquare));
        }
        // X̄ = 0 (nobody has any of it): the CV is undefined, reported as NaN, and fails
        double cv = mean > 0 ? Math.sqrt(variance) / mean : Double.NaN;
        boolean passes = !Double.isNaN(cv) && (Double.isNaN(threshold) || within(cv, threshold));
        return new IndicatorResult(
                indicator, totalResource, totalPupils, mean, variance, cv, threshold, passes, minimum, below, terms);
    }

    /** A school's per-school test from its values. */
    static SchoolResult school(String id, double pupils, double share, List<SchoolValue> values) {
        int withMinimum = 0;
        int met = 0;
        boolean remainingHigh = true;
        double worst = Double.NaN;
        for (SchoolValue v : values) {
            if (Double.isNaN(v.minimum())) {
                continue;
            }
            withMinimum++;
            double ratio = v.value() / v.minimum();
            worst = Double.isNaN(worst) ? ratio : Math.min(worst, ratio);
            if (v.meets()) {
                met++;
            } else if (v.value() < REMAINING_RATIO * v.minimum() * (1 - TOLERANCE)) {
                remainingHigh = false;
            }
        }
        // 每所学校至少6项达到要求，余项不低于要求的85%: all but one, and that one at 85 %
        boolean passes = withMinimum == 0 || (met >= withMinimum - 1 && remainingHigh);
        return new SchoolResult(id, pupils, share, values, met, passes, worst);
    }

    static boolean meets(double value, double minimum) {
        return Double.isNaN(minimum) || value >= minimum * (1 - TOLERANCE);
    }

    static boolean within(double cv, double threshold) {
        return !Double.isNaN(cv) && cv <= threshold * (1 + TOLERANCE);
    }

    static String pupilsField(SchoolLevel level) {
        return switch (level) {
            case PRIMARY -> "primary_pupils";
            case JUNIOR -> "junior_pupils";
            case SENIOR -> "senior_pupils";
        };
    }

    /** Checks ids (non-empty, unique), pupils and the standard's resources (present, finite, ≥ 0). */
    static void validate(List<SchoolConditions> schools, List<Indicator> indicators) {
        Set<String> seen = new HashSet<>();
        for (SchoolConditions school : schools) {
            if (school == null) {
                throw new InvalidConditionsException(null, "school_id", "a school is null");
            }
            String id = school.schoolId();
            if (id == null || id.isEmpty()) {
                throw new InvalidConditionsException(id, "school_id", "a school has no id");
            }
            if (!seen.add(id)) {
                throw new InvalidConditionsException(id, "school_id", "school " + id + " is listed twice");
            }
            for (SchoolLevel level : SchoolLevel.values()) {
                checkAmount(id, pupilsField(level), school.pupils(level));
            }
            for (Indicator indicator : indicators) {
                Double value = school.resources().get(indicator);
                if (value == null) {
                    throw new InvalidConditionsException(
                            id, indicator.column(), "school " + id + " has no " + indicator.column());
                }
                checkAmount(id, indicator.column(), value);
            }
        }
    }

    private static void checkAmount(String id, String field, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidConditionsException(id, field, "school " + id + ": " + field + " is not a finite number");
        }
        if (value < 0) {
            throw new InvalidConditionsException(
                    id, field, "school " + id + ": " + field + " is negative (" + value + ")");
        }
    }
}
