package org.xuequ.workforce.research;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.XuequProblem;
import org.xuequ.registry.RegistryReads;
import org.xuequ.workforce.WorkforceScope;
import org.xuequ.workforce.staff.Staff;
import org.xuequ.workforce.staff.StaffDirectory;

/**
 * Joint research groups, studios and projects. A district's group is managed (created, members, ended) by its
 * office and the commission, a region-wide one by the commission; activities and outputs are recorded by those and
 * by the host unit. Everyone who reads the workforce of the district, the host or a member's unit reads the group.
 * Attendees and authors must be members (attendees on the day), and are credited to the unit they came from.
 */
@Service
@Transactional
public class ResearchGroups {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final ResearchGroupRepository groups;
    private final ResearchMemberRepository members;
    private final ResearchActivityRepository activities;
    private final ResearchOutputRepository outputs;
    private final StaffDirectory staff;
    private final WorkforceScope scope;
    private final RegistryReads registry;
    private final ResearchPoints points;
    private final Clock clock;

    ResearchGroups(
            ResearchGroupRepository groups,
            ResearchMemberRepository members,
            ResearchActivityRepository activities,
            ResearchOutputRepository outputs,
            StaffDirectory staff,
            WorkforceScope scope,
            RegistryReads registry,
            ResearchPoints points,
            Clock clock) {
        this.groups = groups;
        this.members = members;
        this.activities = activities;
        this.outputs = outputs;
        this.staff = staff;
        this.scope = scope;
        this.registry = registry;
        this.points = points;
        this.clock = clock;
    }

    /** The groups of the caller's region it may read, newest first. */
    @Transactional(readOnly = true)
    public List<GroupView> list() {
        String region = scope.region();
        List<ResearchGroup> all = groups.findByRegionCodeOrderByStartsOnDescIdDesc(region);
        Map<Long, List<ResearchMember>> byGroup =
                membersOf(all.stream().map(ResearchGroup::getId).toList());
        Set<Long> readable = scope.regionWide(region) ? Set.of() : scope.readableUnits(region);
        List<ResearchGroup> visible = all.stream()
                .filter(g -> mayRead(g, byGroup.getOrDefault(g.getId(), List.of()), readable))
                .toList();
        return views(visible, byGroup);
    }

    @Transactional(readOnly = true)
    public GroupDetail detail(long id) {
        ResearchGroup group = get(id);
        List<ResearchMember> people = membersOf(List.of(id)).getOrDefault(id, List.of());
        requireRead(group, people);
        List<ResearchActivity> held = activities.findByGroupIdOrderByHeldOnDescIdDesc(id);
        List<ResearchOutput> produced = outputs.findByGroupIdOrderByProducedOnDescIdDesc(id);
        Set<Long> staffIds = new HashSet<>();
        Set<Long> unitIds = new HashSet<>();
        people.forEach(m -> {
            staffIds.add(m.getStaffId());
            unitIds.add(m.getUnitId());
        });
        held.forEach(a -> unitIds.add(a.getHostUnitId()));
        Stream.concat(
                        held.stream().flatMap(a -> a.getAttendees().stream()),
                        produced.stream().flatMap(o -> o.getAuthors().stream()))
                .forEach(p -> {
                    staffIds.add(p.staffId());
                    unitIds.add(p.unitId());
                });
        Map<Long, String> names = names(staffIds);
        Map<Long, String> units = registry.unitNames(unitIds);
        return new GroupDetail(
                views(List.of(group), Map.of(id, people)).get(0),
                people.stream()
                        .sorted(Comparator.comparing((ResearchMember m) -> !m.isCurrent())
                                .thenComparing(m -> !m.isLead())
                                .thenComparing(ResearchMember::getJoinedOn))
                        .map(m -> new GroupDetail.MemberView(
                                m.getId(),
                                m.getStaffId(),
                                names.getOrDefault(m.getStaffId(), "#" + m.getStaffId()),
                                m.getUnitId(),
                                units.getOrDefault(m.getUnitId(), "#" + m.getUnitId()),
                                m.isLead(),
                                m.getJoinedOn(),
                                m.getLeftOn()))
                        .toList(),
                held.stream()
                        .map(a -> new GroupDetail.ActivityView(
                                a.getId(),
                                a.getKind(),
                                a.getTitle(),
                                a.getHeldOn(),
                                a.getHostUnitId(),
                                units.getOrDefault(a.getHostUnitId(), "#" + a.getHostUnitId()),
                                a.getHours(),
                                refs(a.getAttendees(), names, units),
                                (int) a.getAttendees().stream()
                                        .map(Participant::unitId)
                                        .distinct()
                                        .count()))
                        .toList(),
                produced.stream()
                        .map(o -> new GroupDetail.OutputView(
                                o.getId(),
                                o.getKind(),
                                o.getLevel(),
                                o.getTitle(),
                                o.getProducedOn(),
                                refs(o.getAuthors(), names, units)))
                        .toList());
    }

