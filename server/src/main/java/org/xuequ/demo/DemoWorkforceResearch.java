package org.xuequ.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xuequ.platform.jobs.SystemTask;
import org.xuequ.registry.RegistryReads;
import org.xuequ.registry.UnitType;
import org.xuequ.workforce.research.ResearchActivity;
import org.xuequ.workforce.research.ResearchGroup;
import org.xuequ.workforce.research.ResearchGroups;
import org.xuequ.workforce.research.ResearchKind;
import org.xuequ.workforce.research.ResearchOutput;
import org.xuequ.workforce.staff.Staff;
import org.xuequ.workforce.staff.StaffDirectory;

/**
 * Joint research for the demo staff: in each primary district a 语文 or 数学 联合教研组 of up to four schools with its
 * activities of the last months (held at the schools in turn) and two outputs; and one region-wide 名师工作室 led by a
 * top backbone teacher, with members from several districts.
 */
@Component
@Profile("demo")
@Order(245)
class DemoWorkforceResearch implements ApplicationRunner {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String[] ACTIVITY_TOPICS = {"单元整体教学集体备课", "课堂观察与同课异构", "作业设计专题研讨", "学业评价与命题研讨", "青年教师研究课"};

    private final JdbcClient jdbc;
    private final RegistryReads registry;
    private final StaffDirectory staff;
    private final ResearchGroups research;
    private final Clock clock;

    DemoWorkforceResearch(
            JdbcClient jdbc, RegistryReads registry, StaffDirectory staff, ResearchGroups research, Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.staff = staff;
        this.research = research;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from workforce_research_group")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(BEIJING));
        LocalDate start = today.minusMonths(10);
        Map<Long, List<RegistryReads.Unit>> byDistrict =
                registry.units(DemoData.XICHENG, EnumSet.of(UnitType.PRIMARY)).stream()
                        .filter(u -> u.districtId() != null)
                        .collect(Collectors.groupingBy(RegistryReads.Unit::districtId));
        SystemTask.run(() -> {
            int n = 0;
            List<Staff> studio = new ArrayList<>();
            for (Map.Entry<Long, List<RegistryReads.Unit>> district : byDistrict.entrySet()) {
                List<RegistryReads.Unit> schools =
                        district.getValue().stream().limit(4).toList();
                if (schools.size() < 2) {
                    continue;
                }
                String subject = n % 2 == 0 ? "CHINESE" : "MATHS";
                List<Staff> members = new ArrayList<>();
                for (RegistryReads.Unit school : schools) {
                    staff.activeAt(DemoData.XICHENG, List.of(school.id())).stream()
                            .filter(p -> subject.equals(p.getSubject()))
                            .sorted((a, b) -> b.getBackbone().compareTo(a.getBackbone()))
                            .limit(3)
                            .forEach(members::add);
                }
                if (members.size() < 4) {
                    continue;
                }
                Staff lead = members.get(0);
                members.stream()
                        .filter(p -> p.getBackbone().isBackbone())
                        .findFirst()
                        .ifPresent(studio::add);
                long groupId = research.create(new ResearchGroup.Fields(
                                district.getKey(),
                                ResearchKind.JOINT_GROUP,
                                schools.get(0).districtName() + ("CHINESE".equals(subject) ? "语文" : "数学") + "联合教研组",
                                subject,
                                lead.getUnitId(),
                                lead.getId(),
                                start,
                                null))
                        .id();
                List<Long> others = members.stream().skip(1).map(Staff::getId).toList();
                research.addMembers(groupId, others, start);
                for (int a = 0; a < 5; a++) {
                    // every other member attends; the school holding it sends everyone
                    RegistryReads.Unit place = schools.get(a % schools.size());
                    int shift = a;
                    List<Long> attendees = members.stream()
                            .filter(p -> p.getUnitId() == place.id() || (p.getId() + shift) % 2 == 0)
                            .map(Staff::getId)
                            .toList();
                    research.recordActivity(
                            groupId,
                            new ResearchActivity.Fields(
                                    a % 2 == 0 ? ResearchActivity.Kind.LESSON_PREP : ResearchActivity.Kind.OPEN_LESSON,
                                    ACTIVITY_TOPICS[a],
                                    today.minusDays(20L + 45L * a),
                                    place.id(),
                                    BigDecimal.valueOf(a % 2 == 0 ? 2 : 3)),
                            attendees);
                }
                research.recordOutput(
                        groupId,
                        new ResearchOutput.Fields(
                                ResearchOutput.Kind.LESSON_CASE,
                                ResearchOutput.Level.DISTRICT,
                                ("CHINESE".equals(subject) ? "整本书阅读" : "大单元数学") + "课例集",
                                today.minusDays(30)),
                        List.of(lead.getId(), others.get(0)));
                research.recordOutput(
                        groupId,
                        new ResearchOutput.Fields(
                                ResearchOutput.Kind.PAPER,
                                n % 3 == 0 ? ResearchOutput.Level.CITY : ResearchOutput.Level.DISTRICT,
                                "跨校联合教研促进教学质量均衡的实践研究",
                                today.minusDays(60)),
                        List.of(others.get(others.size() - 1)));
                n++;
            }
            studio(studio, start, today);
        });
    }

    /** A region-wide studio led by the highest-ranked of the groups' backbone teachers. */
    private void studio(List<Staff> backbones, LocalDate start, LocalDate today) {
        Optional<Staff> lead = backbones.stream()
                .filter(Objects::nonNull)
                .max((a, b) -> a.getBackbone().compareTo(b.getBackbone()));
        if (lead.isEmpty() || backbones.size() < 3) {
            return;
        }
        long id = research.create(new ResearchGroup.Fields(
                        null,
                        ResearchKind.TEACHER_STUDIO,
                        lead.get().getName() + "名师工作室",
                        lead.get().getSubject(),
                        lead.get().getUnitId(),
                        lead.get().getId(),
                        start.minusMonths(6),
                        null))
                .id();
        List<Long> members = backbones.stream()
                .filter(p -> !p.getId().equals(lead.get().getId()))
                .map(Staff::getId)
                .toList();
        research.addMembers(id, members, start.minusMonths(6));
        research.recordActivity(
                id,
                new ResearchActivity.Fields(
                        ResearchActivity.Kind.SEMINAR,
                        "骨干教师课堂教学诊断与改进",
                        today.minusDays(50),
                        lead.get().getUnitId(),
                        BigDecimal.valueOf(3)),
                backbones.stream().map(Staff::getId).toList());
    }
}
