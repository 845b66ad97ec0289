package org.xuequ.enrollment.runs.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.xuequ.enrollment.cycles.Cycles;
import org.xuequ.enrollment.cycles.EnrollmentCycle;
import org.xuequ.enrollment.cycles.PriorityPolicy;
import org.xuequ.enrollment.runs.AllocationRun;
import org.xuequ.enrollment.runs.StoredExplanation;
import org.xuequ.enrollment.web.EnrollmentText;
import org.xuequ.enrollment.web.EnrollmentViews.Ref;
import org.xuequ.registry.RegistryReads;

/** Runs and explanations as JSON; explanation sentences in the caller's language. */
@Component
public class RunViews {

    private final Cycles cycles;
    private final RegistryReads registry;
    private final EnrollmentText text;

    RunViews(Cycles cycles, RegistryReads registry, EnrollmentText text) {
        this.cycles = cycles;
        this.registry = registry;
        this.text = text;
    }

    public record RunView(
            long id,
            Ref cycle,
            String name,
            AllocationRun.Mechanism mechanism,
            AllocationRun.Status status,
            String seedCommitment,
            String seed,
            Instant createdAt,
            Instant committedAt,
            Instant executedAt,
            Instant reviewedAt,
            Instant publishedAt,
            int applicants,
            int placed,
            int unplaced,
            long version) {}

    public RunView run(AllocationRun r) {
        EnrollmentCycle cycle = cycles.unscoped().cycle(r.getCycleId());
        boolean executed = r.hasResults();
        return new RunView(
                r.getId(),
                new Ref(cycle.getId(), cycle.getName()),
                r.getName(),
                r.getMechanism(),
                r.getStatus(),
                r.getSeedCommitment(),
                r.revealedSeed(),
                r.getCreatedAt(),
                r.getCommittedAt(),
                r.getExecutedAt(),
                r.getReviewedAt(),
                r.getPublishedAt(),
                r.getApplicants(),
                executed ? r.getPlaced() : 0,
                executed ? r.getApplicants() - r.getPlaced() : 0,
                r.getVersion());
    }

    public record PlacementView(
            Ref unit, int choice, String stage, int tier, String tierLabel, int round, boolean guaranteed) {}

    public record RejectionView(
            Ref unit,
            int choice,
            String stage,
            String reason,
            int round,
            int tier,
            String tierLabel,
            int cutoffTier,
            String cutoffTierLabel,
            String cutoffLottery) {}

    public record ExplanationView(
            String applicationNumber,
            String lottery,
            PlacementView placement,
            List<RejectionView> rejections,
            List<String> lines) {}

    public ExplanationView explanation(String number, long lottery, StoredExplanation e, PriorityPolicy policy) {
        Set<Long> units = new HashSet<>();
        if (e.placement().unitId() != null) {
            units.add(e.placement().unitId());
        }
        e.rejections().forEach(r -> units.add(r.unitId()));
        Map<Long, String> names = registry.unitNames(units);
        StoredExplanation.Placement p = e.placement();
        PlacementView placement = new PlacementView(
                Ref.of(p.unitId(), names),
                p.choice(),
                p.stage(),
                p.tier(),
                tierLabel(policy, p.tier()),
                p.round(),
                p.guaranteed());
        List<RejectionView> rejections = e.rejections().stream()
                .map(r -> new RejectionView(
                        Ref.of(r.unitId(), names),
                        r.choice(),
                        r.stage(),
                        r.reason(),
                        r.round(),
                        r.tier(),
                        tierLabel(policy, r.tier()),
                        r.cutoffTier(),
                        tierLabel(policy, r.cutoffTier()),
                        r.cutoffLottery()))
                .toList();
        String own = Long.toUnsignedString(lottery);
        List<String> lines = new ArrayList<>();
        lines.add(text.message("enrollment.explain.lottery", number, own));
        if (p.unitId() == null) {
            lines.add(text.message("enrollment.explain.unplaced"));
        } else if (p.guaranteed()) {
            lines.add(text.message("enrollment.explain.guaranteed", names.get(p.unitId())));
        } else if ("DISTRICT".equals(p.stage())) {
            lines.add(text.message("enrollment.explain.district", names.get(p.unitId())));
        } else {
            lines.add(text.message(
                    "enrollment.explain.placed", names.get(p.unitId()), p.choice(), tierLabel(policy, p.tier())));
        }
        for (RejectionView r : rejections) {
            switch (r.reason()) {
                case "OUTRANKED" ->
                    lines.add(text.message(
                            "enrollment.explain.outranked",
                            r.unit().name(),
                            r.choice(),
                            r.cutoffTierLabel(),
                            r.cutoffLottery(),
                            r.tierLabel(),
                            own));
                case "NO_SEATS" ->
                    lines.add(
                            text.message("enrollment.explain.no-seats", r.unit().name(), r.choice()));
                default ->
                    lines.add(text.message(
                            "enrollment.explain.not-offered", r.unit().name(), r.choice()));
            }
        }
        return new ExplanationView(number, own, placement, rejections, lines);
    }

    public String tierLabel(PriorityPolicy policy, int tier) {
        if (tier == 0) {
            return text.message("enrollment.tier.guaranteed");
        }
        return tier >= 1 && tier <= policy.getRules().size()
                ? policy.getRules().get(tier - 1).label()
                : text.message("enrollment.tier.lowest");
    }
}
