package org.xuequ.workforce.training;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.Role;
import org.xuequ.registry.RegistryReads;
import org.xuequ.workforce.WorkforceScope;
import org.xuequ.workforce.staff.Staff;
import org.xuequ.workforce.staff.StaffDirectory;

/**
 * Training courses of the current cycle: the commission runs region-wide ones, a district office its districts'; a
 * unit enrols its own people, officials anyone in their scope; the course's managers record completion.
 */
@Service
@Transactional
public class Courses {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final CourseRepository courses;
    private final EnrolmentRepository enrolments;
    private final CycleRepository cycles;
    private final CourseSessionRepository sessions;
    private final TrainingCoverage coverage;
    private final StaffDirectory staff;
    private final WorkforceScope scope;
    private final RegistryReads registry;
    private final Clock clock;

    Courses(
            CourseRepository courses,
            EnrolmentRepository enrolments,
            CycleRepository cycles,
            CourseSessionRepository sessions,
            TrainingCoverage coverage,
            StaffDirectory staff,
            WorkforceScope scope,
            RegistryReads registry,
            Clock clock) {
        this.courses = courses;
        this.enrolments = enrolments;
        this.cycles = cycles;
        this.sessions = sessions;
        this.coverage = coverage;
        this.staff = staff;
        this.scope = scope;
        this.registry = registry;
        this.clock = clock;
    }

    /** Opens a region's cycle (the commission's); a region's cycles may not overlap (an exclusion constraint). */
    public TrainingCycle openCycle(String name, LocalDate startsOn, LocalDate endsOn) {
        String region = scope.region();
        scope.require(scope.regionManager(region));
        if (!endsOn.isAfter(startsOn)) {
            throw XuequProblem.invalid("endsOn", "error.workforce.cycle-dates");
        }
        try {
            return cycles.saveAndFlush(
                    new TrainingCycle(region, name, startsOn, endsOn, clock.instant(), scope.actor()));
        } catch (DataIntegrityViolationException e) {
            throw XuequProblem.invalid("startsOn", "error.workforce.cycle-exists");
        }
    }

    @Transactional(readOnly = true)
    public List<CourseView> list() {
        String region = scope.region();
        TrainingCycle cycle = coverage.current(region);
        List<Course> all = courses.findByRegionCodeAndCycleIdOrderByStartsOnDescIdDesc(region, cycle.getId());
        Map<Long, List<Enrolment>> byCourse =
                enrolmentsOf(all.stream().map(Course::getId).toList());
        Map<Long, String> districts = districtNames(all);
        return all.stream()
                .map(c -> view(c, byCourse.getOrDefault(c.getId(), List.of()), districts, false))
                .toList();
    }

    @Transactional(readOnly = true)
    public CourseView get(long id) {
        Course course = course(id);
        return page(course);
    }

    public CourseView create(Course.Fields fields) {
        String region = scope.region();
        scope.require(mayManage(region, fields.districtId()));
        TrainingCycle cycle = coverage.current(region);
        Course course = courses.saveAndFlush(new Course(region, cycle.getId(), fields, clock.instant(), scope.actor()));
        return page(course);
    }

    /** Enrols people on a course; those already on it are left as they are. */
    public CourseView enrol(long id, Collection<Long> staffIds) {
        Course course = course(id);
        course.requireOpen();
        Map<Long, Staff> people = staff.byIds(staffIds);
        // the caller's reach and the course's enrolments, read once for the whole list
        boolean manages = mayManage(course.getRegionCode(), course.getDistrictId());
        Set<Long> readable = manages ? scope.readableUnits(course.getRegionCode()) : Set.of();
        Set<Long> onCourse = enrolments.findByCourseIdOrderByIdAsc(id).stream()
                .map(Enrolment::getStaffId)
                .collect(Collectors.toCollection(java.util.HashSet::new));
        for (Long staffId : staffIds) {
            Staff person = people.get(staffId);
            if (person == null || !person.isActive() || !person.getRegionCode().equals(course.getRegionCode())) {
                throw XuequProblem.invalid("staffIds", "error.workforce.enrol-unknown");
            }
            boolean ownUnit =
                    scope.role() == Role.UNIT && scope.canManageStaff(person.getRegionCode(), person.getUnitId());
            scope.require(ownUnit || manages && readable.contains(person.getUnitId()));
            if (onCourse.add(staffId)) {
                enrolments.save(new Enrolment(id, staffId, person.getUnitId(), clock.instant(), scope.actor()));
            }
        }
        try {
            enrolments.flush();
        } catch (DataIntegrityViolationException e) {
            throw TrainingRefusal.STALE.problem();
        }
        return page(course);
    }

