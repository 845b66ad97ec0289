package org.xuequ.engine.balance;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

/** Test regions: schools whose figures meet every minimum unless a test changes one. */
final class Regions {

    private Regions() {}

    /** A primary school with every resource exactly at {@code perMinimum} times the primary minimum. */
    static SchoolConditions primary(String id, double pupils, double perMinimum) {
        return school(id, pupils, 0, 0, SchoolLevel.PRIMARY, perMinimum);
    }

    static SchoolConditions junior(String id, double pupils, double perMinimum) {
        return school(id, 0, pupils, 0, SchoolLevel.JUNIOR, perMinimum);
    }

    /**
     * Resources at {@code perMinimum} times the level's 2017 minimum for the level's pupils; the 2012-only
     * indicators get 8 teachers, 5 senior-title teachers, 12 computers per 100 pupils and 30 books per pupil.
     */
    static SchoolConditions school(
            String id, double primary, double junior, double senior, SchoolLevel level, double perMinimum) {
        double pupils = level == SchoolLevel.PRIMARY ? primary : junior;
        Map<Indicator, Double> resources = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            double perUnit = BalanceCalculator.minimum(level, indicator);
            if (Double.isNaN(perUnit)) {
                perUnit = switch (indicator) {
                    case TEACHERS -> 8;
                    case SENIOR_TITLE_TEACHERS -> 5;
                    case COMPUTERS -> 12;
                    default -> 30; // books
                };
            }
            resources.put(
                    indicator, perMinimum * perUnit * pupils / indicator.basis().scale());
        }
        return new SchoolConditions(id, primary, junior, senior, resources);
    }

    /** A random small primary region with whole-number resources, for property tests. */
    static java.util.List<SchoolConditions> random(Random random, int schools) {
        java.util.List<SchoolConditions> list = new java.util.ArrayList<>();
        for (int s = 0; s < schools; s++) {
            double pupils = 50 + random.nextInt(900);
            double junior = random.nextInt(4) == 0 ? 30 + random.nextInt(400) : 0; // some nine-year schools
            Map<Indicator, Double> resources = new EnumMap<>(Indicator.class);
            for (Indicator indicator : Indicator.values()) {
                double minimum = BalanceCalculator.minimum(SchoolLevel.PRIMARY, indicator);
                double base = Double.isNaN(minimum) ? 10 : minimum;
                double perUnit = base * (0.3 + 1.4 * random.nextDouble());
                resources.put(indicator, (double) Math.round(
                        perUnit * (pupils + junior) / indicator.basis().scale()));
            }
            list.add(new SchoolConditions("S" + s, pupils, junior, 0, resources));
        }
        return list;
    }
}
