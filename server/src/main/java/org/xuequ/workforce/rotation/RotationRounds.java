package org.xuequ.workforce.rotation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.engine.rotation.InvalidRotationException;
import org.xuequ.engine.rotation.MoveReason;
import org.xuequ.engine.rotation.RotationMove;
import org.xuequ.engine.rotation.RotationProblem;
import org.xuequ.engine.rotation.RotationProposal;
import org.xuequ.engine.rotation.RotationRules;
import org.xuequ.engine.rotation.RotationSchool;
import org.xuequ.engine.rotation.RotationSolver;
import org.xuequ.engine.rotation.RotationTeacher;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.Role;
import org.xuequ.registry.RegistryReads;
import org.xuequ.workforce.WorkforceScope;
import org.xuequ.workforce.staff.Specialism;
import org.xuequ.workforce.staff.Staff;
import org.xuequ.workforce.staff.StaffDirectory;

/**
 * Rotation rounds (轮岗交流): a district office (or the commission) opens a round with its rules, units enter their
 * teachers' wishes and their needs, the optimiser proposes moves that lower the worse of the backbone and PE/art
 * CVs while honouring wishes, officials lock or veto moves and solve again, then approve; approved moves reach the
 * staff registry on the start date ({@link RotationMovesApplied}).
 */
@Service
@Transactional
public class RotationRounds {

    /** A district's round solves in seconds; the limit only bounds a pathological one. */
    static final Duration SOLVE_LIMIT = Duration.ofSeconds(20);

    private final RoundRepository rounds;
    private final MoveRepository moves;
    private final RoundInputs inputs;
    private final DistrictPictures pictures;
    private final RoundViews views;
    private final WorkforceScope scope;
    private final StaffDirectory staff;
    private final RegistryReads registry;
    private final Clock clock;

    RotationRounds(
            RoundRepository rounds,
            MoveRepository moves,
            RoundInputs inputs,
            DistrictPictures pictures,
            RoundViews views,
            WorkforceScope scope,
            StaffDirectory staff,
            RegistryReads registry,
            Clock clock) {
        this.rounds = rounds;
        this.moves = moves;
        this.inputs = inputs;
        this.pictures = pictures;
        this.views = views;
        this.scope = scope;
        this.staff = staff;
        this.registry = registry;
        this.clock = clock;
    }

    /** What an official sets when opening a round or changing its rules. */
    public record RoundSpec(
            long districtId,
            int year,
            String title,
            EligibilityRules rules,
            int maxOutPercent,
            LocalDate startsOn,
            boolean countersign) {}

    @Transactional(readOnly = true)
    public List<RoundView.Summary> list() {
        String region = scope.region();
        return rounds.findByRegionCodeOrderByRoundYearDescIdDesc(region).stream()
                .filter(this::readable)
                .map(views::summary)
                .toList();
    }

    @Transactional(readOnly = true)
    public RoundView get(long id) {
        RotationRound round = readableRound(id);
        return page(round);
    }

    public RoundView open(RoundSpec spec) {
        String region = scope.region();
        scope.require(scope.canManageDistrict(region, spec.districtId()));
        if (!region.equals(registry.districtRegions(List.of(spec.districtId())).get(spec.districtId()))) {
            throw XuequProblem.invalid("districtId", "error.workforce.district-unknown");
        }
        if (rounds.existsByDistrictIdAndRoundYear(spec.districtId(), spec.year())) {
            throw RoundRefusal.EXISTS.problem(spec.year());
        }
        try {
            RotationRound round = rounds.saveAndFlush(new RotationRound(
                    region,
                    spec.districtId(),
                    spec.year(),
                    spec.title(),
                    spec.rules(),
                    spec.maxOutPercent(),
                    spec.startsOn(),
                    spec.countersign(),
                    clock.instant(),
                    scope.actor()));
            return page(round);
        } catch (DataIntegrityViolationException e) {
            throw RoundRefusal.EXISTS.problem(spec.year());
        }
    }