    /**
     * Records that a person completed the course: the course's hours are credited, or with sessions the hours
     * attended, which must reach two thirds of the sessions' (409 {@code workforce-attendance-short} otherwise).
     */
    public CourseView complete(long id, long enrolmentId, long version) {
        Course course = managed(id);
        Enrolment enrolment = enrolments
                .findById(enrolmentId)
                .filter(e -> e.getCourseId() == id)
                .orElseThrow(() -> XuequProblem.notFound("Enrolment", enrolmentId));
        if (enrolment.getVersion() != version) {
            throw TrainingRefusal.STALE.problem();
        }
        AttendanceCredit credit = AttendanceCredit.of(
                sessions.findByCourseIdOrderByHeldOnAscIdAsc(id), enrolment.getStaffId(), course.getHours());
        if (!credit.sufficient()) {
            throw TrainingRefusal.ATTENDANCE_SHORT.problem(credit.attendedHours(), credit.requiredHours());
        }
        enrolment.complete(today(), credit.credited(), clock.instant(), scope.actor());
        return page(course);
    }

    /**
     * Records completions of many people at once on a day (an attendance sheet, the sample data); people not enrolled,
     * already completed or short of attendance are skipped. Returns how many were recorded.
     */
    public int completeAll(long id, Collection<Long> staffIds, LocalDate day) {
        Course course = managed(id);
        List<CourseSession> held = sessions.findByCourseIdOrderByHeldOnAscIdAsc(id);
        Set<Long> wanted = Set.copyOf(staffIds);
        int recorded = 0;
        for (Enrolment e : enrolments.findByCourseIdOrderByIdAsc(id)) {
            AttendanceCredit credit = AttendanceCredit.of(held, e.getStaffId(), course.getHours());
            if (wanted.contains(e.getStaffId()) && e.getStatus() == EnrolmentStatus.ENROLLED && credit.sufficient()) {
                e.complete(day, credit.credited(), clock.instant(), scope.actor());
                recorded++;
            }
        }
        return recorded;
    }

    /** The course, for a change by its managers while it is open (sessions, attendance, completions). */
    Course managed(long id) {
        Course course = course(id);
        scope.require(mayManage(course.getRegionCode(), course.getDistrictId()));
        course.requireOpen();
        return course;
    }

    @Transactional(readOnly = true)
    public CourseView.PersonTraining ofPerson(long staffId) {
        Staff person = staff.get(staffId);
        scope.require(scope.canReadUnit(person.getRegionCode(), person.getUnitId()));
        TrainingCycle cycle = cycles
                .findByRegionCodeAndStartsOnLessThanEqualAndEndsOnGreaterThanEqual(
                        person.getRegionCode(), today(), today())
                .stream()
                .findFirst()
                .orElse(null);
        List<CourseView.PersonCourse> rows = new ArrayList<>();
        BigDecimal hours = BigDecimal.ZERO;
        boolean trained = false;
        List<Enrolment> own = enrolments.findByStaffIdOrderByIdDesc(staffId);
        Map<Long, Course> byId = courses
                .findAllById(own.stream().map(Enrolment::getCourseId).toList())
                .stream()
                .collect(Collectors.toMap(Course::getId, c -> c));
        for (Enrolment e : own) {
            Course c = byId.get(e.getCourseId());
            rows.add(new CourseView.PersonCourse(
                    c.getId(),
                    c.getTitle(),
                    c.getLevel(),
                    c.getHours(),
                    c.getStartsOn(),
                    e.getStatus(),
                    e.getCompletedOn()));
            if (cycle != null && c.getCycleId() == cycle.getId() && e.getStatus() == EnrolmentStatus.COMPLETED) {
                trained = true;
                hours = hours.add(e.getHours() == null ? BigDecimal.ZERO : e.getHours());
            }
        }
        return new CourseView.PersonTraining(
                cycle == null ? null : cycle.getName(), cycle == null ? null : cycle.getEndsOn(), trained, hours, rows);
    }

