package org.xuequ.demo;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xuequ.platform.jobs.Jobs;
import org.xuequ.platform.jobs.SystemTask;
import org.xuequ.registry.UnitType;
import org.xuequ.registry.institutions.PartnerInstitution;
import org.xuequ.registry.institutions.PartnerInstitutions;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.registry.units.EducationUnits;
import org.xuequ.sharing.catalogue.Audience;
import org.xuequ.sharing.catalogue.Grade;
import org.xuequ.sharing.catalogue.OpeningHours;
import org.xuequ.sharing.catalogue.OwnerKind;
import org.xuequ.sharing.catalogue.ResourceKind;
import org.xuequ.sharing.catalogue.ResourceStatus;
import org.xuequ.sharing.catalogue.ResourceValidation.Form;
import org.xuequ.sharing.catalogue.ResourceValidation.Rules;
import org.xuequ.sharing.catalogue.Resources;
import org.xuequ.sharing.parties.Parties;
import org.xuequ.sharing.search.SearchIndex;

/**
 * Sample shared resources: school labs, halls, courses and experts, institution venues (an
 * 物理所礼堂 among them), then a term of booking history ({@link DemoSharingHistory}). Deterministic.
 */
@Component
@Profile("demo")
@Order(30)
class DemoSharing implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSharing.class);

    private static final String[][] SCHOOL = {
        {"LAB", "科学实验室", "40", "显微镜,实验台,通风橱", "科学,实验"},
        {"LAB", "机器人实验室", "30", "机器人套件,电脑", "机器人,编程,科技"},
        {"VENUE", "报告厅", "300", "投影,音响,舞台", "报告厅,讲座,会议"},
        {"VENUE", "体育馆", "400", "篮球场,看台", "体育,篮球"},
        {"VENUE", "操场", "800", "跑道,足球场", "体育,田径"},
        {"COURSE", "书法课程", "35", "书法教室", "书法,传统文化"},
        {"COURSE", "创客编程课程", "30", "电脑", "编程,创客"},
        {"EXPERT", "特级教师数学讲座", "200", "", "数学,讲座,专家"},
        {"EQUIPMENT", "天文望远镜", "20", "望远镜", "天文,观测"}
    };
    private static final String[][] INSTITUTION = {
        {"VENUE", "礼堂", "600", "舞台,音响,投影", "礼堂,典礼,报告厅"},
        {"PRACTICE_BASE", "科普实践基地", "120", "展厅,讲解", "科普,研学,实践"},
        {"COURSE", "研学课程", "50", "讲解员", "研学,历史,文化"},
        {"EXPERT", "科学家进校园", "300", "", "专家,科学,讲座"},
        {"VENUE", "多功能厅", "150", "投影,音响", "多功能厅,活动"}
    };
    private static final String[][] KINDERGARTEN = {
        {"VENUE", "绘本馆", "30", "绘本,阅读角", "绘本,阅读"},
        {"LAB", "感统训练室", "20", "感统器材", "感统,运动"}
    };

    private final Resources resources;
    private final EducationUnits units;
    private final PartnerInstitutions institutions;
    private final Parties parties;
    private final JdbcClient jdbc;
    private final DemoSharingHistory history;
    private final SearchIndex index;

    DemoSharing(
            Resources resources,
            EducationUnits units,
            PartnerInstitutions institutions,
            Parties parties,
            JdbcClient jdbc,
            DemoSharingHistory history,
            SearchIndex index) {
        this.resources = resources;
        this.units = units;
        this.institutions = institutions;
        this.parties = parties;
        this.jdbc = jdbc;
        this.history = history;
        this.index = index;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from sharing_resource").query(Long.class).single() > 0) {
            return;
        }
        SystemTask.run(this::load);
    }

    private void load() {
        Random random = new Random(20260901L);
        List<EducationUnit> all = units.search(
                        new EducationUnits.Filter(null, null, null),
                        PageRequest.of(0, 1000, org.springframework.data.domain.Sort.by("id")))
                .getContent();
        List<PartnerInstitution> partners = institutions
                .search(
                        new PartnerInstitutions.Filter(null, null, null),
                        PageRequest.of(0, 1000, org.springframework.data.domain.Sort.by("id")))
                .getContent();
        int created = 0;
        for (EducationUnit unit : all) {
            String[][] offers = unit.getType() == UnitType.KINDERGARTEN ? KINDERGARTEN : SCHOOL;
            int count = 1 + random.nextInt(2);
            for (int i = 0; i < count; i++) {
                String[] o = offers[random.nextInt(offers.length)];
                created += create(
                        OwnerKind.UNIT,
                        unit.getId(),
                        unit.getName() + o[1],
                        o,
                        random,
                        unit.getType() == UnitType.KINDERGARTEN,
                        null);
            }
        }
        for (int p = 0; p < partners.size(); p++) {
            PartnerInstitution partner = partners.get(p);
            EducationUnit near = all.get(random.nextInt(all.size()));
            Double[] place = near.getLongitude() == null
                    ? null
                    : new Double[] {
                        near.getLongitude().doubleValue() + (random.nextDouble() - 0.5) / 100,
                        near.getLatitude().doubleValue() + (random.nextDouble() - 0.5) / 100
                    };
            if (p == 0) {
                // The seed document's example: an institute's auditorium booked for a 500-person ceremony.
                created +=
                        create(OwnerKind.INSTITUTION, partner.getId(), "物理所礼堂", INSTITUTION[0], random, false, place);
                parties.link("museum", partner.getId());
            }
            for (int i = 0; i < 1 + random.nextInt(3); i++) {
                String[] o = INSTITUTION[random.nextInt(INSTITUTION.length)];
                created += create(
                        OwnerKind.INSTITUTION, partner.getId(), partner.getName() + o[1], o, random, false, place);
            }
        }
        int bookings = history.create(random);
        index.rebuildNow(Jobs.Progress.NONE);
        log.info("Sharing sample data: {} resources, {} bookings", created, bookings);
    }

    private int create(
            OwnerKind owner, long ownerId, String name, String[] o, Random random, boolean young, Double[] place) {
        if (jdbc.sql("select count(*) from sharing_resource where name = ?")
                        .param(name)
                        .query(Long.class)
                        .single()
                > 0) {
            return 0;
        }
        ResourceKind kind = ResourceKind.valueOf(o[0]);
        boolean weekend = kind == ResourceKind.PRACTICE_BASE || owner == OwnerKind.INSTITUTION;
        List<OpeningHours> hours = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.getValue() <= 5 || weekend) {
                hours.add(new OpeningHours(d, LocalTime.of(8, 30), LocalTime.of(owner == OwnerKind.UNIT ? 17 : 18, 0)));
            }
        }
        List<Grade> grades = young
                ? List.of(Grade.K1, Grade.K2, Grade.K3)
                : List.of(Grade.P3, Grade.P4, Grade.P5, Grade.P6, Grade.J1, Grade.J2);
        List<Audience> audiences = kind == ResourceKind.EXPERT
                ? List.of(Audience.TEACHERS, Audience.STUDENTS)
                : random.nextInt(4) == 0 ? List.of(Audience.STUDENTS, Audience.COMMUNITY) : List.of(Audience.STUDENTS);
        boolean approval = kind == ResourceKind.VENUE || owner == OwnerKind.INSTITUTION || random.nextBoolean();
        Form form = new Form(
                name,
                kind,
                owner,
                ownerId,
                name + "，面向学区内中小学开放共享，" + o[4].replace(',', '、') + "。",
                null,
                place == null ? null : place[0],
                place == null ? null : place[1],
                Integer.parseInt(o[2]),
                List.of(o[4].split(",")),
                o[3].isEmpty() ? List.of() : List.of(o[3].split(",")),
                audiences,
                grades,
                List.of(),
                hours,
                List.of(),
                true,
                new Rules(24, 90, kind == ResourceKind.VENUE ? 240 : 180, random.nextInt(5) == 0 ? 4 : null, approval),
                "资源管理员 010-6600" + (1000 + random.nextInt(9000)),
                ResourceStatus.SHARED,
                null);
        resources.create(form);
        return 1;
    }
}