    public RoundView change(long id, RoundSpec spec, long version) {
        RotationRound round = managed(id, version);
        round.change(spec.rules(), spec.maxOutPercent(), spec.startsOn(), clock.instant(), scope.actor());
        return page(flush(round));
    }

    /** A teacher's ranked wishes (schools of the district other than their own, at most three). */
    public RoundView wishes(long id, long staffId, List<Long> schools) {
        RotationRound round = readableRound(id);
        round.requireOpen("WISHES");
        Staff person = staff.get(staffId);
        scope.require(scope.canManageDistrict(round.getRegionCode(), round.getDistrictId())
                || scope.role() == Role.UNIT && scope.canManageStaff(round.getRegionCode(), person.getUnitId()));
        DistrictPicture picture = pictures.of(round);
        Set<Long> district = picture.byUnit().keySet();
        if (!district.contains(person.getUnitId())) {
            throw XuequProblem.invalid("staffId", "error.workforce.not-in-district");
        }
        List<Long> unique = new ArrayList<>(new LinkedHashSet<>(schools));
        if (unique.size() != schools.size() || unique.size() > 3) {
            throw XuequProblem.invalid("schools", "error.workforce.wishes-count");
        }
        for (int i = 0; i < unique.size(); i++) {
            if (!district.contains(unique.get(i)) || unique.get(i) == person.getUnitId()) {
                throw XuequProblem.invalid("schools[" + i + "]", "error.workforce.wish-school");
            }
        }
        inputs.replaceWishes(id, staffId, unique);
        return page(round, picture);
    }

    /** A school's needs by subject (seats); an empty map clears them. The school itself or an official. */
    public RoundView needs(long id, long unitId, Map<String, Integer> seats) {
        RotationRound round = readableRound(id);
        round.requireOpen("NEEDS");
        scope.require(scope.canManageDistrict(round.getRegionCode(), round.getDistrictId())
                || scope.role() == Role.UNIT && scope.canManageStaff(round.getRegionCode(), unitId));
        DistrictPicture picture = pictures.of(round);
        if (!picture.byUnit().containsKey(unitId)) {
            throw XuequProblem.invalid("unitId", "error.workforce.not-in-district");
        }
        seats.forEach((subject, n) -> {
            if (subject == null || subject.isBlank() || subject.length() > 20) {
                throw XuequProblem.invalid("seats", "error.workforce.need-subject");
            }
            if (n == null || n < 1 || n > 100) {
                throw XuequProblem.invalid("seats." + subject, "error.workforce.need-seats");
            }
        });
        inputs.replaceNeeds(id, unitId, seats);
        return page(round, picture);
    }

    /**
     * Runs the optimiser on the round as it stands (rules, wishes, needs, quotas, locks, vetoes) and replaces the
     * optimiser's previous proposal; locked and vetoed moves stay.
     */
    public RoundView solve(long id, long version) {
        RotationRound round = managed(id, version);
        DistrictPicture picture = pictures.of(round);
        List<RotationMoveRecord> decided = moves.findByRoundIdOrderByIdAsc(id);
        RotationProblem problem = problem(picture, inputs.wishes(id), inputs.needs(id), decided);
        RotationProposal proposal;
        try {
            proposal = RotationSolver.solve(problem, SOLVE_LIMIT);
        } catch (InvalidRotationException e) {
            throw XuequProblem.invalid("round", "error.workforce.round-invalid");
        }
        moves.deleteByRoundIdAndDecision(id, Decision.PROPOSED);
        moves.flush();
        Set<String> kept = decided.stream()
                .filter(m -> m.getDecision() == Decision.LOCKED)
                .map(m -> m.getStaffId() + ">" + m.getToUnitId())
                .collect(Collectors.toSet());
        if (proposal.hasProposal()) {
            for (RotationMove move : proposal.moves()) {
                if (kept.contains(move.teacherId() + ">" + move.toSchoolId())) {
                    continue;
                }
                moves.save(new RotationMoveRecord(
                        id,
                        Long.parseLong(move.teacherId()),
                        Long.parseLong(move.fromSchoolId()),
                        Long.parseLong(move.toSchoolId()),
                        move.wishRank(),
                        move.reasons().stream().map(MoveReason::name).collect(Collectors.joining(","))));
            }
        }
        round.proposed(proposal, clock.instant(), scope.actor());
        flush(round);
        moves.flush();
        return page(round, picture);
    }

