package org.xuequ.demo;

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
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.xuequ.platform.PlatformSettings;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.accounts.Accounts;
import org.xuequ.platform.accounts.Accounts.NewAccount;
import org.xuequ.platform.excel.ReferenceCsv;
import org.xuequ.platform.jobs.SystemTask;
import org.xuequ.registry.DistrictKind;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.districts.SchoolDistricts;
import org.xuequ.registry.units.EducationUnit;

/**
 * Fills an empty database with Xicheng (110102): its 11 primary school districts (published names,
 * shared/data/xicheng-districts.csv), six preschool districts, and synthetic but plausible units,
 * councils, offices, positions, partner institutions and one demo user per role. Runs once; the
 * same every time (fixed random seed).
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
    private final DemoDistrictBuilder builder;
    private final TransactionTemplate transactions;
    private final DemoAddressBlocks addressBlocks;

    DemoData(
            PlatformSettings settings,
            Accounts accounts,
            SchoolDistricts districts,
            DemoDistrictBuilder builder,
            TransactionTemplate transactions,
            DemoAddressBlocks addressBlocks) {
        this.addressBlocks = addressBlocks;
        this.settings = settings;
        this.accounts = accounts;
        this.districts = districts;
        this.builder = builder;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (settings.holdsSampleData() || accounts.exists("admin")) {
            return;
        }
        SystemTask.run(() -> transactions.executeWithoutResult(status -> load()));
    }

    private void load() {
        Random random = new Random(20180116L); // the date of the Xicheng plan, seed 000
        DemoDistrictBuilder.Context context = builder.context(random);
        List<SchoolDistrict> primary = new ArrayList<>();
        for (String[] row : ReferenceCsv.read("demo/xicheng-districts.csv")) {
            List<String> subdistricts = Arrays.asList(row[2].split("\\|"));
            primary.add(districts.create(XICHENG, row[0], DistrictKind.valueOf(row[1]), subdistricts, row[3]));
        }
        List<EducationUnit> schools = new ArrayList<>();
        for (int i = 0; i < primary.size(); i++) {
            // 60 primary and 30 junior schools: 5 or 6, and 2 or 3, per district.
            schools.addAll(builder.primaryDistrict(
                    context,
                    primary.get(i),
                    i < 5 ? 6 : 5,
                    i < 8 ? 3 : 2,
                    i != 6 /* 什刹海学区's council still lacks a parent representative */));
        }
        List<SchoolDistrict> preschool = new ArrayList<>();
        String[][] preschoolAreas = {
            {"110102001", "110102011"}, {"110102003", "110102012", "110102010"}, {"110102007", "110102009"},
            {"110102013", "110102015", "110102014"}, {"110102016", "110102019"}, {"110102017", "110102018", "110102020"}
        };
        for (int i = 0; i < preschoolAreas.length; i++) {
            // 80 kindergartens; the sixth district has no trainer yet, so its compliance report shows it.
            preschool.add(builder.preschoolDistrict(
                    context, i + 1, Arrays.asList(preschoolAreas[i]), i < 2 ? 14 : 13, i != 5));
        }
        builder.institutions(context, primary, 40);
        builder.groupsAndAlliances(context, schools);
        builder.previousYear(context);
        int blocks = addressBlocks.create(context, 94); // 15 subdistricts × 94 ≈ 1,400 blocks

        SchoolDistrict changan = primary.get(0);
        EducationUnit firstSchool = schools.get(0);
        accounts.create(new NewAccount("admin", "系统管理员", Role.ADMIN, PASSWORD, null, null, null));
        accounts.create(new NewAccount("xicheng", "西城区教委", Role.COMMISSION, PASSWORD, XICHENG, null, null));
        accounts.create(new NewAccount(
                "changan", "长安街学区办公室", Role.DISTRICT_OFFICE, PASSWORD, XICHENG, Set.of(changan.getId()), null));
        accounts.create(new NewAccount(
                "xueqian1",
                preschool.get(0).getName() + "办公室",
                Role.DISTRICT_OFFICE,
                PASSWORD,
                XICHENG,
                Set.of(preschool.get(0).getId()),
                null));
        accounts.create(new NewAccount(
                "school", firstSchool.getName(), Role.UNIT, PASSWORD, XICHENG, null, firstSchool.getId()));
        accounts.create(new NewAccount("inspector", "西城区督学", Role.INSPECTOR, PASSWORD, XICHENG, null, null));
        accounts.create(
                new NewAccount("museum", "社会机构用户", Role.INSTITUTION, PASSWORD, XICHENG, Set.of(changan.getId()), null));
        settings.markSampleData();
        log.info(
                "Sample data loaded: {} primary and {} preschool districts, {} units, {} address blocks",
                primary.size(),
                preschool.size(),
                context.unitCount(),
                blocks);
    }
}
