package org.xuequ.enrollment.runs.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
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

    /**
     * An allocation run (电脑派位): DRAFT → COMMITTED → EXECUTED → REVIEWED → PUBLISHED.
     * @param mechanism how the choices stage fills schools
     * @param seedCommitment the SHA-256 of the seed, published at commit; null while a draft
     * @param seed the seed, revealed at publication; null before
     * @param committedAt when the inputs were frozen and the seed drawn; null while a draft
     * @param executedAt when the draw last ran; null before
     * @param reviewedAt null before review
     * @param publishedAt null before publication
     * @param applicants the applications in the frozen inputs
     * @param placed the applicants placed by the draw; 0 before it ran
     * @param unplaced the applicants left without a school; 0 before the draw ran
     * @param version the row version; send it back with every step (a stale one answers 409)
     */
    public record RunView(
            long id,
            Ref cycle,
            String name,
            AllocationRun.Mechanism mechanism,
            AllocationRun.Status status,
            @Nullable String seedCommitment,
            @Nullable String seed,
            Instant createdAt,
            @Nullable Instant committedAt,
            @Nullable Instant executedAt,
            @Nullable Instant reviewedAt,
            @Nullable Instant publishedAt,
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

    /**
     * Where the draw placed the applicant.
     * @param unit the school; null when not placed
     * @param choice which choice it was (1 = first); 0 when not placed through a choice
     * @param stage the stage of the draw; null when not placed
     * @param tier the applicant's priority tier there
     * @param round the round of the choices stage
     * @param guaranteed whether the seat was guaranteed
     */
    public record PlacementView(
            @Nullable Ref unit,
            int choice,
            @Nullable String stage,
            int tier,
            String tierLabel,
            int round,
            boolean guaranteed) {}

    /**
     * A school that turned the applicant down, and why.
     * @param choice which choice it was (1 = first)
     * @param stage the stage of the draw; null when no stage offered the school
     * @param reason OUTRANKED, NO_SEATS or NOT_OFFERED
     * @param tier the applicant's tier there
     * @param cutoffTier the tier of the last child the school admitted
     * @param cutoffLottery that child's lottery number, an unsigned 64-bit integer as decimal text
     */
    public record RejectionView(
            Ref unit,
            int choice,
            @Nullable String stage,
            String reason,
            int round,
            int tier,
            String tierLabel,
            int cutoffTier,
            String cutoffTierLabel,
            String cutoffLottery) {}

    /**
     * What the region stage (区级统筹) did for an applicant still unplaced after the district stage.
     * @param unit the nearest school of the region with a seat left; null when none had one, or the home has no position
     * @param distanceKm straight-line (great-circle) kilometres from the home address block to it; null without a school
     * @param located whether the home address block has a position
     */
    public record RegionView(@Nullable Ref unit, @Nullable Double distanceKm, boolean located) {}

    /**
     * How the draw reached one applicant's result.
     * @param lottery the applicant's lottery number, an unsigned 64-bit integer as decimal text
     * @param rejections the schools that turned the applicant down
     * @param region what the region stage did; null when the applicant did not reach it
     * @param lines the same in plain sentences, in the caller's language
     */
    public record ExplanationView(
            String applicationNumber,
            String lottery,
            PlacementView placement,
            List<RejectionView> rejections,
            @Nullable RegionView region,
            List<String> lines) {}

    public ExplanationView explanation(String number, long lottery, StoredExplanation e, PriorityPolicy policy) {
        Set<Long> units = new HashSet<>();
        if (e.placement().unitId() != null) {
            units.add(e.placement().unitId());
        }
        e.rejections().forEach(r -> units.add(r.unitId()));
        if (e.region() != null && e.region().unitId() != null) {
            units.add(e.region().unitId());
        }
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
        } else if ("REGION".equals(p.stage())
                && e.region() != null
                && e.region().metres() != null) {
            lines.add(text.message(
                    "enrollment.explain.region",
                    names.get(p.unitId()),
                    km(e.region().metres())));
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
        RegionView region = null;
        if (e.region() != null) {
            StoredExplanation.Region r = e.region();
            region = new RegionView(
                    r.unitId() == null ? null : Ref.of(r.unitId(), names),
                    r.metres() == null ? null : Double.valueOf(km(r.metres())),
                    r.located());
            if (r.unitId() == null) {
                lines.add(text.message(
                        r.located() ? "enrollment.explain.region-full" : "enrollment.explain.region-unlocated"));
            }
        }
        return new ExplanationView(number, own, placement, rejections, region, lines);
    }

    /** Kilometres to one decimal, as text with a point whatever the language ("1.2"). */
    private static String km(double metres) {
        return java.math.BigDecimal.valueOf(metres / 1000)
                .setScale(1, java.math.RoundingMode.HALF_UP)
                .toPlainString();
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
