package org.xuequ.supervision.plans;

import java.security.SecureRandom;
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
import org.xuequ.engine.lottery.Lottery;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.registry.RegistryReads;
import org.xuequ.supervision.InspectionKind;
import org.xuequ.supervision.SupervisionScope;
import org.xuequ.supervision.Term;

/**
 * Random inspections' draws (随机督导), like the enrollment lottery: the commission commits a draw on an approved
 * plan (candidates frozen, the seed's SHA-256 published), draws the units and dates (added to the plan), and
 * reveals the seed; from then on anyone can replay the draw from the published inputs.
 */
@Service
@Transactional(readOnly = true)
public class Draws {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DrawRepository draws;
    private final SupervisionPlanRepository planRepository;
    private final Plans plans;
    private final SupervisionScope scope;
    private final RegistryReads registry;
    private final Clock clock;

    Draws(
            DrawRepository draws,
            SupervisionPlanRepository planRepository,
            Plans plans,
            SupervisionScope scope,
            RegistryReads registry,
            Clock clock) {
        this.draws = draws;
        this.planRepository = planRepository;
        this.plans = plans;
        this.scope = scope;
        this.registry = registry;
        this.clock = clock;
    }

    /** The verdict of a public replay: does the seed match the commitment, and the replayed result the published one? */
    public record Verdict(
            boolean seedMatchesCommitment,
            boolean resultMatches,
            List<DrawRule.Drawn> published,
            List<DrawRule.Drawn> replayed) {}

