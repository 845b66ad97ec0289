package org.xuequ.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.xuequ.demo.BenchCity.Block;
import org.xuequ.demo.BenchCity.District;
import org.xuequ.demo.BenchCity.School;
import org.xuequ.registry.DistrictKind;
import org.xuequ.registry.EntryGrade;
import org.xuequ.registry.Ownership;
import org.xuequ.registry.UnitType;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.districts.SchoolDistricts;
import org.xuequ.registry.regions.Subdistrict;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.registry.units.EducationUnit.UnitDetails;
import org.xuequ.registry.units.EducationUnits;
import org.xuequ.registry.units.UnitLinks;

/**
 * The bench city's registry: one primary district per Haidian subdistrict (西北旺, the largest, gets
 * two), ten schools each with seats for the cycle's year, ten address blocks around each school.
 * Districts, schools and seats go through the registry services (a few hundred rows, and the
 * services keep memberships right); the 3,000 blocks are batch-inserted.
 */
@Component
@Profile("bench-city")
class BenchCityRegistry {

    static final int SCHOOLS_PER_DISTRICT = 10;
    static final int BLOCKS_PER_SCHOOL = 10;
    private static final String SPLIT_SUBDISTRICT = "110108028"; // 西北旺地区
    private static final String[] STREETS = {
        "花园", "枫林", "杏石", "万泉", "稻香", "翠湖", "知春", "学清", "双榆树", "紫竹", "蓝靛厂", "车道沟", "永泰", "育新", "马甸", "北洼", "定慧", "田村",
        "西钓鱼台", "四道口"
    };
    private static final String[] SIDES = {"东", "西", "南", "北", "中", "新"};

    private final SchoolDistricts districts;
    private final EducationUnits units;
    private final UnitLinks links;
    private final JdbcTemplate jdbc;

    BenchCityRegistry(SchoolDistricts districts, EducationUnits units, UnitLinks links, JdbcTemplate jdbc) {
        this.districts = districts;
        this.units = units;
        this.links = links;
        this.jdbc = jdbc;
    }

    List<District> create() {
        Random random = new Random(110108L);
        List<String[]> plan = new ArrayList<>(); // subdistrict code, name prefix
        for (Subdistrict s : districts.subdistrictsOf(BenchCity.HAIDIAN)) {
            String place = s.getName().replace("街道", "").replace("地区", "");
            if (s.getCode().equals(SPLIT_SUBDISTRICT)) {
                plan.add(new String[] {s.getCode(), place + "第一"});
                plan.add(new String[] {s.getCode(), place + "第二"});
            } else {
                plan.add(new String[] {s.getCode(), place});
            }
        }
        List<District> made = new ArrayList<>();
        List<Object[]> blockRows = new ArrayList<>();
        long[] blockIds =
                BenchCityRows.reserveIds(jdbc, "address_block", plan.size() * SCHOOLS_PER_DISTRICT * BLOCKS_PER_SCHOOL);
        int nextBlock = 0;
        for (int d = 0; d < plan.size(); d++) {
            String code = plan.get(d)[0];
            String prefix = plan.get(d)[1];
            SchoolDistrict district =
                    districts.create(BenchCity.HAIDIAN, prefix + "学区", DistrictKind.PRIMARY, List.of(code), code);
            // Districts on a 6 × 5 lattice over Haidian, schools scattered around the district's centre.
            double centreLon = 116.17 + (d % 6) * 0.038 + random.nextDouble() * 0.01;
            double centreLat = 39.90 + (d / 6) * 0.045 + random.nextDouble() * 0.01;
            List<School> schools = new ArrayList<>();
            List<List<Block>> blocks = new ArrayList<>();
            for (int s = 0; s < SCHOOLS_PER_DISTRICT; s++) {
                double lon = centreLon + (random.nextDouble() - 0.5) * 0.03;
                double lat = centreLat + (random.nextDouble() - 0.5) * 0.03;
                School school = school(random, district, prefix, code, s, lon, lat);
                schools.add(school);
                // A key school's zone draws families (学区房): its blocks hold more children than its seats.
                double pull = s == 0 ? 1.35 : 0.8 + random.nextDouble() * 0.4;
                List<Block> around = new ArrayList<>();
                for (int b = 0; b < BLOCKS_PER_SCHOOL; b++) {
                    long id = blockIds[nextBlock++];
                    int households = 80 + random.nextInt(400);
                    int number = s * BLOCKS_PER_SCHOOL + b;
                    blockRows.add(new Object[] {
                        id,
                        BenchCity.HAIDIAN,
                        code,
                        prefix + SIDES[s % SIDES.length] + "社区",
                        prefix + "·" + STREETS[number % STREETS.length] + "里" + (number + 1) + "号院",
                        degrees(lon + (random.nextDouble() - 0.5) * 0.012),
                        degrees(lat + (random.nextDouble() - 0.5) * 0.012),
                        households
                    });
                    around.add(new Block(id, households, households * pull));
                }
                blocks.add(around);
            }
            made.add(new District(district.getId(), district.getName(), code, prefix, schools, blocks));
        }
        BenchCityRows.insert(jdbc, """
                insert into address_block (id, region_code, subdistrict_code, community, name, longitude, latitude,
                    households) values (?, ?, ?, ?, ?, ?, ?, ?)""", blockRows);
        return made;
    }

    /** Seats are whole classes of 40: 5 to 11 classes, about 320 seats a school, 96,000 in the region. */
    private School school(
            Random random,
            SchoolDistrict district,
            String prefix,
            String subdistrict,
            int index,
            double lon,
            double lat) {
        String name;
        UnitType type = UnitType.PRIMARY;
        String grade = null;
        double popularity;
        if (index == 0) {
            name = prefix + "实验小学";
            grade = "区重点";
            popularity = 3.0;
        } else if (index == 1) {
            name = prefix + "实验学校";
            type = UnitType.NINE_YEAR; // 九年一贯: admits into grade 1 as well
            grade = "优质";
            popularity = 1.8;
        } else {
            name = prefix + "第" + SampleNames.chineseNumber(index - 1) + "小学";
            popularity = index == 2 ? 1.8 : 0.7 + random.nextDouble() * 0.6;
        }
        EducationUnit unit = units.create(new UnitDetails(
                name,
                type,
                Ownership.PUBLIC,
                grade,
                "北京市海淀区" + prefix,
                subdistrict,
                district.getId(),
                degrees(lon),
                degrees(lat)));
        int seats = 40 * (5 + random.nextInt(7));
        links.offerSeats(unit.getId(), BenchCity.SCHOOL_YEAR, EntryGrade.PRIMARY_1, seats);
        return new School(unit.getId(), seats, popularity, lon, lat);
    }

    private static BigDecimal degrees(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
    }
}
