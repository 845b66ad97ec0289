package org.xuequ.enrollment.runs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xuequ.engine.allocation.AllocationResult;
import org.xuequ.engine.allocation.Cutoff;
import org.xuequ.engine.allocation.Explanation;
import org.xuequ.engine.allocation.Market;
import org.xuequ.engine.allocation.MarketBuilder;
import org.xuequ.engine.allocation.Mechanism;
import org.xuequ.engine.allocation.PriorityTier;
import org.xuequ.engine.allocation.Stage;
import org.xuequ.engine.lottery.Lottery;

/**
 * The draw of a run on the engine, from frozen inputs and a seed; no database, so the public replay
 * runs exactly the same code. Two engine runs share one lottery: the choices stage (with
 * guaranteed seats) over every applicant's own choices, then a staged run over the still-unplaced:
 * the district stage, which gives them their district's remaining seats in lottery order, nearest
 * school first, and, when the cycle has it, the region stage (区级统筹), which gives whoever is still
 * unplaced the nearest school of the region with a seat left, in lottery order.
 */
final class Draw {

    static final String CHOICES = "CHOICES";
    static final String DISTRICT = "DISTRICT";
    static final String REGION = "REGION";
    static final String GUARANTEED = "GUARANTEED";

    /**
     * One applicant's outcome; {@code unitId} null when unplaced; tiers are policy ranks (0 = guaranteed);
     * {@code region} what the region stage did for them, null when they did not reach it.
     */
    record Placement(
            String number,
            long applicationId,
            Long unitId,
            String stage,
            Integer choiceRank,
            int tier,
            long lottery,
            Explanation explanation,
            Explanation.NearestSeat region) {}

    record SchoolCutoff(long unitId, String stage, int seats, int admitted, int tier, long lottery, int round) {}

    record Outcome(List<Placement> placements, List<SchoolCutoff> cutoffs) {

        int placed() {
            return (int) placements.stream().filter(p -> p.unitId() != null).count();
        }
    }

    private Draw() {}

    /** @param regionStage whether the region stage follows the district stage (the cycle's switch) */
    static Outcome run(
            DrawInputs.Frozen inputs, AllocationRun.Mechanism mechanism, String seedHex, boolean regionStage) {
        Lottery lottery = Lottery.ofHexSeed(seedHex);
        List<DrawInputs.Applicant> applicants = inputs.applicants();
        String[] ids = applicants.stream().map(DrawInputs.Applicant::number).toArray(String[]::new);
        long[] numbers = lottery.numbers(ids);

        AllocationResult first = choicesStage(inputs, mechanism).run(marketOf(inputs), numbers);
        int[] remaining = new int[inputs.seats().size()];
        Map<Long, Integer> schoolIndex = new HashMap<>();
        for (int s = 0; s < remaining.length; s++) {
            schoolIndex.put(inputs.seats().get(s).unitId(), s);
            remaining[s] = inputs.seats().get(s).seats();
        }
        for (int a = 0; a < applicants.size(); a++) {
            int s = first.schoolOf(a);
            if (s >= 0) {
                remaining[s]--;
            }
        }
        List<Integer> leftovers = new ArrayList<>();
        for (int a = 0; a < applicants.size(); a++) {
            // without a fallback list the district stage has nothing to offer; the region stage may
            if (first.schoolOf(a) < 0 && (regionStage || applicants.get(a).fallback().length > 0)) {
                leftovers.add(a);
            }
        }
        MarketBuilder second = Market.builder();
        for (int s = 0; s < remaining.length; s++) {
            second.school(Long.toString(inputs.seats().get(s).unitId()), Math.max(0, remaining[s]));
        }
        long[] leftoverNumbers = new long[leftovers.size()];
        for (int i = 0; i < leftovers.size(); i++) {
            DrawInputs.Applicant applicant = applicants.get(leftovers.get(i));
            second.applicant(applicant.number(), ids(applicant.fallback()));
            leftoverNumbers[i] = numbers[leftovers.get(i)];
        }
        if (regionStage) {
            RegionPositions.add(second, inputs, leftovers);
        }
        AllocationResult district = (regionStage
                        ? org.xuequ.engine.allocation.AllocationProcedure.of(
                                Stage.of(DISTRICT, Mechanism.SERIAL), Stage.of(REGION, Mechanism.NEAREST))
                        : org.xuequ.engine.allocation.AllocationProcedure.of(Stage.of(DISTRICT, Mechanism.SERIAL)))
                .run(second.build(), leftoverNumbers);

        List<Placement> placements = new ArrayList<>(applicants.size());
        int leftover = 0;
        for (int a = 0; a < applicants.size(); a++) {
            DrawInputs.Applicant applicant = applicants.get(a);
            Explanation why = first.explain(a);
            int s = first.schoolOf(a);
            if (s >= 0) {
                boolean guaranteed = why.placement().guaranteed();
                placements.add(new Placement(
                        applicant.number(),
                        applicant.applicationId(),
                        inputs.seats().get(s).unitId(),
                        guaranteed ? GUARANTEED : CHOICES,
                        why.placement().choice(),
                        rank(why.placement().tier(), inputs.lowestTier()),
                        numbers[a],
                        why,
                        null));
                continue;
            }
            Long unit = null;
            String stage = null;
            Explanation.NearestSeat region = null;
            if (leftover < leftovers.size() && leftovers.get(leftover) == a) {
                int d = district.schoolOf(leftover);
                unit = d < 0 ? null : inputs.seats().get(d).unitId();
                stage = d < 0 ? null : district.stageOf(leftover);
                region = district.explain(leftover).nearest();
                leftover++;
            }
            placements.add(new Placement(
                    applicant.number(),
                    applicant.applicationId(),
                    unit,
                    stage,
                    null,
                    inputs.lowestTier(),
                    numbers[a],
                    why,
                    region));
        }
        List<SchoolCutoff> cutoffs = new ArrayList<>();
        for (Cutoff c : first.cutoffs()) {
            cutoffs.add(cutoff(c, inputs.lowestTier()));
        }
        for (Cutoff c : district.cutoffs()) {
            if (c.seats() > 0) {
                cutoffs.add(cutoff(c, inputs.lowestTier()));
            }
        }
        return new Outcome(placements, cutoffs);
    }

