package org.xuequ.workforce.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.IdNumber;
import org.xuequ.platform.XuequProblem;
import org.xuequ.registry.RegistryReads;
import org.xuequ.workforce.WorkforceScope;

/**
 * The staff registry as people use it: lists and pages in the caller's scope with identities masked by role, the
 * unit's own records kept by the unit (or the commission), and each unit's figures.
 */
@Service
@Transactional(readOnly = true)
public class StaffRegistry {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final StaffDirectory directory;
    private final StaffRepository staff;
    private final StaffPrivacy privacy;
    private final WorkforceScope scope;
    private final Clock clock;

    StaffRegistry(
            StaffDirectory directory, StaffRepository staff, StaffPrivacy privacy, WorkforceScope scope, Clock clock) {
        this.directory = directory;
        this.staff = staff;
        this.privacy = privacy;
        this.scope = scope;
        this.clock = clock;
    }

    /** What a list may be narrowed by; null means any. */
    public record Filter(
            @Nullable Long unitId,
            @Nullable Long districtId,
            @Nullable Post post,
            @Nullable String subject,
            @Nullable Boolean backbone,
            @Nullable Specialism specialism,
            @Nullable String name) {

        boolean matches(Staff p) {
            return (post == null || p.getPost() == post)
                    && (subject == null || subject.equals(p.getSubject()))
                    && (backbone == null || p.getBackbone().isBackbone() == backbone)
                    && (specialism == null || p.getSpecialism() == specialism)
                    && (name == null || name.isBlank() || p.getName().contains(name.strip()));
        }
    }

    /** Writes: the audit of full numbers shown. */
    @Transactional
    public Page<StaffView> list(Filter filter, Pageable pageable) {
        String region = scope.region();
        List<Staff> matching = matching(region, filter);
        int from = (int) Math.min(pageable.getOffset(), matching.size());
        int to = Math.min(from + pageable.getPageSize(), matching.size());
        List<Staff> page = matching.subList(from, to);
        privacy.recordShown("staff list", page);
        Map<Long, String> names = unitNames(region);
        LocalDate today = today();
        return new PageImpl<>(page.stream().map(p -> view(p, names, today)).toList(), pageable, matching.size());
    }

    @Transactional
    public StaffView.Page page(long id) {
        Staff person = readable(id);
        Map<Long, String> names = unitNames(person.getRegionCode());
        privacy.recordShown("staff page", List.of(person));
        List<StaffView.PostingView> postings = directory.postings(id).stream()
                .map(p -> new StaffView.PostingView(
                        p.getUnitId(),
                        names.getOrDefault(p.getUnitId(), "#" + p.getUnitId()),
                        p.getFromDate(),
                        p.getToDate(),
                        p.getReason()))
                .toList();
        return new StaffView.Page(view(person, names, today()), postings);
    }

    @Transactional
    public StaffView create(long unitId, StaffFields fields) {
        String region = scope.region();
        scope.require(
                scope.canManageStaff(region, unitId) && scope.units(region).containsKey(unitId));
        staff.findByRegionCodeAndIdNumber(region, org.xuequ.platform.IdNumber.normalise(fields.idNumber()))
                .ifPresent(existing -> {
                    throw StaffRefusal.ALREADY_REGISTERED.problem();
                });
        Staff person = directory.register(region, unitId, fields, PostingReason.HIRED, scope.actor());
        return shown("staff registered", person);
    }

    @Transactional
    public StaffView update(long id, StaffFields fields, long version) {
        Staff person = directory.get(id);
        scope.require(scope.canManageStaff(person.getRegionCode(), person.getUnitId()));
        if (person.getVersion() != version) {
            throw StaffRefusal.STALE.problem();
        }
        // the number identifies the person: a different one is refused (400 idNumber), never silently kept
        if (!IdNumber.normalise(fields.idNumber()).equals(person.getIdNumber())) {
            throw XuequProblem.invalid("idNumber", "error.workforce.id-number-fixed");
        }
        person.update(fields.withIdNumber(person.getIdNumber()), clock.instant(), scope.actor());
        try {
            staff.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw StaffRefusal.STALE.problem();
        }
        return shown("staff changed", person);
    }