    /** A person's memberships, newest first. */
    @Transactional(readOnly = true)
    public List<GroupDetail.Membership> ofPerson(long staffId) {
        Staff person = staff.get(staffId);
        scope.require(scope.canReadUnit(person.getRegionCode(), person.getUnitId()));
        List<ResearchMember> of = members.findByStaffIdOrderByJoinedOnDesc(staffId);
        Map<Long, ResearchGroup> byId =
                groups.findAllById(of.stream().map(ResearchMember::getGroupId).toList()).stream()
                        .collect(Collectors.toMap(ResearchGroup::getId, g -> g));
        return of.stream()
                .filter(m -> byId.containsKey(m.getGroupId()))
                .map(m -> {
                    ResearchGroup g = byId.get(m.getGroupId());
                    return new GroupDetail.Membership(
                            g.getId(), g.getKind(), g.getName(), m.isLead(), m.getJoinedOn(), m.getLeftOn());
                })
                .toList();
    }

    /** A unit's 联合教研 points of a school year, with the counts behind them. */
    @Transactional(readOnly = true)
    public UnitResearchPoints points(long unitId, int year) {
        String region = scope.region();
        scope.require(scope.canReadUnit(region, unitId));
        return points.of(unitId, year);
    }

    /** Sets up a group with its lead as its first member; 400 {@code name} when the region already has one so named. */
    public GroupView create(ResearchGroup.Fields fields) {
        // the group is of the lead's region: the sample data creates groups with no region of its own
        Staff found = staff.byIds(List.of(fields.leadStaffId())).get(fields.leadStaffId());
        String region = found == null ? scope.region() : found.getRegionCode();
        scope.require(
                fields.districtId() == null
                        ? scope.regionManager(region)
                        : scope.canManageDistrict(region, fields.districtId()));
        if (fields.districtId() != null
                && !region.equals(
                        registry.districtRegions(List.of(fields.districtId())).get(fields.districtId()))) {
            throw XuequProblem.invalid("districtId", "error.workforce.district-unknown");
        }
        if (!scope.units(region).containsKey(fields.hostUnitId())) {
            throw XuequProblem.invalid("hostUnitId", "error.workforce.unit-unknown");
        }
        Staff lead = activePerson(region, found, "leadStaffId");
        if (groups.existsByRegionCodeAndName(region, fields.name().strip())) {
            throw XuequProblem.invalid("name", "error.workforce.research-name-taken");
        }
        ResearchGroup group;
        try {
            group = groups.saveAndFlush(new ResearchGroup(region, fields, clock.instant(), scope.actor()));
        } catch (DataIntegrityViolationException e) {
            throw XuequProblem.invalid("name", "error.workforce.research-name-taken");
        }
        members.save(new ResearchMember(group.getId(), lead.getId(), lead.getUnitId(), true, fields.startsOn()));
        return views(List.of(group), membersOf(List.of(group.getId()))).get(0);
    }

    /**
     * Adds people from a day in the group's term (today when not given, since memberships are often entered late);
     * 400 naming {@code staffIds[i]} for someone not on a roll of the region, 409 for a current member. The group is
     * locked while it checks, and the database keeps one current membership anyway.
     */
    public GroupDetail addMembers(long groupId, List<Long> staffIds, @Nullable LocalDate joinedOn) {
        ResearchGroup group =
                groups.lockById(groupId).orElseThrow(() -> XuequProblem.notFound("ResearchGroup", groupId));
        requireManage(group);
        LocalDate today = joinedOn == null ? today() : joinedOn;
        group.requireRecordable(today(), today, "joinedOn");
        Set<Long> current = membersOf(List.of(groupId)).getOrDefault(groupId, List.of()).stream()
                .filter(ResearchMember::isCurrent)
                .map(ResearchMember::getStaffId)
                .collect(Collectors.toSet());
        List<ResearchMember> added = new ArrayList<>();
        Map<Long, Staff> people = staff.byIds(staffIds);
        for (int i = 0; i < staffIds.size(); i++) {
            Staff person = activePerson(group.getRegionCode(), people.get(staffIds.get(i)), "staffIds[" + i + "]");
            if (!current.add(person.getId())) {
                throw ResearchRefusal.ALREADY_MEMBER.problem(person.getName());
            }
            added.add(new ResearchMember(groupId, person.getId(), person.getUnitId(), false, today));
        }
        members.saveAllAndFlush(added);
        return detail(groupId);
    }