    /**
     * Commits a draw of {@code count} units among the district's member units of the plan's school year (less
     * {@code excluded}), dated on weekdays of the window, which must lie in the plan's term.
     */
    @Transactional
    public DrawView commit(long planId, int count, LocalDate from, LocalDate to, @Nullable List<Long> excluded) {
        SupervisionPlan plan = plans.plan(planId);
        if (plan.getStatus() != PlanStatus.APPROVED) {
            throw PlanRefusal.DRAW_NEEDS_APPROVAL.problem();
        }
        Set<Long> candidates = new HashSet<>(plans.members(plan));
        if (excluded != null) {
            excluded.forEach(candidates::remove);
        }
        Term term = plan.term();
        List<FieldProblem> errors = new ArrayList<>();
        if (count < 1 || count > candidates.size()) {
            errors.add(new FieldProblem("count", "error.supervision.draw-count"));
        }
        if (to.isBefore(from) || !term.contains(from) || !term.contains(to)) {
            errors.add(new FieldProblem("windowTo", "error.supervision.outside-term"));
        } else if (DrawRule.weekdays(from, to).isEmpty()) {
            errors.add(new FieldProblem("windowTo", "error.supervision.no-weekday"));
        }
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors);
        }
        byte[] seed = new byte[32];
        RANDOM.nextBytes(seed);
        Lottery lottery = Lottery.ofSeed(seed);
        RandomDraw draw = new RandomDraw(
                planId,
                plan.getRegionCode(),
                count,
                from,
                to,
                List.copyOf(candidates),
                lottery.seedHex(),
                lottery.commitment(),
                clock.instant(),
                scope.actor());
        draws.saveAndFlush(draw);
        return view(draw, true);
    }

    /** Draws the units and dates and adds them to the plan as RANDOM inspections; 409 unless COMMITTED. */
    @Transactional
    public DrawView execute(long drawId) {
        RandomDraw draw = find(drawId);
        SupervisionPlan plan = plans.plan(draw.getPlanId());
        List<PlannedInspection> drawn = new ArrayList<>();
        for (DrawRule.Drawn d : draw.execute(clock.instant())) {
            drawn.add(new PlannedInspection(
                    InspectionKind.RANDOM, d.unitId(), d.date(), null, null, draw.getId(), d.number()));
        }
        plan.addDrawn(drawn, clock.instant(), scope.actor());
        planRepository.flush();
        draws.flush();
        return view(draw, true);
    }

    /** Publishes the seed: the draw can be replayed by anyone from then on; 409 unless DRAWN. */
    @Transactional
    public DrawView reveal(long drawId) {
        RandomDraw draw = find(drawId);
        draw.reveal(clock.instant());
        draws.flush();
        return view(draw, true);
    }

    /** Every draw whose commitment is public (all of them: a draw is public from its commitment on). */
    public List<DrawView> publicDraws() {
        return draws.findAllByOrderByIdDesc().stream().map(d -> view(d, false)).toList();
    }

    public DrawView publicDraw(long id) {
        return view(draws.findById(id).orElseThrow(() -> XuequProblem.notFound("draw", id)), false);
    }

    /**
     * Replays a revealed draw from its published inputs and the seed given, with the same code, and compares the
     * result with the units and dates the plan holds; 409 {@code supervision-draw-not-revealed} before then.
     */
    public Verdict verify(long id, String seedHex) {
        RandomDraw draw = draws.findById(id).orElseThrow(() -> XuequProblem.notFound("draw", id));
        if (draw.getStatus() != RandomDraw.Status.REVEALED) {
            throw PlanRefusal.DRAW_NOT_REVEALED.problem();
        }
        String seed = seedHex == null ? "" : seedHex.strip().toLowerCase(java.util.Locale.ROOT);
        byte[] bytes;
        try {
            bytes = Lottery.parseSeed(seed);
        } catch (IllegalArgumentException e) {
            throw XuequProblem.invalid("seed", "error.supervision.seed-format");
        }
        boolean matches = Lottery.commitment(bytes).equals(draw.getSeedCommitment());
        List<DrawRule.Drawn> replayed = DrawRule.draw(
                seed, draw.candidateIds(), draw.getUnitsToDraw(), draw.getWindowFrom(), draw.getWindowTo());
        List<DrawRule.Drawn> published = published(
                draw, planRepository.findById(draw.getPlanId()).orElseThrow().getPlanned());
        return new Verdict(matches, replayed.equals(published), published, replayed);
    }

    private RandomDraw find(long id) {
        RandomDraw draw = draws.findById(id).orElseThrow(() -> XuequProblem.notFound("draw", id));
        scope.requireRegion(draw.getRegionCode());
        return draw;
    }

    private DrawView view(RandomDraw draw, boolean insider) {
        SupervisionPlan plan = planRepository.findById(draw.getPlanId()).orElseThrow();
        String districtName =
                registry.districtNames(Set.of(plan.getDistrictId())).get(plan.getDistrictId());
        return view(draw, plan, districtName, registry, plan.getPlanned(), insider);
    }

    static List<DrawRule.Drawn> published(RandomDraw draw, List<PlannedInspection> planned) {
        return planned.stream()
                .filter(p -> draw.getId().equals(p.getDrawId()))
                .map(p -> new DrawRule.Drawn(p.getUnitId(), p.getLotteryNumber(), p.getPlannedOn()))
                .sorted(java.util.Comparator.comparing(DrawRule.Drawn::date).thenComparing(DrawRule.Drawn::unitId))
                .toList();
    }

    /** @param insider the commission or an inspector: sees drawn units before the seed is revealed */
    static DrawView view(
            RandomDraw draw,
            SupervisionPlan plan,
            String districtName,
            RegistryReads registry,
            List<PlannedInspection> planned,
            boolean insider) {
        List<Long> candidates = draw.candidateIds();
        Map<Long, String> names = registry.unitNames(candidates);
        boolean showDrawn = insider || draw.getStatus() == RandomDraw.Status.REVEALED;
        return new DrawView(
                draw.getId(),
                draw.getPlanId(),
                districtName,
                plan.term().schoolYear(),
                plan.term().semester(),
                draw.getStatus(),
                draw.getUnitsToDraw(),
                draw.getWindowFrom(),
                draw.getWindowTo(),
                candidates.stream()
                        .map(id -> new DrawView.Unit(id, names.get(id)))
                        .toList(),
                draw.getSeedCommitment(),
                draw.revealedSeed(),
                draw.getCommittedAt(),
                draw.getDrawnAt(),
                draw.getRevealedAt(),
                showDrawn
                        ? published(draw, planned).stream()
                                .map(d ->
                                        new DrawView.DrawnUnit(d.unitId(), names.get(d.unitId()), d.number(), d.date()))
                                .toList()
                        : List.of());
    }
}
