package org.xuequ.enrollment.zones.proposals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.xuequ.engine.zoning.Haversine;
import org.xuequ.engine.zoning.Infeasible;
import org.xuequ.engine.zoning.InvalidZoningException;
import org.xuequ.engine.zoning.NoSolutionFound;
import org.xuequ.engine.zoning.SchoolGrouping;
import org.xuequ.engine.zoning.ZoningProblem;
import org.xuequ.engine.zoning.ZoningResult;
import org.xuequ.engine.zoning.ZoningSolution;
import org.xuequ.engine.zoning.ZoningSolver;
import org.xuequ.enrollment.zones.AttendanceZone;
import org.xuequ.enrollment.zones.ZoneKind;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.XuequProblem.FieldProblem;

/**
 * Turns the workbench's inputs and options into the engine's zoning problem, solves it, and reads the answer
 * back as zones. SINGLE: every school with seats is a zone of its own. MULTI: the engine's
 * {@link SchoolGrouping} forms the groups first (within each district); each group is one "school" to the
 * optimiser, with its schools' seats at their seat-weighted centroid. The current school of a block (for the
 * cap and school locks) is the nearest school of its zone in force (in MULTI: that school's group), so a child
 * counts as staying when it keeps that school; the comparison ({@link ProposalDiff}) counts a move only when
 * a child keeps none of its schools, which is never more.
 */
final class ProposalSolver {

    private ProposalSolver() {}

    /** What a solve found: the zoning and the optimiser's account of it. */
    record Solved(ProposalZoning zoning, ZoningSolution solution) {}

    /** A "school" of the engine's problem: one school, or a group of them. */
    private record Unit(String key, List<WorkbenchInputs.School> schools, double lon, double lat, int seats) {}

    static Solved solve(WorkbenchInputs inputs, ProposalOptions options) {
        if (inputs.schools().isEmpty()) {
            throw new XuequProblem(HttpStatus.UNPROCESSABLE_ENTITY, "problem.zoning-no-schools");
        }
        List<Unit> units = units(inputs.schools(), options);
        Map<Long, Unit> unitOfSchool = new HashMap<>();
        units.forEach(u -> u.schools().forEach(s -> unitOfSchool.put(s.id(), u)));
        Map<Long, WorkbenchInputs.Block> blocks = inputs.blocksById();
        checkLocks(options, blocks, unitOfSchool);

        ZoningProblem.Builder builder = ZoningProblem.builder();
        List<WorkbenchInputs.Block> located =
                inputs.blocks().stream().filter(WorkbenchInputs.Block::located).toList();
        Map<Long, Integer> children = new HashMap<>();
        for (WorkbenchInputs.Block b : inputs.blocks()) {
            children.put(b.id(), b.expected(options.basis(), inputs.childrenPerHousehold()));
        }
        located.forEach(b -> builder.block(key(b), b.lon(), b.lat(), children.get(b.id())));
        units.forEach(u -> builder.school(u.key(), u.lon(), u.lat(), u.seats()));
        boolean anyCurrent = false;
        Map<Long, WorkbenchInputs.School> schoolsById = inputs.schoolsById();
        for (WorkbenchInputs.Block b : located) {
            Optional<Unit> current = b.currentSchools().stream()
                    .map(schoolsById::get)
                    .filter(s -> s != null)
                    .min(Comparator.comparingDouble(
                                    (WorkbenchInputs.School s) -> Haversine.metres(b.lon(), b.lat(), s.lon(), s.lat()))
                            .thenComparingLong(WorkbenchInputs.School::id))
                    .map(s -> unitOfSchool.get(s.id()));
            if (current.isPresent()) {
                builder.current(key(b), current.get().key());
                anyCurrent = true;
            }
        }
        if ((options.maxMovedShare() != null || !options.lockedSchools().isEmpty()) && !anyCurrent) {
            throw XuequProblem.invalid(
                    options.maxMovedShare() != null ? "maxMovedShare" : "lockedSchools", "error.zoning.needs-current");
        }
        if (options.maxMovedShare() != null) {
            builder.maxMovedShare(options.maxMovedShare());
        }
        ZoningProblem problem;
        try {
            options.lockedBlocks()
                    .forEach((block, school) -> builder.lockBlock(
                            "B" + block, unitOfSchool.get(school).key()));
            new TreeSet<>(options.lockedSchools().stream()
                            .map(s -> unitOfSchool.get(s).key())
                            .toList())
                    .forEach(builder::lockSchool);
            problem = builder.build();
        } catch (InvalidZoningException e) {
            throw XuequProblem.invalid("lockedBlocks", "error.zoning.locks-conflict");
        }
        ZoningResult result = ZoningSolver.defaults().solve(problem, Duration.ofSeconds(options.timeLimitSeconds()));
        if (result instanceof Infeasible infeasible) {
            throw new XuequProblem(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "problem.zoning-infeasible." + infeasible.reason().name(),
                    problem.totalChildren(),
                    problem.totalSeats(),
                    infeasible.explanation());
        }
        if (result instanceof NoSolutionFound) {
            throw new XuequProblem(
                    HttpStatus.UNPROCESSABLE_ENTITY, "problem.zoning-no-solution", options.timeLimitSeconds());
        }
        ZoningSolution solution = (ZoningSolution) result;
        return new Solved(zoning(inputs, units, located, solution, children), solution);
    }

