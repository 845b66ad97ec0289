package org.xuequ.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xuequ.platform.IdNumber;
import org.xuequ.registry.RegistryReads;
import org.xuequ.registry.UnitType;
import org.xuequ.workforce.staff.Backbone;
import org.xuequ.workforce.staff.Post;
import org.xuequ.workforce.staff.PostingReason;
import org.xuequ.workforce.staff.Qualification;
import org.xuequ.workforce.staff.Specialism;
import org.xuequ.workforce.staff.StaffDirectory;
import org.xuequ.workforce.staff.StaffFields;
import org.xuequ.workforce.staff.Title;

/**
 * Staff for Xicheng's primary and nine-year schools: 40–80 a school, deterministic. Backbone and PE/art teachers are
 * deliberately uneven between schools (some rich, some poor), a good share have been at their school six years or
 * more, and some are within two years of retirement, so that a rotation round has real work to do.
 */
@Component
@Profile("demo")
@Order(230)
class DemoWorkforceStaff implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoWorkforceStaff.class);
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String[] SUBJECTS = {
        "CHINESE", "CHINESE", "CHINESE", "MATHS", "MATHS", "MATHS", "ENGLISH", "ENGLISH", "SCIENCE", "MORALS", "IT",
        "PE", "MUSIC", "ART"
    };

    private final JdbcClient jdbc;
    private final RegistryReads registry;
    private final StaffDirectory directory;
    private final Clock clock;

    DemoWorkforceStaff(JdbcClient jdbc, RegistryReads registry, StaffDirectory directory, Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from workforce_staff").query(Long.class).single() > 0) {
            return;
        }
        Random random = new Random(2026);
        SampleNames names = new SampleNames(random);
        LocalDate today = LocalDate.now(clock.withZone(BEIJING));
        Set<String> numbers = new HashSet<>();
        List<RegistryReads.Unit> schools =
                registry.units(DemoData.XICHENG, EnumSet.of(UnitType.PRIMARY, UnitType.NINE_YEAR));
        int total = 0;
        for (int s = 0; s < schools.size(); s++) {
            RegistryReads.Unit school = schools.get(s);
            int size = 40 + random.nextInt(41);
            // a school's richness in backbone and PE/art teachers: 0.02 to 0.25
            double backboneShare = 0.02 + 0.23 * ((s * 7) % 11) / 10.0;
            double peArtShare = 0.5 + ((s * 5) % 7) / 6.0;
            for (int i = 0; i < size; i++) {
                directory.register(
                        DemoData.XICHENG,
                        school.id(),
                        person(i, random, names, numbers, today, backboneShare, peArtShare, s * 100 + i),
                        PostingReason.IMPORTED,
                        "demo");
            }
            total += size;
        }
        log.info("Demo data: {} staff in {} Xicheng schools", total, schools.size());
    }

    private static StaffFields person(
            int i,
            Random random,
            SampleNames names,
            Set<String> numbers,
            LocalDate today,
            double backboneShare,
            double peArtWeight,
            int serial) {
        Post post = i == 0
                ? Post.PRINCIPAL
                : i <= 2
                        ? Post.VICE_PRINCIPAL
                        : i <= 6 ? Post.MIDDLE_MANAGER : random.nextInt(12) == 0 ? Post.SUPPORT : Post.TEACHER;
        String subject = post == Post.SUPPORT ? null : subject(random, peArtWeight);
        Specialism specialism = "PE".equals(subject)
                ? Specialism.PE
                : "MUSIC".equals(subject) || "ART".equals(subject) ? Specialism.ART : Specialism.NONE;
        boolean male = random.nextInt(10) < 3;
        int age = 23 + random.nextInt(post.isCadre() ? 30 : 35);
        if (!male && age > 55) {
            age = 55 - random.nextInt(3);
        }
        LocalDate birth = today.minusYears(age).minusDays(random.nextInt(365));
        LocalDate employed = birth.plusYears(22 + random.nextInt(3));
        long careerDays = Math.max(30, employed.until(today, java.time.temporal.ChronoUnit.DAYS));
        LocalDate atUnitSince = employed.plusDays(random.nextInt((int) careerDays));
        if (!atUnitSince.isBefore(today)) {
            atUnitSince = today.minusMonths(6);
        }
        Backbone backbone = post == Post.SUPPORT || random.nextDouble() >= backboneShare
                ? Backbone.NONE
                : new Backbone[] {
                            Backbone.DISTRICT,
                            Backbone.DISTRICT,
                            Backbone.DISTRICT,
                            Backbone.CITY,
                            Backbone.SUBJECT_LEADER,
                            Backbone.SPECIAL_GRADE
                        }
                        [random.nextInt(6)];
        Title title =
                age < 27 ? Title.SECOND : age < 35 ? Title.FIRST : random.nextInt(3) == 0 ? Title.SENIOR : Title.FIRST;
        Qualification qualification = random.nextInt(10) == 0
                ? Qualification.ASSOCIATE
                : random.nextInt(4) == 0 ? Qualification.MASTER : Qualification.BACHELOR;
        return new StaffFields(
                String.format("XC%05d", serial),
                names.person(),
                number(birth, male, numbers, random),
                post,
                subject,
                qualification,
                title,
                backbone,
                specialism,
                employed,
                atUnitSince);
    }

    private static String subject(Random random, double peArtWeight) {
        String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
        boolean peArt = "PE".equals(subject) || "MUSIC".equals(subject) || "ART".equals(subject);
        // a poorer school swaps some PE/art posts for Chinese or maths
        if (peArt && random.nextDouble() > peArtWeight) {
            return random.nextBoolean() ? "CHINESE" : "MATHS";
        }
        return subject;
    }

    private static String number(LocalDate birth, boolean male, Set<String> taken, Random random) {
        while (true) {
            int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
            String first17 = "110102" + birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                    + String.format("%03d", sequence);
            String number = first17 + IdNumber.checkCharacter(first17);
            if (taken.add(number)) {
                return number;
            }
        }
    }
}