    /** Locks, vetoes or releases (PROPOSED) a move of a proposal; the next solve honours it. */
    public RoundView decide(long id, long moveId, Decision decision, long moveVersion) {
        RotationRound round = readableRound(id);
        scope.require(scope.canManageDistrict(round.getRegionCode(), round.getDistrictId()));
        round.requireProposal("DECIDE");
        RotationMoveRecord move = moves.findById(moveId)
                .filter(m -> m.getRoundId() == id)
                .orElseThrow(() -> XuequProblem.notFound("RotationMove", moveId));
        if (move.getVersion() != moveVersion) {
            throw RoundRefusal.STALE.problem();
        }
        move.decide(decision);
        try {
            moves.flush();
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw RoundRefusal.STALE.problem();
        }
        return page(round);
    }

    /**
     * Approves the proposal; where the round needs the commission's countersignature, a district office's approval
     * submits it and the commission's approves it.
     */
    public RoundView approve(long id, long version) {
        RotationRound round = managed(id, version);
        round.approve(scope.regionManager(round.getRegionCode()), clock.instant(), scope.actor());
        return page(flush(round));
    }

    /** The commission sends a submitted round back to its district. */
    public RoundView sendBack(long id, long version) {
        RotationRound round = managed(id, version);
        scope.require(scope.regionManager(round.getRegionCode()));
        round.sendBack(clock.instant(), scope.actor());
        return page(flush(round));
    }

    public RoundView cancel(long id, long version) {
        RotationRound round = managed(id, version);
        round.cancel(clock.instant(), scope.actor());
        return page(flush(round));
    }

    /** The rounds a person is in: standing under the rules, wishes, and any move. */
    @Transactional(readOnly = true)
    public List<RoundView.PersonRotation> ofPerson(long staffId) {
        Staff person = staff.get(staffId);
        scope.require(scope.canReadUnit(person.getRegionCode(), person.getUnitId()));
        Map<Long, RotationMoveRecord> moveByRound = new HashMap<>();
        moves.findByStaffIdOrderByIdDesc(staffId).stream()
                .filter(RotationMoveRecord::stands)
                .forEach(m -> moveByRound.putIfAbsent(m.getRoundId(), m));
        Set<Long> districts = new HashSet<>(
                scope.districtsOfUnits(person.getRegionCode()).getOrDefault(person.getUnitId(), Set.of()));
        Map<Long, String> unitNames = scope.units(person.getRegionCode()).values().stream()
                .collect(Collectors.toMap(RegistryReads.Unit::id, RegistryReads.Unit::name));
        List<RoundView.PersonRotation> out = new ArrayList<>();
        for (RotationRound round : rounds.findByRegionCodeOrderByRoundYearDescIdDesc(person.getRegionCode())) {
            RotationMoveRecord move = moveByRound.get(round.getId());
            if (move == null
                    && !(districts.contains(round.getDistrictId())
                            && round.getStatus().open())) {
                continue;
            }
            var judged = round.rules()
                    .judge(
                            new EligibilityRules.Facts(
                                    person.getPost(),
                                    person.getGender(),
                                    person.getBirthDate(),
                                    person.getAtUnitSince()),
                            round.getStartsOn());
            List<String> wishes = inputs.wishes(round.getId()).getOrDefault(staffId, List.of()).stream()
                    .map(u -> unitNames.getOrDefault(u, "#" + u))
                    .toList();
            out.add(new RoundView.PersonRotation(
                    round.getId(),
                    round.getTitle(),
                    round.getRoundYear(),
                    round.getStatus(),
                    judged.isEmpty(),
                    judged.orElse(null),
                    wishes,
                    move == null ? null : views.move(move, Map.of(staffId, person), unitNames)));
        }
        return out;
    }