    private static org.xuequ.engine.allocation.AllocationProcedure choicesStage(
            DrawInputs.Frozen inputs, AllocationRun.Mechanism mechanism) {
        return org.xuequ.engine.allocation.AllocationProcedure.of(
                Stage.of(CHOICES, Mechanism.valueOf(mechanism.name())));
    }

    private static Market marketOf(DrawInputs.Frozen inputs) {
        MarketBuilder builder = Market.builder();
        for (DrawInputs.Seat seat : inputs.seats()) {
            builder.school(Long.toString(seat.unitId()), seat.seats());
        }
        int choiceCount =
                inputs.applicants().stream().mapToInt(a -> a.choices().length).sum();
        builder.expect(inputs.applicants().size(), choiceCount);
        for (DrawInputs.Applicant applicant : inputs.applicants()) {
            builder.applicant(applicant.number(), ids(applicant.choices()));
        }
        for (int a = 0; a < inputs.applicants().size(); a++) {
            DrawInputs.Applicant applicant = inputs.applicants().get(a);
            for (int c = 0; c < applicant.choices().length; c++) {
                // The lowest tier is the engine's "no tier": nobody needs a row for it.
                if (applicant.tiers()[c] < inputs.lowestTier()) {
                    builder.priority(
                            builder.schoolIndex(Long.toString(applicant.choices()[c])),
                            a,
                            applicant.tiers()[c]);
                }
            }
            if (applicant.guaranteedUnitId() != null) {
                builder.guaranteedSeat(a, builder.schoolIndex(Long.toString(applicant.guaranteedUnitId())));
            }
        }
        return builder.build();
    }

    private static SchoolCutoff cutoff(Cutoff c, int lowestTier) {
        return new SchoolCutoff(
                Long.parseLong(c.schoolId()),
                c.stage(),
                c.seats(),
                c.admitted(),
                rank(c.tier(), lowestTier),
                c.lottery(),
                c.round());
    }

    /** Engine tiers as policy ranks: GUARANTEED stays 0, NONE becomes the policy's lowest tier. */
    static int rank(int engineTier, int lowestTier) {
        return engineTier == PriorityTier.NONE ? lowestTier : engineTier;
    }

    private static List<String> ids(long[] units) {
        List<String> out = new ArrayList<>(units.length);
        for (long unit : units) {
            out.add(Long.toString(unit));
        }
        return out;
    }
}
