package org.xuequ.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
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
import org.xuequ.registry.DistrictKind;
import org.xuequ.registry.EntryGrade;
import org.xuequ.registry.RegistryReads;
import org.xuequ.registry.regions.CensusCohorts;

/**
 * Planning sample data. Real figures from the seeds: Xicheng's 13th five-year plan (seed 002) — annex 1's
 * quantified indicators (targets for 2020, no baselines published) and annex 2's 17 key projects by subdistrict
 * (the annex gives no seats, budgets or dates: those stay empty) — and Mentougou's 13th five-year targets (seed
 * 004). Sample parts, marked as such: a few actual values so the traffic lights show, a platform-computed
 * indicator (entry seats per district, from the registry), and eight school years (2019–2026) of pupils by grade
 * for each of Xicheng's primary districts so the outlook's backtest has a history: grade 1 follows the census
 * cohort the outlook itself uses (× district share × 0.9 public share) with noise, later grades progress with
 * ratios near 1. Deterministic and idempotent.
 */
@Component
@Profile("demo")
@Order(50)
class DemoPlanning implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPlanning.class);
    private static final String MENTOUGOU = "110109";
    private static final String SAMPLE = "示例值 sample value, not from the seed";
    private static final int FIRST_YEAR = 2019;
    private static final int LAST_YEAR = 2026;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final RegistryReads registry;
    private final CensusCohorts census;

    DemoPlanning(JdbcClient jdbc, JdbcTemplate batch, RegistryReads registry, CensusCohorts census) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.registry = registry;
        this.census = census;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from planning_plan").query(Long.class).single() > 0) {
            return;
        }
        SystemTask.run(this::load);
    }

    private void load() {
        long xicheng = plan(DemoData.XICHENG, "西城区“十三五”时期教育事业发展规划", 2016, 2020, "seed 002, 附件1 量化指标");
        // 序号, 内容 (area), indicator, unit, target. Annex 1 publishes targets for 2020 only.
        Object[][] annex1 = {
            {1, "学前教育", "西城区户籍适龄儿童接受学前教育率", "%", 100},
            {2, "特殊教育", "残疾儿童免费教育年限", "年", 15},
            {3, "高中教育", "高中毕业率", "%", 100},
            {4, "教师队伍", "体育教师参与冰雪运动培训比例", "%", 100},
            {4, "教师队伍", "优秀教师教育教学研讨会参会教师（30名左右）", "名", 30},
            {5, "干部队伍", "校级后备干部外区或异地挂职培训", "名", 50},
            {5, "干部队伍", "中青年骨干校长国内外高校脱产培训", "名", 50},
            {5, "干部队伍", "优秀校长办学思想与实践研讨会", "名", 20},
            {6, "学校体育", "中小学生《国家学生体质健康标准》合格率", "%", 100},
            {6, "学校体育", "参与冰雪项目活动学校比例", "%", 100},
            {7, "国际教育", "学校教师参加外事出访和外事接待比例", "%", 100},
            {8, "终身教育", "市民终身学习服务基地", "家", 100},
            {8, "终身教育", "社区教育、在职人员继续教育学分认证覆盖率", "%", 100}
        };
        Map<String, Long> ids = new HashMap<>();
        for (Object[] row : annex1) {
            String name = (String) row[2];
            ids.put(
                    name,
                    indicator(
                            xicheng,
                            (int) row[0],
                            (String) row[1],
                            name,
                            (String) row[3],
                            null,
                            null,
                            ((Number) row[4]).doubleValue(),
                            2020,
                            "UP",
                            "seed 002 附件1",
                            null));
        }
        // Sample actuals so each light shows (marked as sample values).
        value(ids.get("体育教师参与冰雪运动培训比例"), 2018, 78);
        value(ids.get("体育教师参与冰雪运动培训比例"), 2019, 97);
        value(ids.get("市民终身学习服务基地"), 2018, 82);
        value(ids.get("市民终身学习服务基地"), 2019, 86);
        value(ids.get("中小学生《国家学生体质健康标准》合格率"), 2019, 96.5);
        value(ids.get("校级后备干部外区或异地挂职培训"), 2019, 50);

        long mentougou = plan(MENTOUGOU, "门头沟区“十三五”时期教育改革和发展规划", 2016, 2020, "seed 004, 发展目标");
        indicator(mentougou, 1, "学前教育", "学前三年毛入园率", "%", null, null, 99, 2020, "UP", "seed 004", null);
        indicator(mentougou, 2, "义务教育", "义务教育毛入学率（保持）", "%", null, null, 100, 2020, "UP", "seed 004", null);
        indicator(mentougou, 3, "高中教育", "高中教育毛入学率（保持99%以上）", "%", null, null, 99, 2020, "UP", "seed 004", null);
        indicator(mentougou, 4, "人力资源", "新增劳动力平均受教育年限（超过15年）", "年", null, null, 15, 2020, "UP", "seed 004", null);
        indicator(mentougou, 5, "教师队伍", "骨干教师占全区教师比例（25%以上）", "%", null, null, 25, 2020, "UP", "seed 004", null);
        indicator(mentougou, 6, "干部队伍", "引进和培养有影响力的优秀校长和书记比例", "%", null, null, 15, 2020, "UP", "seed 004", null);
        // "特级教师人数比十二五期间增长1倍": 16 at the end of the 12th plan (seed 004 §一), so 32.
        indicator(mentougou, 7, "教师队伍", "特级教师人数（比“十二五”增长1倍）", "名", 16.0, 2015, 32, 2020, "UP", "seed 004", null);

        long monitor = plan(DemoData.XICHENG, "学位储备监测（示例）", 2024, 2030, "示例 sample plan");
        indicator(
                monitor,
                1,
                "学位储备",
                "每个小学学区一年级学位数（平台计算）",
                "个",
                null,
                null,
                600,
                2030,
                "UP",
                "平台根据底册学位计算 / computed from the registry",
                "ENTRY_SEATS_PER_DISTRICT");

        // The 2017 method's threshold for primary schools: each indicator's CV ≤ 0.50 (DemoConditions has the census).
        indicator(
                monitor,
                2,
                "均衡发展",
                "小学校际差异系数（7项指标中最大）（平台计算）",
                "CV",
                null,
                null,
                0.5,
                2030,
                "DOWN",
                "平台根据办学条件计算 / computed by the evaluation module",
                "BALANCE_MAX_CV_PRIMARY");

        int projects = projects();
        int districts = history();
        log.info(
                "Sample planning: 3 plans, {} key projects, {} districts × {} school years of pupils by grade",
                projects,
                districts,
                LAST_YEAR - FIRST_YEAR + 1);
    }

    private long plan(String region, String name, int from, int to, String source) {
        return jdbc.sql("""
                        insert into planning_plan (region_code, name, start_year, end_year, source)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(region, name, from, to, source)
                .query(Long.class)
                .single();
    }

    private long indicator(
            long plan,
            int seq,
            String area,
            String name,
            String unit,
            Double baseline,
            Integer baselineYear,
            double target,
            int targetYear,
            String direction,
            String source,
            String computed) {
        return jdbc.sql("""
                        insert into planning_indicator (plan_id, seq, area, name, unit, baseline, baseline_year, target,
                            target_year, direction, source, computed)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        plan,
                        seq,
                        area,
                        name,
                        unit,
                        baseline,
                        baselineYear,
                        target,
                        targetYear,
                        direction,
                        source,
                        computed)
                .query(Long.class)
                .single();
    }

    private void value(long indicator, int year, double value) {
        jdbc.sql("""
                        insert into planning_indicator_value (indicator_id, year, value, note, updated_at, updated_by)
                        values (?, ?, ?, ?, now(), 'demo')""").params(indicator, year, value, SAMPLE).update();
    }

    /** Annex 2: 序号, 类型, 项目名称, 所在街道 — kind from the name (新建 / 翻建·改建·改造 / 改扩建·扩建). */
    private int projects() {
        String[][] annex2 = {
            {"1", "中学", "铁二中改扩建项目", "月坛"},
            {"2", "中学", "十四中初中部改建", "广内"},
            {"3", "中学", "161中学改扩建", "西长安街"},
            {"4", "中学", "北纬路中学改建", "天桥"},
            {"5", "中学", "北京八中初中部（中信城）", "陶然亭"},
            {"6", "小学", "顺城街一小教学楼翻扩建", "西长安街"},
            {"7", "小学", "实验二小广外分校翻扩建", "广外"},
            {"8", "小学", "北京小学宿舍楼及综合楼改造", "广内"},
            {"9", "小学", "中古小学分校翻建", "展览路"},
            {"10", "小学", "涭水河小学翻建", "金融街"},
            {"11", "小学", "华嘉小学", "西长安街"},
            {"12", "小学", "长安小学新建项目", "西长安街"},
            {"13", "幼儿园", "四幼", "白纸坊"},
            {"14", "幼儿园", "陶然亭幼儿园", "陶然亭"},
            {"15", "幼儿园", "百万庄还建幼儿园", "展览路"},
            {"16", "幼儿园", "三教寺幼儿园扩建", "白纸坊"},
            {"17", "直属单位", "研修学院扩建", "新街口"}
        };
        Long plan = jdbc.sql("select id from planning_plan where region_code = ? and name = ?")
                .params(DemoData.XICHENG, "西城区“十三五”时期教育事业发展规划")
                .query(Long.class)
                .single();
        // The primary district covering the subdistrict (a project is placed where its subdistrict lies).
        Map<String, Long> districtBySubdistrict = new HashMap<>();
        Map<String, double[]> position = new HashMap<>();
        jdbc.sql("""
                        select s.name, d.id, s.code from subdistrict s
                        left join school_district_subdistrict ds on ds.subdistrict_code = s.code
                        left join school_district d on d.id = ds.district_id and d.kind = 'PRIMARY'
                        where s.code like '110102%' order by s.code, d.id""")
                .query((rs, i) -> {
                    String name = rs.getString(1).replace("街道", "");
                    Long id = (Long) rs.getObject(2);
                    if (id != null) {
                        districtBySubdistrict.putIfAbsent(name, id);
                    }
                    double[] at = XichengGeography.CENTRES.get(rs.getString(3));
                    if (at != null) {
                        position.putIfAbsent(name, at);
                    }
                    return null;
                })
                .list();
        for (String[] row : annex2) {
            String stage = switch (row[1]) {
                case "中学" -> "SECONDARY";
                case "小学" -> "PRIMARY";
                case "幼儿园" -> "KINDERGARTEN";
                default -> "OTHER";
            };
            String name = row[2];
            String kind = name.contains("新建") || name.equals("华嘉小学") || name.contains("中信城")
                    ? "NEW_SCHOOL"
                    : name.contains("扩建") ? "EXPANSION" : "RECONSTRUCTION";
            double[] at = position.get(row[3]);
            jdbc.sql("""
                            insert into planning_project (region_code, plan_id, seq, name, stage, subdistrict_name,
                                district_id, kind, longitude, latitude, updated_at, updated_by)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), 'demo')""")
                    .params(
                            DemoData.XICHENG,
                            plan,
                            Integer.parseInt(row[0]),
                            name,
                            stage,
                            row[3],
                            districtBySubdistrict.get(row[3]),
                            kind,
                            at == null ? null : at[0],
                            at == null ? null : at[1])
                    .update();
        }
        return annex2.length;
    }

    /** Eight school years of pupils by grade for each primary district, consistent with the outlook's own estimate. */
    private int history() {
        Random random = new Random(20160101L);
        Map<String, Integer> bands = new HashMap<>();
        census.of(DemoData.XICHENG)
                .ifPresent(r -> r.ageBands().forEach(b -> bands.put(b.band(), b.male() + b.female())));
        Map<Long, TreeMap<Integer, Integer>> seats = new HashMap<>();
        Map<Integer, Integer> total = new TreeMap<>();
        List<Long> districts = new ArrayList<>();
        for (RegistryReads.DistrictSeats row : registry.districtSeats(DemoData.XICHENG, EntryGrade.PRIMARY_1)) {
            if (row.kind() != DistrictKind.PRIMARY) {
                continue;
            }
            if (!districts.contains(row.districtId())) {
                districts.add(row.districtId());
            }
            if (row.schoolYear() != null) {
                seats.computeIfAbsent(row.districtId(), d -> new TreeMap<>()).put(row.schoolYear(), row.seats());
                total.merge(row.schoolYear(), row.seats(), Integer::sum);
            }
        }
        int latest = total.isEmpty() ? 0 : ((TreeMap<Integer, Integer>) total).lastKey();
        List<Object[]> rows = new ArrayList<>();
        for (long district : districts) {
            TreeMap<Integer, Integer> own = seats.getOrDefault(district, new TreeMap<>());
            double share = total.getOrDefault(latest, 0) == 0
                    ? 1.0 / districts.size()
                    : own.getOrDefault(latest, 0) / (double) total.get(latest);
            double[] ratios = new double[6];
            for (int g = 1; g < 6; g++) {
                ratios[g] = 0.985 + 0.03 * random.nextDouble(); // a little net moving in or out each grade
            }
            double[][] counts = new double[LAST_YEAR - FIRST_YEAR + 1][6];
            for (int y = 0; y < counts.length; y++) {
                int year = FIRST_YEAR + y;
                counts[y][0] = cohort(bands, year - 6) * share * 0.9 * (1 + 0.04 * random.nextGaussian());
                for (int g = 1; g < 6; g++) {
                    counts[y][g] = y == 0
                            ? counts[y][0] * Math.pow(1.02, g) // older grades: the larger cohorts born before
                            : counts[y - 1][g - 1] * ratios[g] * (1 + 0.015 * random.nextGaussian());
                }
            }
            for (int y = 0; y < counts.length; y++) {
                for (int g = 0; g < 6; g++) {
                    rows.add(new Object[] {
                        DemoData.XICHENG, district, FIRST_YEAR + y, g + 1, (int) Math.max(0, Math.round(counts[y][g]))
                    });
                }
            }
        }
        batch.batchUpdate("""
                insert into planning_enrollment_history (region_code, district_id, school_year, grade, pupils)
                values (?, ?, ?, ?, ?)""", rows);
        // The Changan district's office has entered two new blocks' homes (sample).
        Long changan = districtNamed("长安街学区");
        if (changan != null) {
            List<Long> blocks = jdbc.sql("""
                            select b.id from address_block b join school_district_subdistrict ds
                              on ds.subdistrict_code = b.subdistrict_code
                            where ds.district_id = ? order by b.id limit 2""").param(changan).query(Long.class).list();
            int year = 2027;
            for (long block : blocks) {
                jdbc.sql("""
                                insert into planning_housing (region_code, district_id, block_id, completion_year, homes,
                                    updated_at, updated_by)
                                values (?, ?, ?, ?, ?, now(), 'changan')""")
                        .params(DemoData.XICHENG, changan, block, year++, 400)
                        .update();
            }
        }
        // Sample registered births for 广安门内-牛街 (about 1.65 × its census share): its seats run short in 2029,
        // three years out, the shortfall the console's outlook opens on.
        Long niujie = districtNamed("广安门内-牛街学区");
        if (niujie != null) {
            int[] births = {760, 775, 790, 770, 750, 740};
            for (int i = 0; i < births.length; i++) {
                jdbc.sql("""
                                insert into planning_births (region_code, district_id, birth_year, births, updated_at,
                                    updated_by)
                                values (?, ?, ?, ?, now(), 'demo')""")
                        .params(DemoData.XICHENG, niujie, 2021 + i, births[i])
                        .update();
            }
        }
        return districts.size();
    }

    private Long districtNamed(String name) {
        return jdbc.sql("select id from school_district where region_code = ? and kind = 'PRIMARY' and name = ?")
                .params(DemoData.XICHENG, name)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    /** The census single-year cohort as the outlook reads it (bands spread evenly). */
    private static double cohort(Map<String, Integer> bands, int birthYear) {
        if (birthYear >= 2020) {
            return bands.getOrDefault("0", 0);
        }
        if (birthYear >= 2016) {
            return bands.getOrDefault("1-4", 0) / 4.0;
        }
        if (birthYear >= 2011) {
            return bands.getOrDefault("5-9", 0) / 5.0;
        }
        return bands.getOrDefault("10-14", 0) / 5.0;
    }
}
