package org.xuequ.governance.actions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.governance.LinkKind;
import org.xuequ.governance.bodies.Bodies;
import org.xuequ.governance.bodies.Body;
import org.xuequ.governance.bodies.GovernanceAccess;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.OutOfScopeException;
import org.xuequ.registry.RegistryReads;

/**
 * Actions decided at meetings: created with their decision, carried onto their body's next agendas until done, kept
 * on the district's action board. The body's editors change them; the owning unit's accounts report progress.
 */
@Service
@Transactional(readOnly = true)
public class Actions {

    private final ActionRepository actions;
    private final ActionLinks links;
    private final Bodies bodies;
    private final GovernanceAccess access;
    private final RegistryReads registry;
    private final Clock clock;

    Actions(
            ActionRepository actions,
            ActionLinks links,
            Bodies bodies,
            GovernanceAccess access,
            RegistryReads registry,
            Clock clock) {
        this.actions = actions;
        this.links = links;
        this.bodies = bodies;
        this.access = access;
        this.registry = registry;
        this.clock = clock;
    }

    /**
     * A district's action board: every action of its bodies, by due date, with counts per status and of the
     * overdue and escalated ones.
     */
    public record Board(
            long districtId,
            @Nullable String districtName,
            Map<String, Integer> counts,
            int overdue,
            int escalated,
            List<ActionView> actions) {}

    /** Checks every spec (owner and linked unit of the region) before anything is written: 400 names the spec. */
    public void check(String regionCode, List<ActionSpec> specs) {
        for (int i = 0; i < specs.size(); i++) {
            links.check(regionCode, specs.get(i), "actions[" + i + "]");
        }
    }

