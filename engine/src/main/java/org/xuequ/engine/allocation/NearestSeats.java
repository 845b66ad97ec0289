package org.xuequ.engine.allocation;

import java.util.Arrays;

/**
 * The NEAREST mechanism (区级统筹, the region stage): in lottery order, each applicant still unplaced
 * takes the nearest school of the stage with a seat left. Seats only ever run out, so an applicant's
 * school depends on the applicants before them in lottery order and on nothing after.
 *
 * <p>Each applicant scans the schools still open, kept in school-id order (code point by code point,
 * as applicant ids are compared), and keeps the first strictly nearer one: a tie goes to the smaller
 * id. That is O(participants × schools) distance computations, about 36,000 for a district-sized
 * leftover of 600 children and 60 schools.
 */
final class NearestSeats {

    private NearestSeats() {}

    /**
     * Places the stage's applicants, writing {@code placed}, {@code stageOf} and {@code remaining};
     * returns what the stage did at each school.
     */
    static StageOutcome allocate(
            Market market,
            LotteryOrder order,
            Stage stage,
            int stageIndex,
            boolean[] inStage,
            int[] placed,
            int[] stageOf,
            int[] remaining) {
        int schools = market.schoolCount();
        int[] reserved = new int[schools]; // an unplaced holder keeps their pre-assigned seat
        for (int a = 0; a < placed.length; a++) {
            int g = market.guaranteed[a];
            if (placed[a] < 0 && g >= 0) {
                reserved[g]++;
            }
        }
        int[] seats = new int[schools];
        Integer[] byId = new Integer[schools];
        int openCount = 0;
        for (int s = 0; s < schools; s++) {
            if (inStage[s] && market.schoolHasLocation(s)) {
                seats[s] = Math.max(0, remaining[s] - reserved[s]);
                if (seats[s] > 0) {
                    byId[openCount++] = s;
                }
            }
        }
        Arrays.sort(
                byId, 0, openCount, (x, y) -> LotteryOrder.compareCodePoints(market.schoolId(x), market.schoolId(y)));
        int[] open = new int[openCount];
        for (int k = 0; k < openCount; k++) {
            open[k] = byId[k];
        }
        StageOutcome outcome = new StageOutcome(stage, inStage, seats);
        int[] left = seats.clone();
        for (int r = 0; r < order.byRank.length && openCount > 0; r++) {
            int a = order.byRank[r];
            if (placed[a] >= 0 || market.guaranteed[a] >= 0 || !market.hasLocation(a)) {
                continue;
            }
            int best = 0;
            double nearest = market.distanceMetres(a, open[0]);
            for (int k = 1; k < openCount; k++) {
                double metres = market.distanceMetres(a, open[k]);
                if (metres < nearest) {
                    nearest = metres;
                    best = k;
                }
            }
            int s = open[best];
            placed[a] = s;
            stageOf[a] = stageIndex;
            remaining[s]--;
            outcome.admitted[s]++;
            outcome.lastApplicant[s] = a; // lottery order: each admission is the school's worst so far
            outcome.lastTier[s] = PriorityTier.NONE;
            if (--left[s] == 0) {
                System.arraycopy(open, best + 1, open, best, openCount - best - 1);
                openCount--;
            }
        }
        return outcome;
    }
}