    static RotationProblem problem(
            DistrictPicture picture,
            Map<Long, List<Long>> wishes,
            List<RoundInputs.Need> needs,
            List<RotationMoveRecord> decided) {
        List<RotationSchool> schools = new ArrayList<>();
        for (DistrictPicture.School s : picture.schools()) {
            Map<String, Integer> need = new HashMap<>();
            needs.stream().filter(n -> n.unitId() == s.unitId()).forEach(n -> need.put(n.subject(), n.seats()));
            schools.add(new RotationSchool(
                    String.valueOf(s.unitId()), s.pupils(), s.backbone(), s.peArt(), s.maxOut(), s.maxIn(), need));
        }
        Set<Long> district = picture.byUnit().keySet();
        List<RotationTeacher> candidates = new ArrayList<>();
        for (DistrictPicture.Person p : picture.people()) {
            if (!p.candidate()) {
                continue;
            }
            Staff t = p.staff();
            List<String> wished = wishes.getOrDefault(t.getId(), List.of()).stream()
                    .filter(u -> district.contains(u) && u != t.getUnitId())
                    .map(String::valueOf)
                    .toList();
            candidates.add(new RotationTeacher(
                    String.valueOf(t.getId()),
                    String.valueOf(t.getUnitId()),
                    t.getSubject(),
                    t.getBackbone().isBackbone(),
                    t.getSpecialism() != Specialism.NONE,
                    wished));
        }
        Set<String> candidateIds =
                candidates.stream().map(RotationTeacher::teacherId).collect(Collectors.toSet());
        Map<String, String> locked = new HashMap<>();
        Map<String, Set<String>> vetoed = new HashMap<>();
        for (RotationMoveRecord m : decided) {
            String teacher = String.valueOf(m.getStaffId());
            if (!candidateIds.contains(teacher) || !district.contains(m.getToUnitId())) {
                continue; // no longer a candidate (rules changed, left): the decision lapses
            }
            if (m.getDecision() == Decision.LOCKED) {
                locked.put(teacher, String.valueOf(m.getToUnitId()));
            } else if (m.getDecision() == Decision.VETOED) {
                vetoed.computeIfAbsent(teacher, k -> new HashSet<>()).add(String.valueOf(m.getToUnitId()));
            }
        }
        return new RotationProblem(schools, candidates, new RotationRules(0, Integer.MAX_VALUE, locked, vetoed));
    }

    private RoundView page(RotationRound round) {
        return page(round, pictures.of(round));
    }

    /** The page with a picture this request already built (the census and the roll are read once). */
    private RoundView page(RotationRound round, DistrictPicture picture) {
        return views.page(
                round,
                picture,
                inputs.wishes(round.getId()),
                inputs.needs(round.getId()),
                moves.findByRoundIdOrderByIdAsc(round.getId()));
    }

    /** 403 unless the caller manages the round, 409 when the version is stale: checked before a solve job is queued. */
    @Transactional(readOnly = true)
    public void requireManaged(long id, long version) {
        managed(id, version);
    }

    private RotationRound managed(long id, long version) {
        RotationRound round = rounds.findById(id).orElseThrow(() -> XuequProblem.notFound("RotationRound", id));
        scope.require(scope.canManageDistrict(round.getRegionCode(), round.getDistrictId()));
        if (round.getVersion() != version) {
            throw RoundRefusal.STALE.problem();
        }
        return round;
    }

    private RotationRound flush(RotationRound round) {
        try {
            rounds.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw RoundRefusal.STALE.problem();
        }
        return round;
    }

    private RotationRound readableRound(long id) {
        RotationRound round = rounds.findById(id).orElseThrow(() -> XuequProblem.notFound("RotationRound", id));
        scope.require(readable(round));
        return round;
    }

    private boolean readable(RotationRound round) {
        return scope.canReadDistrict(round.getRegionCode(), round.getDistrictId())
                || !views.unitsOfCaller(round).isEmpty();
    }
}
