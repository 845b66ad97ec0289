package org.xuequ.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.xuequ.demo.BenchCity.Block;
import org.xuequ.demo.BenchCity.District;
import org.xuequ.demo.BenchCity.School;
import org.xuequ.demo.BenchCity.Zone;

/**
 * 100,000 school-age children of the bench city, all of age, spread over the districts in proportion
 * to their seats and over the blocks by households (more around key schools), with a tier mix close
 * to an inner Beijing region's: half 户籍+房产, a fifth 随迁子女 with a residence permit, the rest
 * 户籍 only, 房产 only or neither; a few with siblings at a zone school or in a policy category.
 * Written with batch inserts into {@code school_age_child} exactly as the entity maps it; the
 * applications follow in {@link BenchCityApplications}.
 */
@Component
@Profile("bench-city")
class BenchCityFamilies {

    static final int CHILDREN = 100_000;
    private static final Logger log = LoggerFactory.getLogger(BenchCityFamilies.class);
    private static final String[] BEIJING_REGIONS = {"110101", "110102", "110105", "110106", "110107", "110111"};
    private static final String[][] PROVINCES = {
        {"130102", "河北省石家庄市"},
        {"410105", "河南省郑州市"},
        {"370102", "山东省济南市"},
        {"140105", "山西省太原市"},
        {"210102", "辽宁省沈阳市"},
        {"420102", "湖北省武汉市"},
        {"340102", "安徽省合肥市"},
        {"510104", "四川省成都市"}
    };
    private static final String[] POLICY = {"MILITARY", "TALENT", "TALENT", "DISABILITY", "MARTYR"};

    private final JdbcTemplate jdbc;
    private final BenchCityApplications applications;

    BenchCityFamilies(JdbcTemplate jdbc, BenchCityApplications applications) {
        this.jdbc = jdbc;
        this.applications = applications;
    }

    /** A registered child as the applications need them: where they are zoned, and an older sibling's school. */
    record Child(long id, District district, Zone zone, School siblingSchool) {}

    int create(BenchCityZoning.Cycle cycle) {
        Random random = new Random(20260531L);
        SampleNames names = new SampleNames(random);
        Map<Long, Zone> zoneOfBlock = new HashMap<>();
        cycle.zones().forEach(z -> z.blocks().forEach(b -> zoneOfBlock.put(b.id(), z)));
        int[] perDistrict = perDistrict(cycle.districts());
        long[] ids = BenchCityRows.reserveIds(jdbc, "school_age_child", CHILDREN);
        int[] perBirthDate = new int[366];
        LocalDate firstBirthDate = LocalDate.of(BenchCity.SCHOOL_YEAR - 7, 9, 1); // of age: 6 by 31 August
        List<Object[]> rows = new ArrayList<>(CHILDREN);
        List<Child> children = new ArrayList<>(CHILDREN);
        int next = 0;
        for (int d = 0; d < perDistrict.length; d++) {
            District district = cycle.districts().get(d);
            List<Block> blocks =
                    district.blocksBySchool().stream().flatMap(List::stream).toList();
            double[] cumulative = new double[blocks.size()];
            double sum = 0;
            for (int b = 0; b < blocks.size(); b++) {
                sum += blocks.get(b).demand();
                cumulative[b] = sum;
            }
            for (int i = 0; i < perDistrict[d]; i++) {
                int at = java.util.Arrays.binarySearch(cumulative, random.nextDouble() * sum);
                Block home = blocks.get(at < 0 ? Math.min(-at - 1, blocks.size() - 1) : at);
                Zone zone = zoneOfBlock.get(home.id());
                int day = random.nextInt(365);
                LocalDate birth = firstBirthDate.plusDays(day);
                long id = ids[next++];
                boolean sibling = random.nextDouble() < 0.04;
                School siblingSchool = sibling
                        ? zone.schools().get(random.nextInt(zone.schools().size()))
                        : null;
                String policy = random.nextDouble() < 0.015 ? POLICY[random.nextInt(POLICY.length)] : null;
                rows.add(row(
                        random,
                        names,
                        id,
                        cycle.id(),
                        district,
                        home,
                        birth,
                        perBirthDate[day]++,
                        siblingSchool,
                        policy));
                children.add(new Child(id, district, zone, siblingSchool));
            }
        }
        BenchCityRows.insert(jdbc, """
                insert into school_age_child (id, version, region_code, cycle_id, name, id_number, birth_date, gender,
                    hukou_type, hukou_block_id, hukou_address, residence_block_id, property_owned, property_block_id,
                    property_since, residence_since, categories, sibling_unit_id, primary_unit_id, district_id,
                    access_code_hash)
                values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?, null)""", rows);
        log.info(
                "Bench city: {} children in {} districts ({} seats)",
                rows.size(),
                perDistrict.length,
                cycle.districts().stream()
                        .flatMap(x -> x.schools().stream())
                        .mapToInt(School::seats)
                        .sum());
        return applications.create(cycle, children, random);
    }