    /** Creates the actions a decision produced; the caller checked that it may decide for the body. */
    @Transactional
    public List<Action> create(Body body, @Nullable Long meetingId, @Nullable Long itemId, List<ActionSpec> specs) {
        List<Action> created = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            ActionSpec spec = specs.get(i);
            String label = links.check(body.getRegionCode(), spec, "actions[" + i + "]");
            created.add(actions.save(new Action(
                    body.getRegionCode(),
                    body.getDistrictId(),
                    body.getId(),
                    meetingId,
                    itemId,
                    spec,
                    label,
                    clock.instant(),
                    access.actor())));
        }
        return created;
    }

    /** The body's undone actions other than this meeting's: what the meeting hears again. */
    public List<ActionView> carriedTo(long bodyId, long meetingId) {
        return views(actions.undoneExcept(bodyId, ActionStatus.UNDONE, meetingId), false);
    }

    /** The actions a meeting decided. */
    public List<ActionView> ofMeeting(long meetingId) {
        return views(actions.findByMeetingIdOrderByIdAsc(meetingId), false);
    }

    public Map<Long, ActionView> byIds(Set<Long> ids) {
        Map<Long, ActionView> out = new java.util.HashMap<>();
        views(actions.findByIdIn(ids), false).forEach(v -> out.put(v.id(), v));
        return out;
    }

    public Board board(long districtId) {
        String region = access.region();
        access.requireReadDistrict(region, districtId);
        List<ActionView> list =
                views(actions.findByRegionCodeAndDistrictIdOrderByDueDateAscIdAsc(region, districtId), true);
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (ActionStatus s : ActionStatus.values()) {
            counts.put(
                    s.name(), (int) list.stream().filter(a -> a.status() == s).count());
        }
        return new Board(
                districtId,
                registry.districtNames(Set.of(districtId)).get(districtId),
                counts,
                (int) list.stream().filter(ActionView::overdue).count(),
                (int) list.stream().filter(ActionView::escalated).count(),
                list);
    }

    /** A body's actions (the joint meeting's have no district board). */
    public List<ActionView> ofBody(long bodyId) {
        bodies.readable(bodyId);
        return views(actions.findByBodyIdOrderByDueDateAscIdAsc(bodyId), true);
    }

    public ActionView get(long id) {
        Action action = visible(id);
        return views(List.of(action), true).get(0);
    }

    /** Starts, completes, cancels or reopens an action; 409 {@code governance-action-transition}. */
    @Transactional
    public ActionView step(long id, ActionStatus.Step step, @Nullable String note, long version) {
        Action action = changeable(id, version);
        action.take(step, note, LocalDate.now(clock), clock.instant(), access.actor());
        actions.flush();
        return get(id);
    }

    /** Reports progress, or moves the due date (its reminders start again). */
    @Transactional
    public ActionView report(long id, @Nullable String note, @Nullable LocalDate dueDate, long version) {
        Action action = changeable(id, version);
        action.report(note, dueDate, clock.instant(), access.actor());
        actions.flush();
        return get(id);
    }

    private Action visible(long id) {
        Action action = actions.findById(id).orElseThrow(() -> XuequProblem.notFound("action", id));
        Body body = bodies.byIds(Set.of(action.getBodyId())).get(action.getBodyId());
        if (!access.canRead(body) && !access.actsFor(action.getOwnerUnitId(), null)) {
            throw new OutOfScopeException();
        }
        return action;
    }

    private Action changeable(long id, long version) {
        Action action = visible(id);
        if (!mayChange(action)) {
            throw new OutOfScopeException();
        }
        if (action.getVersion() != version) {
            throw ActionRefusal.STALE.problem();
        }
        return action;
    }

    private boolean mayChange(Action action) {
        Body body = bodies.byIds(Set.of(action.getBodyId())).get(action.getBodyId());
        return access.canEdit(body) || access.actsFor(action.getOwnerUnitId(), null);
    }

    private List<ActionView> views(List<Action> list, boolean withSteps) {
        if (list.isEmpty()) {
            return List.of();
        }
        Set<Long> units = new HashSet<>();
        Set<Long> districts = new HashSet<>();
        list.forEach(a -> {
            if (a.getOwnerUnitId() != null) {
                units.add(a.getOwnerUnitId());
            }
            if (a.getDistrictId() != null) {
                districts.add(a.getDistrictId());
            }
        });
        Map<Long, String> unitNames = registry.unitNames(units);
        Map<Long, String> districtNames = registry.districtNames(districts);
        Map<LinkKind, Map<Long, String>> labels = links.labels(list.get(0).getRegionCode(), list);
        LocalDate today = LocalDate.now(clock);
        Map<Long, Boolean> bodyEditable = new java.util.HashMap<>();
        if (withSteps) {
            Set<Long> bodyIds = new HashSet<>();
            list.forEach(a -> bodyIds.add(a.getBodyId()));
            bodies.byIds(bodyIds).forEach((bodyId, body) -> bodyEditable.put(bodyId, access.canEdit(body)));
        }
        List<ActionView> out = new ArrayList<>();
        for (Action a : list) {
            List<ActionStatus.Step> steps = new ArrayList<>();
            if (withSteps
                    && (bodyEditable.getOrDefault(a.getBodyId(), false) || access.actsFor(a.getOwnerUnitId(), null))) {
                for (ActionStatus.Step s : ActionStatus.Step.values()) {
                    if (a.getStatus().allows(s)) {
                        steps.add(s);
                    }
                }
            }
            String label = a.getLinkKind() == null
                    ? null
                    : labels.getOrDefault(a.getLinkKind(), Map.of()).getOrDefault(a.getLinkId(), a.getLinkLabel());
            out.add(new ActionView(
                    a.getId(),
                    a.getVersion(),
                    a.getBodyId(),
                    a.getDistrictId(),
                    a.getDistrictId() == null ? null : districtNames.get(a.getDistrictId()),
                    a.getMeetingId(),
                    a.getAgendaItemId(),
                    a.getTitle(),
                    a.getDetail(),
                    a.getOwnerUnitId(),
                    a.getOwnerUnitId() == null ? null : unitNames.get(a.getOwnerUnitId()),
                    a.getOwnerPerson(),
                    a.getDueDate(),
                    a.getStatus(),
                    a.getLinkKind(),
                    a.getLinkId(),
                    label,
                    a.getProgressNote(),
                    a.getDoneOn(),
                    a.overdue(today),
                    a.getEscalatedAt() != null,
                    a.getEscalatedAt(),
                    steps));
        }
        return out;
    }
}
