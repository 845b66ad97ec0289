package org.xuequ.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.xuequ.demo.BenchCity.Block;
import org.xuequ.demo.BenchCity.District;
import org.xuequ.demo.BenchCity.School;
import org.xuequ.demo.BenchCity.Zone;
import org.xuequ.enrollment.cycles.Cycles;
import org.xuequ.enrollment.cycles.Cycles.RuleForm;
import org.xuequ.enrollment.cycles.EnrollmentCycle;
import org.xuequ.enrollment.cycles.Level;
import org.xuequ.enrollment.cycles.PriorityPolicy;
import org.xuequ.enrollment.cycles.TierCondition;

/**
 * The bench city's policy, cycle and attendance zones. Each school's own blocks form its zone,
 * except in the multi-school zones (多校划片) that pool the blocks of two or three schools: per
 * district five or six single-school zones and two multi-school ones, 240 zones in all.
 */
@Component
@Profile("bench-city")
class BenchCityZoning {

    private static final int SCHOOLS = BenchCityRegistry.SCHOOLS_PER_DISTRICT;

    private final Cycles cycles;
    private final JdbcTemplate jdbc;

    BenchCityZoning(Cycles cycles, JdbcTemplate jdbc) {
        this.cycles = cycles;
        this.jdbc = jdbc;
    }

    record Cycle(long id, List<District> districts, List<Zone> zones) {}

    Cycle create(List<District> districts) {
        PriorityPolicy policy = cycles.createPolicy(
                BenchCity.HAIDIAN,
                "海淀区小学入学优先顺位（基准测试）",
                List.of(
                        new RuleForm("政策性照顾", List.of(TierCondition.POLICY_CATEGORY), null),
                        new RuleForm(
                                "户籍与房产一致且在片内",
                                List.of(
                                        TierCondition.HUKOU_IN_ZONE,
                                        TierCondition.PROPERTY_IN_ZONE,
                                        TierCondition.HUKOU_AT_PROPERTY),
                                null),
                        new RuleForm("兄姐在该校就读", List.of(TierCondition.SIBLING_AT_SCHOOL), null),
                        new RuleForm("户籍在片内", List.of(TierCondition.HUKOU_IN_ZONE), null),
                        new RuleForm("房产在片内满三年", List.of(TierCondition.PROPERTY_IN_ZONE), 3),
                        new RuleForm(
                                "持居住证且居住在片内",
                                List.of(TierCondition.RESIDENCE_PERMIT, TierCondition.RESIDENCE_IN_ZONE),
                                null)));
        EnrollmentCycle cycle = cycles.createCycle(
                BenchCity.HAIDIAN,
                BenchCity.SCHOOL_YEAR,
                Level.PRIMARY,
                BenchCity.SCHOOL_YEAR + "年海淀区小学入学（基准测试）",
                Instant.parse(BenchCity.SCHOOL_YEAR + "-05-31T10:00:00Z"),
                3,
                policy.getId());
        List<Zone> zones = new ArrayList<>();
        for (int d = 0; d < districts.size(); d++) {
            District district = districts.get(d);
            // Every third district pools three schools in its first multi-school zone, the others two.
            int singles = d % 3 == 0 ? 5 : 6;
            List<int[]> groups = new ArrayList<>();
            for (int s = 0; s < singles; s++) {
                groups.add(new int[] {s});
            }
            int split = singles + (SCHOOLS - singles + 1) / 2;
            groups.add(range(singles, split));
            groups.add(range(split, SCHOOLS));
            for (int g = 0; g < groups.size(); g++) {
                int[] group = groups.get(g);
                List<School> schools = new ArrayList<>();
                List<Block> blocks = new ArrayList<>();
                for (int s : group) {
                    schools.add(district.schools().get(s));
                    blocks.addAll(district.blocksBySchool().get(s));
                }
                zones.add(insert(
                        cycle.getId(),
                        district,
                        district.name() + "第" + SampleNames.chineseNumber(g + 1) + "片",
                        schools,
                        blocks));
            }
        }
        return new Cycle(cycle.getId(), districts, zones);
    }

    private static int[] range(int from, int to) {
        int[] out = new int[to - from];
        for (int i = 0; i < out.length; i++) {
            out[i] = from + i;
        }
        return out;
    }

    private Zone insert(long cycleId, District district, String name, List<School> schools, List<Block> blocks) {
        Long id = jdbc.queryForObject(
                """
                        insert into attendance_zone (region_code, cycle_id, district_id, name, kind)
                        values (?, ?, ?, ?, ?) returning id""",
                Long.class,
                BenchCity.HAIDIAN,
                cycleId,
                district.id(),
                name,
                schools.size() == 1 ? "SINGLE" : "MULTI");
        BenchCityRows.insert(
                jdbc,
                "insert into attendance_zone_school (zone_id, unit_id) values (?, ?)",
                schools.stream().map(s -> new Object[] {id, s.id()}).toList());
        BenchCityRows.insert(
                jdbc,
                "insert into attendance_zone_block (zone_id, cycle_id, block_id) values (?, ?, ?)",
                blocks.stream().map(b -> new Object[] {id, cycleId, b.id()}).toList());
        return new Zone(id, district, schools, blocks);
    }
}
