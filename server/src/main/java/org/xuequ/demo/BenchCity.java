package org.xuequ.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.xuequ.platform.PlatformSettings;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.accounts.Accounts;
import org.xuequ.platform.accounts.Accounts.NewAccount;
import org.xuequ.platform.jobs.SystemTask;

/**
 * The enrollment benchmark's city (issue 5): Haidian (110108) at region scale, i.e. 30 primary
 * school districts, 300 schools with a little fewer seats than children, 3,000 address blocks,
 * single- and multi-school zones, a priority policy, a PRIMARY cycle and 100,000 eligible children
 * with submitted applications, plus a COMMISSION account {@code bench}. Deterministic (fixed seeds).
 * Only under the {@code bench-city} profile; after the administrator bootstrap, so both accounts exist.
 */
@Component
@Profile("bench-city")
@Order(200)
class BenchCity implements ApplicationRunner {

    static final String HAIDIAN = "110108";
    /** The cycle replayed: last spring's grade-1 entry (a fixed year keeps the data the same every time). */
    static final int SCHOOL_YEAR = 2026;

    static final String USER = "bench";
    /** Not "Bench…": the password policy refuses a password that contains the user name. */
    static final String DEFAULT_PASSWORD = "Haidian@2026";

    private static final Logger log = LoggerFactory.getLogger(BenchCity.class);

    private final Accounts accounts;
    private final PlatformSettings settings;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final BenchCityRegistry registry;
    private final BenchCityZoning zoning;
    private final BenchCityFamilies families;
    private final Environment environment;

    BenchCity(
            Accounts accounts,
            PlatformSettings settings,
            TransactionTemplate transactions,
            JdbcTemplate jdbc,
            BenchCityRegistry registry,
            BenchCityZoning zoning,
            BenchCityFamilies families,
            Environment environment) {
        this.accounts = accounts;
        this.settings = settings;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.registry = registry;
        this.zoning = zoning;
        this.families = families;
        this.environment = environment;
    }

    /** A school as the generator plans it; {@code popularity} weighs how often families choose it. */
    record School(long id, int seats, double popularity, double longitude, double latitude) {}

    /** A district, its schools (10) and the address blocks around each school (by school index). */
    record District(
            long id,
            String name,
            String subdistrictCode,
            String place,
            List<School> schools,
            List<List<Block>> blocksBySchool) {}

    record Block(long id, int households, double demand) {}

    /** An attendance zone of the cycle: one school (单校划片) or several (多校划片), and its blocks. */
    record Zone(long id, District district, List<School> schools, List<Block> blocks) {}

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.exists(USER)) {
            log.info("Bench city already loaded; nothing to do");
            return;
        }
        long start = System.nanoTime();
        SystemTask.run(() -> {
            // Separate transactions: each phase reads with plain SQL what the previous one wrote through JPA.
            List<District> districts = timed(
                    "registry (districts, schools, seats, blocks)",
                    () -> transactions.execute(status -> registry.create()));
            BenchCityZoning.Cycle cycle =
                    timed("policy, cycle and zones", () -> transactions.execute(status -> zoning.create(districts)));
            int children =
                    timed("children and applications", () -> transactions.execute(status -> families.create(cycle)));
            timed(
                    "account",
                    () -> transactions.execute(status -> {
                        accounts.create(
                                new NewAccount(USER, "海淀区教委（基准测试）", Role.COMMISSION, password(), HAIDIAN, null, null));
                        settings.markSampleData();
                        return null;
                    }));
            // A bulk load leaves the planner without statistics until autovacuum comes round; a city that
            // registered its children over weeks would have them, so give them now.
            timed("analyze", () -> {
                jdbc.execute("analyze");
                return null;
            });
            log.info(
                    "Bench city: {} districts, {} schools, {} children with applications in cycle {}",
                    districts.size(),
                    districts.stream().mapToInt(d -> d.schools().size()).sum(),
                    children,
                    cycle.id());
        });
        log.info("Bench city setup took {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    private String password() {
        return environment.getProperty("XUEQU_BENCH_PASSWORD", DEFAULT_PASSWORD);
    }

    private static <T> T timed(String phase, java.util.function.Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        log.info("Bench city setup: {} in {} ms", phase, (System.nanoTime() - start) / 1_000_000);
        return result;
    }
}