    /** A member leaves today; the lead stays while the group runs. */
    public GroupDetail removeMember(long groupId, long memberId) {
        ResearchGroup group = get(groupId);
        requireManage(group);
        ResearchMember member = members.findById(memberId)
                .filter(m -> m.getGroupId() == groupId)
                .orElseThrow(() -> XuequProblem.notFound("ResearchMember", memberId));
        if (member.isLead()) {
            throw XuequProblem.invalid("memberId", "error.workforce.research-lead-stays");
        }
        if (member.isCurrent()) {
            member.leave(today());
        }
        return detail(groupId);
    }

    /** Ends the group on a day. */
    public GroupView end(long groupId, LocalDate endsOn, long version) {
        ResearchGroup group = get(groupId);
        requireManage(group);
        if (group.getVersion() != version) {
            throw ResearchRefusal.STALE.problem();
        }
        group.end(endsOn, today(), clock.instant(), scope.actor());
        try {
            groups.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw ResearchRefusal.STALE.problem();
        }
        return views(List.of(group), membersOf(List.of(groupId))).get(0);
    }

    /** Records an activity; attendees must have been members on the day (400 naming {@code attendeeIds[i]}). */
    public GroupDetail recordActivity(long groupId, ResearchActivity.Fields fields, List<Long> attendeeIds) {
        ResearchGroup group = get(groupId);
        requireRecord(group);
        group.requireRecordable(today(), fields.heldOn(), "heldOn");
        if (!scope.units(group.getRegionCode()).containsKey(fields.hostUnitId())) {
            throw XuequProblem.invalid("hostUnitId", "error.workforce.unit-unknown");
        }
        Set<Participant> attendees =
                participants(groupId, attendeeIds, "attendeeIds", m -> m.coversDay(fields.heldOn()));
        activities.save(new ResearchActivity(groupId, fields, attendees, clock.instant(), scope.actor()));
        return detail(groupId);
    }

    /** Records an output; authors must be or have been members (400 naming {@code authorIds[i]}). */
    public GroupDetail recordOutput(long groupId, ResearchOutput.Fields fields, List<Long> authorIds) {
        ResearchGroup group = get(groupId);
        requireRecord(group);
        group.requireRecordable(today(), fields.producedOn(), "producedOn");
        if (authorIds.isEmpty()) {
            throw XuequProblem.invalid("authorIds", "error.workforce.research-no-authors");
        }
        Set<Participant> authors = participants(groupId, authorIds, "authorIds", m -> true);
        outputs.save(new ResearchOutput(groupId, fields, authors, clock.instant(), scope.actor()));
        return detail(groupId);
    }

    private Set<Participant> participants(
            long groupId, List<Long> staffIds, String field, java.util.function.Predicate<ResearchMember> when) {
        Map<Long, ResearchMember> eligible = new HashMap<>();
        membersOf(List.of(groupId)).getOrDefault(groupId, List.of()).stream()
                .filter(when)
                .forEach(m -> eligible.putIfAbsent(m.getStaffId(), m));
        Set<Participant> result = new LinkedHashSet<>();
        for (int i = 0; i < staffIds.size(); i++) {
            ResearchMember member = eligible.get(staffIds.get(i));
            if (member == null) {
                throw XuequProblem.invalid(field + "[" + i + "]", "error.workforce.research-not-member");
            }
            result.add(new Participant(member.getStaffId(), member.getUnitId()));
        }
        return result;
    }

    /** The person, when on a roll of the region; else 400 naming the field. */
    private static Staff activePerson(String region, @Nullable Staff person, String field) {
        if (person == null || !person.isActive() || !person.getRegionCode().equals(region)) {
            throw XuequProblem.invalid(field, "error.workforce.not-active");
        }
        return person;
    }

    private ResearchGroup get(long id) {
        ResearchGroup group = groups.findById(id).orElseThrow(() -> XuequProblem.notFound("ResearchGroup", id));
        scope.require(group.getRegionCode().equals(scope.region()) || scope.regionWide(group.getRegionCode()));
        return group;
    }

