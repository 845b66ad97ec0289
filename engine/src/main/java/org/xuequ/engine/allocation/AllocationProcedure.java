package org.xuequ.engine.allocation;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.xuequ.engine.lottery.Lottery;

/**
 * The procedure of an allocation (电脑派位): the stages a draw runs through, in order. Running it is a
 * pure function of the market and the lottery numbers; it neither keeps nor shares state, so one
 * procedure may be used from many threads. (The server's enrollment {@code AllocationRun} is the
 * recorded draw that runs one.)
 */
public final class AllocationProcedure {

    private final List<Stage> stages;

    private AllocationProcedure(List<Stage> stages) {
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("a run needs at least one stage");
        }
        Set<String> names = new HashSet<>();
        for (Stage stage : stages) {
            if (!names.add(Objects.requireNonNull(stage, "stage").name())) {
                throw new IllegalArgumentException("stage " + stage.name() + " appears twice");
            }
        }
        this.stages = List.copyOf(stages);
    }

    public static AllocationProcedure of(List<Stage> stages) {
        return new AllocationProcedure(stages);
    }

    public static AllocationProcedure of(Stage... stages) {
        return new AllocationProcedure(Arrays.asList(stages));
    }

    /** One stage over every school, named after the mechanism. */
    public static AllocationProcedure single(Mechanism mechanism) {
        return of(Stage.of(mechanism.name(), mechanism));
    }

    public List<Stage> stages() {
        return stages;
    }

    /** Draws every applicant's number from the lottery and runs. */
    public AllocationResult run(Market market, Lottery lottery) {
        String[] ids = market.applicantIndex.toArray();
        return run(market, lottery.numbers(ids));
    }

    /**
     * Runs with the given lottery numbers (unsigned, indexed like the market's applicants), e.g. those
     * of an official draw being replayed.
     */
    public AllocationResult run(Market market, long[] lotteryNumbers) {
        int n = market.applicantCount();
        if (lotteryNumbers.length != n) {
            throw new IllegalArgumentException("expected " + n + " lottery numbers, got " + lotteryNumbers.length);
        }
        long[] numbers = lotteryNumbers.clone();
        boolean[][] inStage = new boolean[stages.size()][];
        for (int i = 0; i < inStage.length; i++) {
            inStage[i] = stages.get(i).schoolsIn(market); // fail on unknown schools before any work
        }
        LotteryOrder order = LotteryOrder.of(numbers, market);
        int[] placed = new int[n];
        int[] stageOf = new int[n];
        int[] roundOf = new int[n];
        Arrays.fill(placed, -1);
        Arrays.fill(stageOf, AllocationResult.NO_STAGE);
        int[] remaining = market.capacities.clone();
        StageOutcome[] outcomes = new StageOutcome[stages.size()];
        for (int i = 0; i < outcomes.length; i++) {
            Stage stage = stages.get(i);
            Mechanism mechanism = stage.mechanism();
            if (mechanism == Mechanism.NEAREST) {
                outcomes[i] = NearestSeats.allocate(market, order, stage, i, inStage[i], placed, stageOf, remaining);
                continue;
            }
            StageMarket stageMarket =
                    StageMarket.of(market, order, placed, inStage[i], remaining, mechanism == Mechanism.SERIAL);
            StageOutcome outcome = new StageOutcome(stage, inStage[i], stageMarket.seats);
            int[] where = new int[stageMarket.size()];
            int[] rounds = mechanism == Mechanism.BOSTON ? new int[stageMarket.size()] : null;
            if (mechanism == Mechanism.BOSTON) {
                ImmediateAcceptance.allocate(stageMarket, where, rounds, outcome);
            } else {
                // serial dictatorship is deferred acceptance where every school ranks by lottery alone
                DeferredAcceptance.allocate(stageMarket, where, outcome);
            }
            for (int p = 0; p < where.length; p++) {
                int s = where[p];
                if (s >= 0) {
                    int a = stageMarket.applicant[p];
                    placed[a] = s;
                    stageOf[a] = i;
                    roundOf[a] = rounds == null ? 0 : rounds[p];
                    remaining[s]--;
                }
            }
            outcomes[i] = outcome;
        }
        for (int a = 0; a < n; a++) {
            int g = market.guaranteed[a];
            if (placed[a] < 0 && g >= 0) {
                placed[a] = g; // no stage offered anything better: the pre-assigned seat is kept
                remaining[g]--;
            }
        }
        return new AllocationResult(market, numbers, order.rank, placed, stageOf, roundOf, outcomes);
    }
}
