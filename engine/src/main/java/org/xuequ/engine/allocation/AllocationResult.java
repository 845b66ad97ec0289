package org.xuequ.engine.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of an {@link AllocationProcedure}: each applicant's school (or none), the lottery numbers
 * used, each school's cutoff per stage, and on request an explanation per applicant. Immutable; the
 * arrays are indexed like the market's applicants and schools.
 */
public final class AllocationResult {

    static final int NO_STAGE = -1;

    final Market market;
    final long[] lottery;
    final int[] rank;
    final int[] placed;
    final int[] stageOf;
    final int[] roundOf;
    final StageOutcome[] outcomes;

    AllocationResult(
            Market market,
            long[] lottery,
            int[] rank,
            int[] placed,
            int[] stageOf,
            int[] roundOf,
            StageOutcome[] outcomes) {
        this.market = market;
        this.lottery = lottery;
        this.rank = rank;
        this.placed = placed;
        this.stageOf = stageOf;
        this.roundOf = roundOf;
        this.outcomes = outcomes;
    }

    public Market market() {
        return market;
    }

    /** School index the applicant was placed at, or -1. */
    public int schoolOf(int applicant) {
        return placed[applicant];
    }

    /** Id of the school the applicant was placed at, if any. */
    public Optional<String> schoolOf(String applicantId) {
        int s = placed[requireApplicant(applicantId)];
        return s < 0 ? Optional.empty() : Optional.of(market.schoolId(s));
    }

    /** The applicant's lottery number (unsigned 64-bit). */
    public long lotteryNumber(int applicant) {
        return lottery[applicant];
    }

    /** Name of the stage that placed the applicant, or null (not placed, or a kept pre-assigned seat). */
    public String stageOf(int applicant) {
        int i = stageOf[applicant];
        return i == NO_STAGE ? null : outcomes[i].stage.name();
    }

    /** The BOSTON round that placed the applicant, or 0. */
    public int roundOf(int applicant) {
        return roundOf[applicant];
    }

    public int placedCount() {
        int count = 0;
        for (int s : placed) {
            if (s >= 0) {
                count++;
            }
        }
        return count;
    }

    /** How many applicants the named stage placed (0 for a stage not in the run). */
    public int placedIn(String stage) {
        int count = 0;
        for (int i : stageOf) {
            if (i != NO_STAGE && outcomes[i].stage.name().equals(stage)) {
                count++;
            }
        }
        return count;
    }

    /** Every stage's cutoff at every school it offered, stage by stage, schools in market order. */
    public List<Cutoff> cutoffs() {
        List<Cutoff> cutoffs = new ArrayList<>();
        for (StageOutcome outcome : outcomes) {
            for (int s = 0; s < market.schoolCount(); s++) {
                if (outcome.inStage[s]) {
                    int last = outcome.lastApplicant[s];
                    cutoffs.add(new Cutoff(
                            outcome.stage.name(),
                            market.schoolId(s),
                            outcome.seats[s],
                            outcome.admitted[s],
                            last < 0 ? PriorityTier.NONE : outcome.lastTier[s],
                            last < 0 ? 0 : lottery[last],
                            outcome.lastRound[s]));
                }
            }
        }
        return cutoffs;
    }

    public Explanation explain(String applicantId) {
        return explain(requireApplicant(applicantId));
    }

    public Explanation explain(int applicant) {
        return new Explainer(this).explain(applicant);
    }

    private int requireApplicant(String applicantId) {
        int a = market.applicantIndex(applicantId);
        if (a < 0) {
            throw new IllegalArgumentException("unknown applicant " + applicantId);
        }
        return a;
    }
}
