package org.xuequ.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.xuequ.platform.Accounts;
import org.xuequ.platform.Accounts.NewAccount;
import org.xuequ.platform.PlatformSettings;
import org.xuequ.platform.Role;
import org.xuequ.platform.SystemTask;
import org.xuequ.registry.DistrictKind;
import org.xuequ.registry.EducationUnit;
import org.xuequ.registry.EducationUnit.UnitDetails;
import org.xuequ.registry.EducationUnits;
import org.xuequ.registry.Ownership;
import org.xuequ.registry.SchoolDistrict;
import org.xuequ.registry.SchoolDistricts;
import org.xuequ.registry.UnitType;

/**
 * Fills an empty database with Xicheng (110102): its 11 primary school districts (published
 * names, shared/data/xicheng-districts.csv), a few synthetic units in each, and one demo user
 * per role. Runs once; the same every time (fixed random seed).
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "Xuequ@2026";
    static final String XICHENG = "110102";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final PlatformSettings settings;
    private final Accounts accounts;
    private final SchoolDistricts districts;
    private final EducationUnits units;
    private final TransactionTemplate transactions;

    DemoData(PlatformSettings settings, Accounts accounts, SchoolDistricts districts, EducationUnits units,
             TransactionTemplate transactions) {
        this.transactions = transactions;
        this.settings = settings;
        this.accounts = accounts;
        this.districts = districts;
        this.units = units;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (settings.holdsSampleData() || accounts.exists("admin")) {
            return;
        }
        SystemTask.run(() -> transactions.executeWithoutResult(status -> load()));
    }

    private void load() {
        Random random = new Random(20180901L);
        List<SchoolDistrict> created = new ArrayList<>();
        for (String[] row : csv("demo/xicheng-districts.csv")) {
            List<String> subdistricts = Arrays.asList(row[2].split("\\|"));
            created.add(districts.create(XICHENG, row[0], DistrictKind.valueOf(row[1]), subdistricts, row[3]));
        }
        List<EducationUnit> schools = new ArrayList<>();
        for (SchoolDistrict district : created) {
            schools.addAll(unitsOf(district, random));
        }
        SchoolDistrict changan = created.get(0);
        EducationUnit firstSchool = schools.get(0);
        accounts.create(new NewAccount("admin", "系统管理员", Role.ADMIN, PASSWORD, null, null, null));
        accounts.create(new NewAccount("xicheng", "西城区教委", Role.COMMISSION, PASSWORD, XICHENG, null, null));
        accounts.create(new NewAccount("changan", "长安街学区办公室", Role.DISTRICT_OFFICE, PASSWORD, XICHENG,
                Set.of(changan.getId()), null));
        accounts.create(new NewAccount("school", firstSchool.getName(), Role.UNIT, PASSWORD, XICHENG, null,
                firstSchool.getId()));
        accounts.create(new NewAccount("inspector", "西城区督学", Role.INSPECTOR, PASSWORD, XICHENG, null, null));
        accounts.create(new NewAccount("museum", "首都博物馆（社会机构）", Role.INSTITUTION, PASSWORD, XICHENG,
                Set.of(changan.getId()), null));
        settings.markSampleData();
        log.info("Sample data loaded: {} districts, {} units, demo users with password {}", created.size(),
                schools.size(), PASSWORD);
    }

    /** A primary school or two, a kindergarten and a junior school per district, around its office. */
    private List<EducationUnit> unitsOf(SchoolDistrict district, Random random) {
        String place = district.getName().replace("学区", "").split("-")[0];
        String subdistrict = district.getOfficeSubdistrictCode();
        List<EducationUnit> made = new ArrayList<>();
        String[][] kinds = {
                {place + "第一小学", "PRIMARY", "PUBLIC", "区重点"},
                {place + "第二小学", "PRIMARY", "PUBLIC", null},
                {place + "中学", "JUNIOR", "PUBLIC", null},
                {place + "幼儿园", "KINDERGARTEN", "PUBLIC", "示范园"},
        };
        for (String[] kind : kinds) {
            BigDecimal longitude = coordinate(116.30, 116.40, random, 6);
            BigDecimal latitude = coordinate(39.86, 39.95, random, 6);
            made.add(units.create(new UnitDetails(kind[0], UnitType.valueOf(kind[1]), Ownership.valueOf(kind[2]),
                    kind[3], "北京市西城区" + place, subdistrict, district.getId(), longitude, latitude)));
        }
        return made;
    }

    private static BigDecimal coordinate(double from, double to, Random random, int scale) {
        return BigDecimal.valueOf(from + random.nextDouble() * (to - from)).setScale(scale, RoundingMode.HALF_UP);
    }

    private static List<String[]> csv(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(","));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