    private static String key(WorkbenchInputs.Block b) {
        return "B" + b.id();
    }

    private static List<Unit> units(List<WorkbenchInputs.School> schools, ProposalOptions options) {
        List<Unit> units = new ArrayList<>();
        if (options.kind() == ZoneKind.SINGLE) {
            schools.forEach(s -> units.add(new Unit("S" + s.id(), List.of(s), s.lon(), s.lat(), s.seats())));
            return units;
        }
        Map<String, WorkbenchInputs.School> byKey = new HashMap<>();
        List<SchoolGrouping.School> toGroup = new ArrayList<>();
        for (WorkbenchInputs.School s : schools) {
            byKey.put(String.valueOf(s.id()), s);
            toGroup.add(new SchoolGrouping.School(
                    String.valueOf(s.id()),
                    s.lon(),
                    s.lat(),
                    s.seats(),
                    s.grade(),
                    // zero-padded so that districts come out in id order
                    String.format("%019d", s.districtId())));
        }
        List<SchoolGrouping.Group> groups = SchoolGrouping.group(toGroup, options.groupSize());
        for (int i = 0; i < groups.size(); i++) {
            SchoolGrouping.Group g = groups.get(i);
            units.add(new Unit("G" + i, g.schoolIds().stream().map(byKey::get).toList(), g.lon(), g.lat(), g.seats()));
        }
        return units;
    }

    private static void checkLocks(
            ProposalOptions options, Map<Long, WorkbenchInputs.Block> blocks, Map<Long, Unit> unitOfSchool) {
        List<FieldProblem> errors = new ArrayList<>();
        options.lockedBlocks().forEach((block, school) -> {
            WorkbenchInputs.Block b = blocks.get(block);
            if (b == null || !b.located()) {
                errors.add(new FieldProblem("lockedBlocks", "error.zoning.lock-unknown-block"));
            }
            if (!unitOfSchool.containsKey(school)) {
                errors.add(new FieldProblem("lockedBlocks", "error.zoning.lock-unknown-school"));
            }
        });
        if (!unitOfSchool.keySet().containsAll(options.lockedSchools())) {
            errors.add(new FieldProblem("lockedSchools", "error.zoning.lock-unknown-school"));
        }
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors.stream().distinct().toList());
        }
    }

    /** The solution as zones; blocks without a position keep the schools of their zone in force. */
    private static ProposalZoning zoning(
            WorkbenchInputs inputs,
            List<Unit> units,
            List<WorkbenchInputs.Block> located,
            ZoningSolution solution,
            Map<Long, Integer> children) {
        Map<Set<Long>, Draft> drafts = new LinkedHashMap<>();
        for (int i = 0; i < located.size(); i++) {
            Unit unit = units.get(solution.schoolOf(i));
            Set<Long> schools = new TreeSet<>();
            unit.schools().forEach(s -> schools.add(s.id()));
            drafts.computeIfAbsent(schools, k -> Draft.of(unit.schools()))
                    .blocks
                    .add(located.get(i).id());
        }
        for (WorkbenchInputs.Block b : inputs.blocks()) {
            if (b.located() || b.currentSchools().isEmpty()) {
                continue;
            }
            AttendanceZone current = inputs.context().zones.zoneOf(b.id()).orElseThrow();
            drafts.computeIfAbsent(new TreeSet<>(b.currentSchools()), k -> Draft.of(current))
                    .blocks
                    .add(b.id());
        }
        List<ProposalZoning.Zone> zones = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int no = 0;
        for (Map.Entry<Set<Long>, Draft> e : drafts.entrySet()) {
            Draft d = e.getValue();
            String name = d.name;
            for (int n = 2; !names.add(name); n++) {
                name = cut(d.name, 94) + "（" + n + "）";
            }
            zones.add(new ProposalZoning.Zone(no++, name, d.districtId, d.kind, e.getKey(), d.blocks));
        }
        return new ProposalZoning(zones, children);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** A zone being collected. */
    private static final class Draft {
        final String name;
        final long districtId;
        final ZoneKind kind;
        final Set<Long> blocks = new HashSet<>();

        private Draft(String name, long districtId, ZoneKind kind) {
            this.name = name;
            this.districtId = districtId;
            this.kind = kind;
        }

        static Draft of(List<WorkbenchInputs.School> schools) {
            if (schools.size() == 1) {
                return new Draft(
                        cut(schools.get(0).name() + "片区", 100), schools.get(0).districtId(), ZoneKind.SINGLE);
            }
            String names = String.join(
                    "·",
                    schools.stream().map(WorkbenchInputs.School::name).sorted().toList());
            return new Draft(cut(names, 96) + "多校划片", schools.get(0).districtId(), ZoneKind.MULTI);
        }

        static Draft of(AttendanceZone zone) {
            return new Draft(zone.getName(), zone.getDistrictId(), zone.getKind());
        }
    }
}
