package org.xuequ.engine.allocation;

import java.util.ArrayList;
import java.util.List;

/**
 * Reconstructs, from a result's stored cutoffs, why an applicant missed each school they preferred.
 * Under DA and SERIAL a school the applicant preferred either had no seat in the stage or was full
 * with applicants all ranked above them (stability). Under BOSTON what counts is the round in which
 * they applied there: its seats open that round and its worst admission that round.
 */
final class Explainer {

    private final AllocationResult result;
    private final Market market;

    Explainer(AllocationResult result) {
        this.result = result;
        this.market = result.market;
    }

    Explanation explain(int a) {
        int school = result.placed[a];
        int stage = result.stageOf[a];
        int count = market.preferenceCount(a);
        int ranked = school < 0 ? -1 : market.positionOf(a, school);
        // a NEAREST stage may place an applicant at a school they never ranked: every ranked one was missed
        int position = ranked < 0 ? count : ranked;
        boolean byNearest = stage != AllocationResult.NO_STAGE && isNearest(result.outcomes[stage]);
        // stages the applicant took part in: all up to the one that placed them
        int lastStage = stage == AllocationResult.NO_STAGE ? result.outcomes.length - 1 : stage;
        List<Explanation.Rejection> rejections = new ArrayList<>();
        for (int k = 0; k < position; k++) {
            int t = market.preference(a, k);
            boolean offered = false;
            for (int i = 0; i <= lastStage; i++) {
                StageOutcome outcome = result.outcomes[i];
                if (outcome.inStage[t] && !isNearest(outcome)) {
                    offered = true;
                    rejections.add(outcome.isBoston() ? boston(outcome, a, k, t) : deferred(outcome, a, k, t));
                }
            }
            if (!offered) {
                rejections.add(new Explanation.Rejection(
                        market.schoolId(t),
                        k + 1,
                        null,
                        Explanation.Reason.NOT_OFFERED,
                        0,
                        market.tier(a, k),
                        PriorityTier.NONE,
                        0));
            }
        }
        Explanation.Placement placement;
        if (school < 0) {
            placement = new Explanation.Placement(null, 0, null, PriorityTier.NONE, 0, false);
        } else if (byNearest) {
            placement = new Explanation.Placement(
                    market.schoolId(school),
                    ranked + 1,
                    result.outcomes[stage].stage.name(),
                    PriorityTier.NONE,
                    0,
                    false);
        } else {
            String stageName = stage == AllocationResult.NO_STAGE ? null : result.outcomes[stage].stage.name();
            int tier = market.tier(a, position);
            boolean guaranteed = tier == PriorityTier.GUARANTEED;
            if (stageName != null && result.outcomes[stage].stage.mechanism() == Mechanism.SERIAL && !guaranteed) {
                tier = PriorityTier.NONE;
            }
            placement = new Explanation.Placement(
                    market.schoolId(school), position + 1, stageName, tier, result.roundOf[a], guaranteed);
        }
        return new Explanation(
                market.applicantId(a), result.lottery[a], placement, List.copyOf(rejections), nearest(a, lastStage));
    }

    /** The NEAREST stage that placed the applicant, else the last one that tried to; null if none did. */
    private Explanation.NearestSeat nearest(int a, int lastStage) {
        int school = result.placed[a];
        for (int i = lastStage; i >= 0; i--) {
            StageOutcome outcome = result.outcomes[i];
            if (!isNearest(outcome)) {
                continue;
            }
            String stage = outcome.stage.name();
            if (result.stageOf[a] == i) {
                return new Explanation.NearestSeat(
                        stage, market.schoolId(school), market.distanceMetres(a, school), true);
            }
            // holders kept their pre-assigned seat out of the stage; anyone placed before it never reached it
            return school < 0 ? new Explanation.NearestSeat(stage, null, Double.NaN, market.hasLocation(a)) : null;
        }
        return null;
    }

    private static boolean isNearest(StageOutcome outcome) {
        return outcome.stage.mechanism() == Mechanism.NEAREST;
    }

    private Explanation.Rejection deferred(StageOutcome outcome, int a, int k, int t) {
        int tier = tierIn(outcome, a, k);
        String stage = outcome.stage.name();
        int last = outcome.lastApplicant[t];
        if (outcome.seats[t] == 0 || last < 0) {
            return new Explanation.Rejection(
                    market.schoolId(t), k + 1, stage, Explanation.Reason.NO_SEATS, 0, tier, PriorityTier.NONE, 0);
        }
        return new Explanation.Rejection(
                market.schoolId(t),
                k + 1,
                stage,
                Explanation.Reason.OUTRANKED,
                0,
                tier,
                outcome.lastTier[t],
                result.lottery[last]);
    }

    private Explanation.Rejection boston(StageOutcome outcome, int a, int k, int t) {
        int tier = market.tier(a, k);
        String stage = outcome.stage.name();
        int round = 1; // the round is the school's position among the stage's schools in the list
        for (int j = 0; j < k; j++) {
            if (outcome.inStage[market.preference(a, j)]) {
                round++;
            }
        }
        int open = outcome.openAtRound[round - 1][t];
        int last = outcome.roundLastApplicant[round - 1][t];
        if (open <= 0 || last < 0) {
            return new Explanation.Rejection(
                    market.schoolId(t), k + 1, stage, Explanation.Reason.NO_SEATS, round, tier, PriorityTier.NONE, 0);
        }
        return new Explanation.Rejection(
                market.schoolId(t),
                k + 1,
                stage,
                Explanation.Reason.OUTRANKED,
                round,
                tier,
                outcome.roundLastTier[round - 1][t],
                result.lottery[last]);
    }

    private int tierIn(StageOutcome outcome, int a, int k) {
        int tier = market.tier(a, k);
        return outcome.stage.mechanism() == Mechanism.SERIAL && tier != PriorityTier.GUARANTEED
                ? PriorityTier.NONE
                : tier;
    }
}
