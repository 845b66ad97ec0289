package org.xuequ.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xuequ.platform.jobs.SystemTask;
import org.xuequ.registry.DistrictKind;
import org.xuequ.registry.RegistryReads;
import org.xuequ.registry.SchoolYear;
import org.xuequ.workforce.rotation.EligibilityRules;
import org.xuequ.workforce.rotation.RotationRounds;
import org.xuequ.workforce.rotation.RoundView;

/**
 * One rotation round for Xicheng's first primary district (长安街, the district the {@code changan} office runs):
 * the usual rules, wishes for about half of the candidates and needs at the schools poorest in backbone teachers,
 * left COLLECTING so that the office can run the proposal (the browser test does). Idempotent: skipped when any
 * round exists.
 */
@Component
@Profile("demo")
@Order(250)
class DemoWorkforceRotation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoWorkforceRotation.class);

    private final JdbcClient jdbc;
    private final RegistryReads registry;
    private final RotationRounds rounds;
    private final Clock clock;

    DemoWorkforceRotation(JdbcClient jdbc, RegistryReads registry, RotationRounds rounds, Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.rounds = rounds;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from workforce_rotation_round")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        SystemTask.run(this::openRound);
    }

    private void openRound() {
        // the first primary district created by the demo data is 长安街, the changan office's
        long district = Long.MAX_VALUE;
        for (RegistryReads.DistrictMember m : registry.districtMembers(DemoData.XICHENG, SchoolYear.current(clock))) {
            if (m.districtKind() == DistrictKind.PRIMARY) {
                district = Math.min(district, m.districtId());
            }
        }
        if (district == Long.MAX_VALUE) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        // the round for the coming school year: its moves start on 1 September
        int year = today.getMonthValue() >= 9 ? today.getYear() + 1 : today.getYear();
        String name = registry.districtNames(Set.of(district)).get(district);
        RoundView round = rounds.open(new RotationRounds.RoundSpec(
                district,
                year,
                year + "年" + name + "干部教师轮岗交流",
                EligibilityRules.usual(),
                10,
                LocalDate.of(year, 9, 1),
                false));
        long id = round.round().id();

        List<RoundView.SchoolRow> schools = new ArrayList<>(round.schools());
        schools.sort((a, b) -> Double.compare(
                (double) a.backboneBefore() / Math.max(1, a.teachers()),
                (double) b.backboneBefore() / Math.max(1, b.teachers())));
        // the poorer half declares needs, so balancing moves have somewhere to go
        for (int i = 0; i < (schools.size() + 1) / 2; i++) {
            rounds.needs(
                    id, schools.get(i).unitId(), Map.of("MATHS", 2, "CHINESE", 2, "ENGLISH", 1, "PE", 1, "ART", 1));
        }
        List<Long> units = new ArrayList<>(
                new TreeSet<>(schools.stream().map(RoundView.SchoolRow::unitId).toList()));
        int candidates = 0;
        int wishes = 0;
        for (RoundView.PersonRow p : round.people()) {
            if (!p.eligible()) {
                continue;
            }
            candidates++;
            if (candidates % 2 == 0 || units.size() < 2) {
                continue;
            }
            List<Long> ranked = new ArrayList<>();
            for (int k = 1; ranked.size() < 1 + (int) (p.staffId() % 3) && k < units.size(); k++) {
                long unit = units.get((int) ((p.staffId() + k) % units.size()));
                if (unit != p.unitId() && !ranked.contains(unit)) {
                    ranked.add(unit);
                }
            }
            rounds.wishes(id, p.staffId(), ranked);
            wishes++;
        }
        log.info(
                "Demo data: rotation round {} of {} with {} candidates, {} with wishes",
                year,
                name,
                candidates,
                wishes);
    }
}
