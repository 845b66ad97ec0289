package org.xuequ.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.xuequ.demo.BenchCity.School;
import org.xuequ.demo.BenchCityFamilies.Child;
import org.xuequ.enrollment.applications.ApplicationNumber;
import org.xuequ.enrollment.cycles.Level;

/**
 * One SUBMITTED application per bench child, with one to three choices among what the zone allows
 * (its own schools, then the other schools of the district): most put a zone school first, some in a
 * single-school zone try a popular school elsewhere, siblings put the sibling's school first.
 * Numbers are random, in the same format as {@code Applications} gives them ({@link ApplicationNumber});
 * the applications were submitted over the three weeks before the deadline.
 */
@Component
@Profile("bench-city")
class BenchCityApplications {

    private static final Instant OPENS = Instant.parse(BenchCity.SCHOOL_YEAR + "-05-10T01:00:00Z");
    private static final long WINDOW_SECONDS = 21L * 24 * 3600;

    private final JdbcTemplate jdbc;

    BenchCityApplications(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    int create(BenchCityZoning.Cycle cycle, List<Child> children, Random random) {
        int n = children.size();
        long[] submittedAt = new long[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            submittedAt[i] = OPENS.getEpochSecond() + (long) (random.nextDouble() * WINDOW_SECONDS);
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingLong(i -> submittedAt[i]));
        long[] ids = BenchCityRows.reserveIds(jdbc, "enrollment_application", n);
        Set<String> numbers =
                new HashSet<>(jdbc.queryForList("select number from enrollment_application", String.class));
        List<Object[]> applications = new ArrayList<>(n);
        List<Object[]> choices = new ArrayList<>(n * 2);
        for (int k = 0; k < n; k++) {
            Child child = children.get(order[k]);
            long id = ids[k];
            applications.add(new Object[] {
                id,
                BenchCity.HAIDIAN,
                cycle.id(),
                child.id(),
                child.district().id(),
                freshNumber(numbers),
                random.nextDouble() < 0.85 ? "FAMILY" : "OFFICE",
                Timestamp.from(Instant.ofEpochSecond(submittedAt[order[k]]))
            });
            List<School> ranked = choose(random, child);
            for (int rank = 0; rank < ranked.size(); rank++) {
                // rank is the list index, as the entity's @OrderColumn writes it
                choices.add(new Object[] {id, rank, ranked.get(rank).id()});
            }
        }
        BenchCityRows.insert(jdbc, """
                insert into enrollment_application (id, version, region_code, cycle_id, child_id, district_id, number,
                    status, submitted_by, submitted_at) values (?, 0, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?)""", applications);
        BenchCityRows.insert(
                jdbc,
                "insert into enrollment_application_choice (application_id, rank, unit_id) values (?, ?, ?)",
                choices);
        return n;
    }

    private static String freshNumber(Set<String> taken) {
        String number;
        do {
            number = ApplicationNumber.random(BenchCity.SCHOOL_YEAR, Level.PRIMARY);
        } while (!taken.add(number));
        return number;
    }

    /** One to three schools: zone schools weigh three times their popularity, other district schools once. */
    private static List<School> choose(Random random, Child child) {
        double r = random.nextDouble();
        int count = r < 0.35 ? 1 : r < 0.65 ? 2 : 3;
        List<School> zone = child.zone().schools();
        List<School> others = child.district().schools().stream()
                .filter(s -> !zone.contains(s))
                .toList();
        List<School> chosen = new ArrayList<>(count);
        if (child.siblingSchool() != null) {
            chosen.add(child.siblingSchool());
        } else if (zone.size() == 1 && random.nextDouble() < 0.12) {
            chosen.add(pick(random, others, chosen, 1, 1));
        } else {
            chosen.add(pick(random, zone, chosen, 1, 1));
        }
        List<School> candidates = new ArrayList<>(zone);
        candidates.addAll(others);
        while (chosen.size() < count) {
            chosen.add(pick(random, candidates, chosen, zone.size(), 3));
        }
        return chosen;
    }

    /** A school not yet taken, by popularity; the first {@code favoured} candidates count {@code factor} times. */
    private static School pick(
            Random random, List<School> candidates, List<School> taken, int favoured, double factor) {
        double[] weights = new double[candidates.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            School s = candidates.get(i);
            weights[i] = taken.contains(s) ? 0 : s.popularity() * (i < favoured ? factor : 1);
            sum += weights[i];
        }
        double x = random.nextDouble() * sum;
        int last = -1;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                last = i;
                x -= weights[i];
                if (x < 0) {
                    return candidates.get(i);
                }
            }
        }
        return candidates.get(last); // rounding can leave x a hair above zero at the end
    }
}