    @Transactional
    public StaffView leave(long id, StaffStatus status, long version) {
        if (status == StaffStatus.ACTIVE) {
            throw XuequProblem.invalid("status", "error.workforce.leave-status");
        }
        Staff person = directory.get(id);
        scope.require(scope.canManageStaff(person.getRegionCode(), person.getUnitId()));
        if (person.getVersion() != version) {
            throw StaffRefusal.STALE.problem();
        }
        person.leave(status, clock.instant(), scope.actor());
        return shown("staff left", person);
    }

    /** Every matching person for an export, identities as the caller may see them (full ones audited). */
    @Transactional
    public List<StaffView> export(Filter filter) {
        String region = scope.region();
        List<Staff> matching = matching(region, filter);
        privacy.recordShown("staff export", matching);
        Map<Long, String> names = unitNames(region);
        LocalDate today = today();
        return matching.stream().map(p -> view(p, names, today)).toList();
    }

    /** Each readable unit's figures, by district then unit name. */
    public List<StaffView.UnitFigures> unitFigures() {
        String region = scope.region();
        Map<Long, RegistryReads.Unit> units = scope.units(region);
        Set<Long> readable = scope.readableUnits(region);
        Map<Long, List<Staff>> byUnit =
                directory.activeAt(region, readable).stream().collect(Collectors.groupingBy(Staff::getUnitId));
        List<StaffView.UnitFigures> figures = new ArrayList<>();
        byUnit.forEach((unitId, people) -> {
            RegistryReads.Unit unit = units.get(unitId);
            figures.add(StaffFigures.of(unitId, unit, people));
        });
        figures.sort(Comparator.comparing(
                        (StaffView.UnitFigures f) -> f.districtName() == null ? "\uffff" : f.districtName())
                .thenComparing(StaffView.UnitFigures::unitName));
        return figures;
    }

    /** A write's answer: the person as the caller may see them, a full number audited like any other showing. */
    private StaffView shown(String what, Staff person) {
        privacy.recordShown(what, List.of(person));
        return view(person, unitNames(person.getRegionCode()), today());
    }

    Staff readable(long id) {
        Staff person = directory.get(id);
        scope.require(scope.canReadUnit(person.getRegionCode(), person.getUnitId()));
        return person;
    }

    /** The active staff in scope the filter keeps, by unit then name. */
    private List<Staff> matching(String region, Filter filter) {
        return directory.activeAt(region, units(region, filter)).stream()
                .filter(filter::matches)
                .toList();
    }

    private Set<Long> units(String region, Filter filter) {
        Set<Long> readable = scope.readableUnits(region);
        if (filter.unitId() != null) {
            return readable.contains(filter.unitId()) ? Set.of(filter.unitId()) : Set.of();
        }
        if (filter.districtId() != null) {
            Map<Long, Set<Long>> districts = scope.districtsOfUnits(region);
            return readable.stream()
                    .filter(u -> districts.getOrDefault(u, Set.of()).contains(filter.districtId()))
                    .collect(Collectors.toSet());
        }
        return readable;
    }

    private StaffView view(Staff p, Map<Long, String> unitNames, LocalDate today) {
        return new StaffView(
                p.getId(),
                p.getVersion(),
                p.getUnitId(),
                unitNames.getOrDefault(p.getUnitId(), "#" + p.getUnitId()),
                p.getStaffNo(),
                p.getName(),
                privacy.identity(p, today),
                p.getPost(),
                p.getSubject(),
                p.getQualification(),
                p.getTitle(),
                p.getBackbone(),
                p.getSpecialism(),
                p.getEmployedSince(),
                p.getAtUnitSince(),
                p.yearsAtUnit(today),
                p.getStatus(),
                scope.canManageStaff(p.getRegionCode(), p.getUnitId()));
    }

    private Map<Long, String> unitNames(String region) {
        return scope.units(region).values().stream()
                .collect(Collectors.toMap(RegistryReads.Unit::id, RegistryReads.Unit::name));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BEIJING));
    }
}
