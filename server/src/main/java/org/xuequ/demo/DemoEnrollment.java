package org.xuequ.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.xuequ.enrollment.applications.ApplicationOptions;
import org.xuequ.enrollment.applications.Applications;
import org.xuequ.enrollment.children.ChildCategory;
import org.xuequ.enrollment.children.ChildForm;
import org.xuequ.enrollment.children.Children;
import org.xuequ.enrollment.children.HukouType;
import org.xuequ.enrollment.children.SchoolAgeChild;
import org.xuequ.enrollment.cycles.Cycles;
import org.xuequ.enrollment.cycles.EnrollmentCycle;
import org.xuequ.enrollment.cycles.Level;
import org.xuequ.enrollment.cycles.TierCondition;
import org.xuequ.enrollment.runs.AllocationRun;
import org.xuequ.enrollment.runs.Runs;
import org.xuequ.enrollment.zones.ZoneKind;
import org.xuequ.enrollment.zones.Zones;
import org.xuequ.platform.IdNumber;
import org.xuequ.platform.PlatformSettings;
import org.xuequ.platform.jobs.SystemTask;
import org.xuequ.registry.DistrictKind;
import org.xuequ.registry.EntryGrade;
import org.xuequ.registry.RegistryReads;
import org.xuequ.registry.SchoolYear;
import org.xuequ.registry.blocks.AddressBlock;
import org.xuequ.registry.blocks.AddressBlocks;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.districts.SchoolDistricts;
import org.xuequ.registry.units.UnitLinks;

/**
 * A full Xicheng enrollment cycle for next September, ready to draw from the console: the region's
 * priority rules, next year's seats, zones for every primary district (mostly single-school, every
 * fourth block shared by the two nearest schools), about 7,000 children with a realistic mix of
 * 户籍/房产/居住证, their applications, and a draft run. One documented family can sign in.
 */
@Component
@Profile("demo")
@Order(20)
class DemoEnrollment implements ApplicationRunner {

    /** The documented demo family (README): a fictitious child with a valid-format ID number. */
    static final String DEMO_ID_NUMBER_PREFIX = "11010220210315001";

    static final String DEMO_ACCESS_CODE = "XUEQU2027";
    private static final Logger log = LoggerFactory.getLogger(DemoEnrollment.class);
    private static final int CHILDREN_PER_BLOCK = 5;

    private final PlatformSettings settings;
    private final Cycles cycles;
    private final Zones zones;
    private final Children children;
    private final Applications applications;
    private final Runs runs;
    private final RegistryReads registry;
    private final AddressBlocks blocks;
    private final SchoolDistricts districts;
    private final UnitLinks links;
    private final TransactionTemplate transactions;

