package org.xuequ.engine.allocation;

/**
 * The part of a market one stage allocates: the applicants not yet placed, in lottery order
 * (participant p has the p-th smallest number), each with their preferences restricted to the
 * stage's schools, and the seats those schools still have. Laid out in flat arrays in lottery order
 * so the mechanisms read them front to back.
 *
 * <p>Tiers become dense levels (0, 1, ...) in the same order, so that {@code level << 32 | p} is a
 * school's ranking key: smaller is better.
 */
final class StageMarket {

    final int[] applicant; // participant -> applicant index
    final int[] start;     // participant p's schools are [start[p], start[p + 1])
    final int[] school;
    final byte[] level;
    final int[] levelTier; // level -> tier
    final int[] seats;     // per school: seats offered in this stage (0 outside it)
    final int[] demand;    // per school: participants ranking it
    final int[] held;      // per school: participants whose pre-assigned seat is there

    private StageMarket(int[] applicant, int[] start, int[] school, byte[] level, int[] levelTier,
                        int[] seats, int[] demand, int[] held) {
        this.applicant = applicant;
        this.start = start;
        this.school = school;
        this.level = level;
        this.levelTier = levelTier;
        this.seats = seats;
        this.demand = demand;
        this.held = held;
    }

    int size() {
        return applicant.length;
    }

    /**
     * @param placed    applicant -> school, or -1 while still to be placed
     * @param inStage   which schools this stage offers
     * @param remaining seats each school has left
     * @param tiersIgnored true for serial dictatorship: every tier but GUARANTEED counts as one
     */
    static StageMarket of(Market market, LotteryOrder order, int[] placed, boolean[] inStage,
                          int[] remaining, boolean tiersIgnored) {
        byte[] levelOf = new byte[PriorityTier.NONE + 1];
        int[] levelTier = levels(market, tiersIgnored, levelOf);
        int n = market.applicantCount();
        int participants = 0;
        int bound = 0;
        for (int a = 0; a < n; a++) {
            if (placed[a] < 0) {
                participants++;
                bound += market.choiceStart[a + 1] - market.choiceStart[a];
            }
        }
        int schools = market.schoolCount();
        int[] applicant = new int[participants];
        int[] start = new int[participants + 1];
        int[] school = new int[bound];
        byte[] level = new byte[bound];
        int[] demand = new int[schools];
        int[] held = new int[schools];
        int[] choiceStart = market.choiceStart;
        int[] choices = market.choices;
        byte[] tiers = market.tiers;
        int p = 0;
        int w = 0;
        for (int r = 0; r < n; r++) {
            int a = order.byRank[r];
            if (placed[a] >= 0) {
                continue;
            }
            applicant[p] = a;
            for (int c = choiceStart[a], end = choiceStart[a + 1]; c < end; c++) {
                int s = choices[c];
                if (inStage[s]) {
                    school[w] = s;
                    level[w++] = levelOf[tiers[c]];
                    demand[s]++;
                }
            }
            int g = market.guaranteed[a];
            if (g >= 0 && inStage[g]) {
                held[g]++;
            }
            start[++p] = w;
        }
        int[] seats = new int[schools];
        for (int s = 0; s < schools; s++) {
            seats[s] = inStage[s] ? remaining[s] : 0;
        }
        return new StageMarket(applicant, start, school, level, levelTier, seats, demand, held);
    }

    private static int[] levels(Market market, boolean tiersIgnored, byte[] levelOf) {
        if (tiersIgnored) {
            for (int t = 1; t < levelOf.length; t++) {
                levelOf[t] = 1;
            }
            return new int[] {PriorityTier.GUARANTEED, PriorityTier.NONE};
        }
        int[] levelTier = new int[levelOf.length];
        int levels = 0;
        for (int t = 0; t < levelOf.length; t++) {
            if (market.tierUsed[t]) {
                levelOf[t] = (byte) levels;
                levelTier[levels++] = t;
            }
        }
        return java.util.Arrays.copyOf(levelTier, Math.max(levels, 1));
    }
}
