package org.xuequ.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xuequ.platform.jobs.SystemTask;

/**
 * Three school years of conditions (办学条件) for Xicheng's primary, junior and combined schools:
 * plausible and varied, with some schools below the 2017 minimums and sports ground area the one
 * indicator whose coefficient of variation fails (Xicheng's old courtyard schools are cramped, a
 * few newer ones spacious), narrowing year by year as the cramped ones gain space. Deterministic.
 * Under the {@code bench-city} profile the same for the bench city's 300 Haidian schools (after the city
 * is built), for the balance dashboard's benchmark.
 */
@Component
@Profile({"demo", "bench-city"})
@Order(210)
class DemoConditions implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoConditions.class);
    private static final int[] YEARS = {2024, 2025, 2026};

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final String region;

    DemoConditions(JdbcClient jdbc, JdbcTemplate batch, org.springframework.core.env.Environment environment) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.region = environment.matchesProfiles("bench-city") ? BenchCity.HAIDIAN : DemoData.XICHENG;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from evaluation_conditions")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        SystemTask.run(this::load);
    }

    private record School(long id, String type) {}

    private void load() {
        Random random = new Random(20170424L); // the date of the 2017 method
        List<School> schools = jdbc.sql("""
                        select id, type from education_unit
                        where region_code = :region and type in ('PRIMARY', 'JUNIOR', 'NINE_YEAR', 'TWELVE_YEAR')
                        order by id""")
                .param("region", region)
                .query((rs, i) -> new School(rs.getLong("id"), rs.getString("type")))
                .list();
        List<Object[]> rows = new ArrayList<>();
        for (School school : schools) {
            Profile profile = new Profile(school, random);
            for (int y = 0; y < YEARS.length; y++) {
                rows.add(profile.year(region, YEARS[y], y, random));
            }
        }
        batch.batchUpdate("""
                insert into evaluation_conditions (region_code, unit_id, school_year, primary_pupils, junior_pupils,
                    senior_pupils, classes, teachers, qualified_teachers, senior_title_teachers, backbone_teachers,
                    pe_art_teachers, teaching_area_m2, sports_area_m2, equipment_yuan, multimedia_rooms, books,
                    computers, updated_at, updated_by)
                values (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), 'demo')""", rows);
        log.info("Sample conditions: {} schools × {} school years in {}", schools.size(), YEARS.length, region);
    }

    /** A school's lasting character: its size and how well provided it is, per pupil. */
    private static final class Profile {
        final School school;
        final int primary;
        final int junior;
        final double qualified;
        final double backbone;
        final double peArt;
        final double rooms;
        final double teachingArea;
        final double sportsArea;
        final double equipment;

        Profile(School school, Random random) {
            this.school = school;
            boolean hasPrimary = !school.type().equals("JUNIOR");
            boolean hasJunior = !school.type().equals("PRIMARY");
            this.primary = hasPrimary ? 350 + random.nextInt(1450) : 0;
            this.junior = hasJunior ? 300 + random.nextInt(900) : 0;
            boolean juniorOnly = !hasPrimary;
            // Per 100 pupils; a tail of schools falls below the minimums (4.2 / 5.3, 1, 0.9, 2.3 / 2.4).
            this.qualified = normal(random, juniorOnly ? 7.0 : 6.0, 1.0, 3.5);
            this.backbone = Math.exp(Math.log(1.6) + 0.32 * random.nextGaussian());
            this.peArt = normal(random, 1.2, 0.2, 0.6);
            this.rooms = normal(random, juniorOnly ? 3.3 : 3.1, 0.45, 1.8);
            // Per pupil; sports area is the wide one (median 10 m², a few courtyards under 3 m²).
            this.teachingArea = normal(random, juniorOnly ? 7.0 : 6.0, 1.1, 3.6);
            this.sportsArea = Math.exp(Math.log(juniorOnly ? 12.5 : 10) + 0.52 * random.nextGaussian());
            this.equipment = normal(random, juniorOnly ? 4200 : 3500, 700, 1500);
        }

        Object[] year(String region, int year, int index, Random random) {
            double drift = 1 + 0.03 * random.nextGaussian();
            int p = (int) Math.round(primary * drift);
            int j = (int) Math.round(junior * drift);
            int pupils = p + j;
            // Cramped schools gain sports space each year (rooftop courts, shared grounds): the CV narrows.
            double sports = sportsArea < 7.5 ? sportsArea * Math.pow(1.08, index) : sportsArea;
            int teachers = (int) Math.round(pupils / 13.0);
            return new Object[] {
                region,
                school.id(),
                year,
                p,
                j,
                Math.max(1, pupils / 38),
                teachers,
                count(pupils * qualified / 100),
                count(teachers * 0.55),
                count(pupils * backbone * (1 + 0.05 * index) / 100),
                count(pupils * peArt / 100),
                money(pupils * teachingArea),
                money(pupils * sports),
                money(pupils * equipment * (1 + 0.04 * index)),
                count(pupils * rooms / 100),
                pupils * 35,
                count(pupils * 0.2)
            };
        }

        private static double normal(Random random, double mean, double sd, double floor) {
            return Math.max(floor, mean + sd * random.nextGaussian());
        }

        private static int count(double value) {
            return (int) Math.round(value);
        }

        private static java.math.BigDecimal money(double value) {
            return java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP);
        }
    }
}