    DemoEnrollment(
            PlatformSettings settings,
            Cycles cycles,
            Zones zones,
            Children children,
            Applications applications,
            Runs runs,
            RegistryReads registry,
            AddressBlocks blocks,
            SchoolDistricts districts,
            UnitLinks links,
            TransactionTemplate transactions) {
        this.settings = settings;
        this.cycles = cycles;
        this.zones = zones;
        this.children = children;
        this.applications = applications;
        this.runs = runs;
        this.registry = registry;
        this.blocks = blocks;
        this.districts = districts;
        this.links = links;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.holdsSampleData()) {
            return;
        }
        SystemTask.run(() -> {
            if (cycles.list().stream().anyMatch(c -> c.getRegionCode().equals(DemoData.XICHENG))) {
                return;
            }
            transactions.executeWithoutResult(status -> load());
        });
    }

    private void load() {
        Random random = new Random(20271);
        int year = SchoolYear.current() + 1;
        var policy = cycles.createPolicy(
                DemoData.XICHENG,
                "西城区义务教育入学优先顺位（示例）",
                List.of(
                        new Cycles.RuleForm(
                                "户籍与房产一致且在片内",
                                List.of(
                                        TierCondition.HUKOU_IN_ZONE,
                                        TierCondition.PROPERTY_IN_ZONE,
                                        TierCondition.HUKOU_AT_PROPERTY),
                                null),
                        new Cycles.RuleForm("户籍在片内", List.of(TierCondition.HUKOU_IN_ZONE), null),
                        new Cycles.RuleForm("房产在片内满三年", List.of(TierCondition.PROPERTY_IN_ZONE), 3),
                        new Cycles.RuleForm(
                                "持居住证且居住在片内",
                                List.of(TierCondition.RESIDENCE_PERMIT, TierCondition.RESIDENCE_IN_ZONE),
                                null)));
        EnrollmentCycle cycle = cycles.createCycle(
                DemoData.XICHENG,
                year,
                Level.PRIMARY,
                year + "年西城区小学入学（示例）",
                LocalDate.of(year, 5, 31)
                        .atTime(LocalTime.of(18, 0))
                        .atZone(ZoneId.of("Asia/Shanghai"))
                        .toInstant(),
                3,
                policy.getId());

        List<RegistryReads.School> schools = new ArrayList<>();
        for (RegistryReads.School school :
                registry.schools(DemoData.XICHENG, Level.PRIMARY.schoolTypes(), Level.PRIMARY.entryGrade(), year - 1)) {
            if (school.seats() > 0 && school.districtId() != null) {
                links.offerSeats(school.id(), year, EntryGrade.PRIMARY_1, school.seats());
                schools.add(school);
            }
        }
        Map<String, Long> districtOfSubdistrict = new HashMap<>();
        for (SchoolDistrict d : districts
                .search(new SchoolDistricts.Filter(null, DistrictKind.PRIMARY), PageRequest.of(0, 100))
                .getContent()) {
            d.getSubdistrictCodes().forEach(code -> districtOfSubdistrict.put(code, d.getId()));
        }
        List<AddressBlock> allBlocks =
                blocks.search(new AddressBlocks.Filter(null, null), PageRequest.of(0, 10_000)).getContent().stream()
                        .filter(b -> b.getRegionCode().equals(DemoData.XICHENG))
                        .toList();
        Map<Long, List<AddressBlock>> blocksByDistrict = new LinkedHashMap<>();
        allBlocks.forEach(b -> {
            Long district = districtOfSubdistrict.get(b.getSubdistrictCode());
            if (district != null) {
                blocksByDistrict
                        .computeIfAbsent(district, k -> new ArrayList<>())
                        .add(b);
            }
        });
        long started = System.nanoTime();
        int zoneCount = zone(cycle, schools, blocksByDistrict);
        long zoned = System.nanoTime();

        List<ChildForm> forms = children(random, cycle, allBlocks, blocksByDistrict, schools);
        List<SchoolAgeChild> registered = children.registerAll(cycle.getId(), forms);
        children.issueAccessCode(registered.get(0).getId(), DEMO_ACCESS_CODE);
        long registeredAt = System.nanoTime();
        int filed = applications.submitAll(cycle.getId(), (child, options) -> choose(random, options));
        runs.create(cycle.getId(), year + "年小学入学电脑派位", AllocationRun.Mechanism.BOSTON);
        log.info(
                "Sample enrollment: {} zones ({} ms), {} children ({} ms), {} applications ({} ms), one draft run",
                zoneCount,
                (zoned - started) / 1_000_000,
                registered.size(),
                (registeredAt - zoned) / 1_000_000,
                filed,
                (System.nanoTime() - registeredAt) / 1_000_000);
    }

    /** Each block goes to its nearest school; every fourth block is shared by the two nearest (多校划片). */
    private int zone(
            EnrollmentCycle cycle, List<RegistryReads.School> schools, Map<Long, List<AddressBlock>> byDistrict) {
        int count = 0;
        for (Map.Entry<Long, List<AddressBlock>> entry : byDistrict.entrySet()) {
            List<RegistryReads.School> local = schools.stream()
                    .filter(s -> s.districtId().equals(entry.getKey()))
                    .toList();
            if (local.isEmpty()) {
                continue;
            }
            Map<Set<Long>, Set<Long>> blocksBySchools = new LinkedHashMap<>();
            int i = 0;
            for (AddressBlock block : entry.getValue()) {
                List<RegistryReads.School> nearest = byDistance(local, block);
                Set<Long> key = new TreeSet<>();
                key.add(nearest.get(0).id());
                if (i++ % 4 == 0 && nearest.size() > 1) {
                    key.add(nearest.get(1).id());
                }
                blocksBySchools.computeIfAbsent(key, k -> new HashSet<>()).add(block.getId());
            }
            for (Map.Entry<Set<Long>, Set<Long>> zone : blocksBySchools.entrySet()) {
                List<String> names = local.stream()
                        .filter(s -> zone.getKey().contains(s.id()))
                        .map(RegistryReads.School::name)
                        .sorted()
                        .toList();
                boolean multi = zone.getKey().size() > 1;
                zones.create(
                        cycle.getId(),
                        new Zones.ZoneForm(
                                multi ? String.join("·", names) + "多校划片" : names.get(0) + "片区",
                                multi ? ZoneKind.MULTI : ZoneKind.SINGLE,
                                entry.getKey(),
                                zone.getKey(),
                                zone.getValue()));
                count++;
            }
        }
        return count;
    }

    private List<ChildForm> children(
            Random random,
            EnrollmentCycle cycle,
            List<AddressBlock> allBlocks,
            Map<Long, List<AddressBlock>> byDistrict,
            List<RegistryReads.School> schools) {
        SampleNames names = new SampleNames(random);
        LocalDate cutoff = cycle.getBirthDateCutoff();
        Set<String> idNumbers = new HashSet<>();
        List<ChildForm> forms = new ArrayList<>();
        AddressBlock first = byDistrict.values().iterator().next().get(0);
        LocalDate demoBirth = LocalDate.of(2021, 3, 15);
        String demoId = DEMO_ID_NUMBER_PREFIX + IdNumber.checkCharacter(DEMO_ID_NUMBER_PREFIX);
        idNumbers.add(demoId);
        forms.add(new ChildForm(
                "王小明（示例）",
                demoId,
                demoBirth,
                HukouType.LOCAL,
                first.getId(),
                "西城区示例路1号",
                first.getId(),
                true,
                first.getId(),
                LocalDate.of(2016, 6, 1),
                null,
                EnumSet.noneOf(ChildCategory.class),
                null,
                null));
        for (List<AddressBlock> blocksOfDistrict : byDistrict.values()) {
            for (AddressBlock block : blocksOfDistrict) {
                for (int k = 0; k < CHILDREN_PER_BLOCK; k++) {
                    // 1 in 20 is born after the cut-off: registered, but not yet of age.
                    LocalDate birth = random.nextInt(20) == 0
                            ? cutoff.plusDays(1 + random.nextInt(200))
                            : cutoff.minusDays(random.nextInt(365));
                    String id = idNumber(random, birth, idNumbers);
                    AddressBlock elsewhere = blocksOfDistrict.get(random.nextInt(blocksOfDistrict.size()));
                    forms.add(child(random, names.person(), id, birth, block, elsewhere, schools));
                }
            }
        }
        return forms;
    }

    /** The mix: half 户籍+房产 at home, then 户籍 only, 房产 only, 居住证, and some with none of these. */
    private static ChildForm child(
            Random random,
            String name,
            String id,
            LocalDate birth,
            AddressBlock home,
            AddressBlock elsewhere,
            List<RegistryReads.School> schools) {
        int kind = random.nextInt(100);
        Set<ChildCategory> categories = EnumSet.noneOf(ChildCategory.class);
        Long sibling = null;
        if (random.nextInt(20) == 0) {
            categories.add(ChildCategory.SIBLING);
            sibling = byDistance(schools, home).get(0).id();
        }
        LocalDate since = LocalDate.of(2010 + random.nextInt(15), 1 + random.nextInt(12), 1);
        if (kind < 50) {
            return new ChildForm(
                    name,
                    id,
                    birth,
                    HukouType.LOCAL,
                    home.getId(),
                    null,
                    home.getId(),
                    true,
                    home.getId(),
                    since,
                    null,
                    categories,
                    sibling,
                    null);
        }
        if (kind < 65) {
            return new ChildForm(
                    name,
                    id,
                    birth,
                    HukouType.LOCAL,
                    home.getId(),
                    null,
                    elsewhere.getId(),
                    false,
                    null,
                    null,
                    null,
                    categories,
                    sibling,
                    null);
        }
        if (kind < 75) {
            return new ChildForm(
                    name,
                    id,
                    birth,
                    HukouType.BEIJING,
                    null,
                    null,
                    home.getId(),
                    true,
                    home.getId(),
                    since,
                    since,
                    categories,
                    sibling,
                    null);
        }
        categories.add(ChildCategory.MIGRANT_WITH_PERMIT);
        if (kind >= 90) {
            categories.remove(ChildCategory.MIGRANT_WITH_PERMIT);
        }
        return new ChildForm(
                name,
                id,
                birth,
                HukouType.NON_BEIJING,
                null,
                null,
                home.getId(),
                false,
                null,
                null,
                since,
                categories,
                sibling,
                null);
    }

    /** Most families rank their zone's schools, nearest-first or by reputation; some add one more school. */
    private static List<Long> choose(Random random, ApplicationOptions.Options options) {
        if (random.nextInt(100) < 8) {
            return List.of();
        }
        List<Long> inZone = new ArrayList<>(options.schools().stream()
                .filter(ApplicationOptions.SchoolOption::inZone)
                .map(ApplicationOptions.SchoolOption::unitId)
                .toList());
        List<Long> others = new ArrayList<>(options.schools().stream()
                .filter(o -> !o.inZone())
                .map(ApplicationOptions.SchoolOption::unitId)
                .toList());
        Collections.shuffle(inZone, random);
        List<Long> choices = new ArrayList<>(inZone);
        if (!others.isEmpty() && random.nextInt(100) < 35) {
            choices.add(0, others.get(random.nextInt(others.size())));
        }
        if (!others.isEmpty() && random.nextInt(100) < 30) {
            Long extra = others.get(random.nextInt(others.size()));
            if (!choices.contains(extra)) {
                choices.add(extra);
            }
        }
        return choices.subList(0, Math.min(choices.size(), options.maxChoices()));
    }

    private static String idNumber(Random random, LocalDate birth, Set<String> taken) {
        while (true) {
            String first17 = "110102" + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
            String id = first17 + IdNumber.checkCharacter(first17);
            if (taken.add(id)) {
                return id;
            }
        }
    }

    private static List<RegistryReads.School> byDistance(List<RegistryReads.School> schools, AddressBlock block) {
        double lng = number(block.getLongitude());
        double lat = number(block.getLatitude());
        return schools.stream()
                .sorted(Comparator.comparingDouble((RegistryReads.School s) ->
                                Math.pow((s.longitude() - lng) * Math.cos(Math.toRadians(lat)), 2)
                                        + Math.pow(s.latitude() - lat, 2))
                        .thenComparingLong(RegistryReads.School::id))
                .toList();
    }

    private static double number(BigDecimal value) {
        return value == null ? 0 : value.doubleValue();
    }
}