    CourseView page(Course course) {
        List<Enrolment> all = enrolments.findByCourseIdOrderByIdAsc(course.getId());
        return view(course, all, districtNames(List.of(course)), true);
    }

    private CourseView view(Course c, List<Enrolment> all, Map<Long, String> districts, boolean withRows) {
        List<CourseView.EnrolmentRow> rows = List.of();
        List<CourseSession> held = withRows ? sessions.findByCourseIdOrderByHeldOnAscIdAsc(c.getId()) : List.of();
        if (withRows) {
            Set<Long> readable = scope.readableUnits(c.getRegionCode());
            List<Enrolment> visible =
                    all.stream().filter(e -> readable.contains(e.getUnitId())).toList();
            Map<Long, Staff> people =
                    staff.byIds(visible.stream().map(Enrolment::getStaffId).toList());
            Map<Long, String> units = registry.unitNames(
                    visible.stream().map(Enrolment::getUnitId).toList());
            rows = visible.stream()
                    .map(e -> new CourseView.EnrolmentRow(
                            e.getId(),
                            e.getVersion(),
                            e.getStaffId(),
                            people.containsKey(e.getStaffId())
                                    ? people.get(e.getStaffId()).getName()
                                    : "#" + e.getStaffId(),
                            e.getUnitId(),
                            units.getOrDefault(e.getUnitId(), "#" + e.getUnitId()),
                            e.getStatus(),
                            e.getCompletedOn(),
                            e.getHours(),
                            held.isEmpty()
                                    ? null
                                    : AttendanceCredit.of(held, e.getStaffId(), c.getHours())
                                            .attendedHours()))
                    .toList();
        }
        int completed = (int) all.stream()
                .filter(e -> e.getStatus() == EnrolmentStatus.COMPLETED)
                .count();
        int enrolled = (int) all.stream()
                .filter(e -> e.getStatus() != EnrolmentStatus.WITHDRAWN)
                .count();
        return new CourseView(
                c.getId(),
                c.getVersion(),
                c.getTitle(),
                c.getLevel(),
                c.getProvider(),
                c.getHours(),
                c.getTargetPosts(),
                c.getStartsOn(),
                c.getDistrictId(),
                c.getDistrictId() == null ? null : districts.get(c.getDistrictId()),
                c.isOpen(),
                enrolled,
                completed,
                mayManage(c.getRegionCode(), c.getDistrictId()),
                rows,
                held.stream()
                        .map(x -> new CourseView.SessionRow(
                                x.getId(),
                                x.getHeldOn(),
                                x.getHours(),
                                x.getTopic(),
                                x.getPresent().size()))
                        .toList());
    }

    private boolean mayManage(String region, @Nullable Long districtId) {
        return districtId == null ? scope.regionManager(region) : scope.canManageDistrict(region, districtId);
    }

    private Course course(long id) {
        Course course = courses.findById(id).orElseThrow(() -> XuequProblem.notFound("Course", id));
        scope.require(
                scope.readableUnits(course.getRegionCode()).size() > 0 || scope.regionWide(course.getRegionCode()));
        return course;
    }

    private Map<Long, List<Enrolment>> enrolmentsOf(List<Long> courseIds) {
        if (courseIds.isEmpty()) {
            return Map.of();
        }
        return enrolments
                .findByCourseIdInAndStatusIn(
                        courseIds, java.util.EnumSet.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED))
                .stream()
                .collect(Collectors.groupingBy(Enrolment::getCourseId));
    }

    private Map<Long, String> districtNames(List<Course> all) {
        List<Long> ids = all.stream()
                .map(Course::getDistrictId)
                .filter(d -> d != null)
                .distinct()
                .toList();
        return ids.isEmpty() ? Map.of() : registry.districtNames(ids);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BEIJING));
    }
}