    /** Children per district in proportion to its seats (largest remainders), 100,000 in all. */
    private static int[] perDistrict(List<District> districts) {
        double total = districts.stream()
                .flatMap(d -> d.schools().stream())
                .mapToInt(School::seats)
                .sum();
        int[] out = new int[districts.size()];
        int given = 0;
        for (int d = 0; d < out.length; d++) {
            out[d] = (int) (CHILDREN
                    * districts.get(d).schools().stream()
                            .mapToInt(School::seats)
                            .sum()
                    / total);
            given += out[d];
        }
        for (int d = 0; given < CHILDREN; d = (d + 1) % out.length, given++) {
            out[d]++;
        }
        return out;
    }

    /** One child's row; the kind of family decides hukou, property and residence (and so the tier). */
    private static Object[] row(
            Random random,
            SampleNames names,
            long id,
            long cycleId,
            District district,
            Block home,
            LocalDate birth,
            int sequence,
            School siblingSchool,
            String policy) {
        LocalDate reference = LocalDate.of(BenchCity.SCHOOL_YEAR, 9, 1);
        double kind = random.nextDouble();
        String hukouType;
        String idRegion;
        String hukouAddress = null;
        Long hukouBlock = null;
        boolean owned = false;
        LocalDate propertySince = null;
        LocalDate residenceSince;
        List<String> categories = new ArrayList<>();
        if (kind < 0.62) { // 本区户籍 in the home block: owners (户籍+房产) or living with family
            hukouType = "LOCAL";
            idRegion = BenchCity.HAIDIAN;
            hukouBlock = home.id();
            owned = kind < 0.50;
            propertySince = owned ? reference.minusDays(365L + random.nextInt(14 * 365)) : null;
            residenceSince = owned ? propertySince : reference.minusDays(365L + random.nextInt(6 * 365));
        } else if (kind < 0.72) { // 京籍外区 owners: 房产在片内, not all of them three years yet
            hukouType = "BEIJING";
            idRegion = BEIJING_REGIONS[random.nextInt(BEIJING_REGIONS.length)];
            hukouAddress = "北京市";
            owned = true;
            propertySince = reference.minusDays(random.nextInt(10 * 365));
            residenceSince = propertySince;
        } else { // 非京籍 renters, most with a residence permit (随迁子女)
            String[] province = PROVINCES[random.nextInt(PROVINCES.length)];
            hukouType = "NON_BEIJING";
            idRegion = province[0];
            hukouAddress = province[1];
            residenceSince = reference.minusDays(180L + random.nextInt(8 * 365));
            if (kind < 0.94) {
                categories.add("MIGRANT_WITH_PERMIT");
            }
        }
        if (siblingSchool != null) {
            categories.add("SIBLING");
        }
        if (policy != null) {
            categories.add(policy);
        }
        categories.sort(null); // stored sorted, as SchoolAgeChild.record writes them
        String first17 = idRegion + birth.toString().replace("-", "") + String.format("%03d", sequence);
        String idNumber = first17 + BenchCityIdNumbers.checkCharacter(first17);
        char gender = (first17.charAt(16) - '0') % 2 == 1 ? 'M' : 'F';
        return new Object[] {
            id,
            BenchCity.HAIDIAN,
            cycleId,
            names.person(),
            idNumber,
            birth,
            String.valueOf(gender),
            hukouType,
            hukouBlock,
            hukouAddress,
            home.id(),
            owned,
            owned ? home.id() : null,
            propertySince,
            residenceSince,
            String.join(",", categories),
            siblingSchool == null ? null : siblingSchool.id(),
            district.id()
        };
    }
}