    private void requireRead(ResearchGroup group, List<ResearchMember> people) {
        String region = group.getRegionCode();
        scope.require(mayRead(group, people, scope.regionWide(region) ? Set.of() : scope.readableUnits(region)));
    }

    private boolean mayRead(ResearchGroup g, List<ResearchMember> people, Set<Long> readableUnits) {
        String region = g.getRegionCode();
        return scope.regionWide(region)
                || g.getDistrictId() != null && scope.canReadDistrict(region, g.getDistrictId())
                || readableUnits.contains(g.getHostUnitId())
                || people.stream().anyMatch(m -> readableUnits.contains(m.getUnitId()));
    }

    private boolean mayManage(ResearchGroup g) {
        return g.getDistrictId() == null
                ? scope.regionManager(g.getRegionCode())
                : scope.canManageDistrict(g.getRegionCode(), g.getDistrictId());
    }

    /** Managers, and the host unit (a studio's base school keeps its own records). */
    private boolean mayRecord(ResearchGroup g) {
        return mayManage(g) || scope.canManageStaff(g.getRegionCode(), g.getHostUnitId());
    }

    private void requireManage(ResearchGroup g) {
        scope.require(mayManage(g));
    }

    private void requireRecord(ResearchGroup g) {
        scope.require(mayRecord(g));
    }

    private Map<Long, List<ResearchMember>> membersOf(Collection<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return Map.of();
        }
        return members.findByGroupIdInOrderByLeadDescJoinedOnAscIdAsc(groupIds).stream()
                .collect(Collectors.groupingBy(ResearchMember::getGroupId));
    }

    private List<GroupView> views(List<ResearchGroup> all, Map<Long, List<ResearchMember>> byGroup) {
        if (all.isEmpty()) {
            return List.of();
        }
        List<Long> ids = all.stream().map(ResearchGroup::getId).toList();
        Map<Long, Long> activityCounts = counts(activities.countByGroup(ids));
        Map<Long, Long> outputCounts = counts(outputs.countByGroup(ids));
        Map<Long, String> names =
                names(all.stream().map(ResearchGroup::getLeadStaffId).toList());
        Map<Long, String> units = registry.unitNames(
                all.stream().map(ResearchGroup::getHostUnitId).collect(Collectors.toSet()));
        Set<Long> districtIds = all.stream()
                .map(ResearchGroup::getDistrictId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> districts = districtIds.isEmpty() ? Map.of() : registry.districtNames(districtIds);
        LocalDate today = today();
        return all.stream()
                .map(g -> {
                    List<ResearchMember> current = byGroup.getOrDefault(g.getId(), List.of()).stream()
                            .filter(ResearchMember::isCurrent)
                            .toList();
                    return new GroupView(
                            g.getId(),
                            g.getVersion(),
                            g.getKind(),
                            g.getName(),
                            g.getSubject(),
                            g.getDistrictId(),
                            g.getDistrictId() == null ? null : districts.get(g.getDistrictId()),
                            g.getHostUnitId(),
                            units.getOrDefault(g.getHostUnitId(), "#" + g.getHostUnitId()),
                            g.getLeadStaffId(),
                            names.getOrDefault(g.getLeadStaffId(), "#" + g.getLeadStaffId()),
                            g.getStartsOn(),
                            g.getEndsOn(),
                            g.isOpenOn(today),
                            current.size(),
                            (int) current.stream()
                                    .map(ResearchMember::getUnitId)
                                    .distinct()
                                    .count(),
                            activityCounts.getOrDefault(g.getId(), 0L).intValue(),
                            outputCounts.getOrDefault(g.getId(), 0L).intValue(),
                            mayManage(g) && g.isOpenOn(today),
                            mayRecord(g) && g.isOpenOn(today));
                })
                .toList();
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    private Map<Long, String> names(Collection<Long> staffIds) {
        return staff.byIds(staffIds).values().stream().collect(Collectors.toMap(Staff::getId, Staff::getName));
    }

    private static List<GroupDetail.PersonRef> refs(
            Set<Participant> people, Map<Long, String> names, Map<Long, String> units) {
        return people.stream()
                .map(p -> new GroupDetail.PersonRef(
                        p.staffId(),
                        names.getOrDefault(p.staffId(), "#" + p.staffId()),
                        p.unitId(),
                        units.getOrDefault(p.unitId(), "#" + p.unitId())))
                .sorted(Comparator.comparing(GroupDetail.PersonRef::unitName)
                        .thenComparing(GroupDetail.PersonRef::name))
                .toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BEIJING));
    }
}
