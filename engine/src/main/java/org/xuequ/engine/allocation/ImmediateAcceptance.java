package org.xuequ.engine.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Boston mechanism (immediate acceptance, 志愿优先). Round r looks at the r-th school of every
 * applicant not yet placed; each school admits them for good, best (tier, lottery) first, while it
 * has seats. Participants are kept in lottery order, so a school's round is decided by counting its
 * applicants per level: levels above the boundary level are all admitted, and in the boundary level
 * the first ones met, who have the smallest numbers. The pass that admits round r's applicants also
 * counts the next applications of those it turns away, so each round reads the applicants once.
 *
 * <p>A pre-assigned seat stays reserved while its holder may still be placed at a school they prefer;
 * a seat released that way can be taken from the next round on.
 */
final class ImmediateAcceptance {

    private ImmediateAcceptance() {}

    static void allocate(StageMarket market, int[] placed, int[] roundOf, StageOutcome outcome) {
        int schools = market.seats.length;
        int participants = market.size();
        int levels = market.levelTier.length;
        int guaranteedLevel = market.levelTier[0] == PriorityTier.GUARANTEED ? 0 : -1;
        int[] start = market.start;
        int[] entry = market.entry;
        int[] holderOf = market.holderOf;
        byte[] levelOf = market.levelOf;
        int[] left = market.seats.clone();
        int[] held = market.held.clone();
        int[] released = new int[schools];
        int[] demand = new int[schools * levels];
        int[] boundary = new int[schools];
        int[] quota = new int[schools];
        int[] next = new int[participants];
        int[] active = new int[participants];
        int[] applying = new int[participants]; // entry each active participant applies with this round
        int count = 0;
        for (int p = 0; p < participants; p++) {
            if (entry[start[p]] != StageMarket.END) {
                int e = entry[start[p]];
                next[p] = start[p] + 1;
                active[count] = p;
                applying[count++] = e;
                demand[(e >>> StageMarket.SCHOOL_SHIFT) * levels + levelOf[e & StageMarket.TIER_MASK]]++;
            }
        }
        Arrays.fill(placed, 0, participants, -1);
        List<int[]> open = new ArrayList<>();
        List<int[]> roundLast = new ArrayList<>();
        List<int[]> roundLastTier = new ArrayList<>();

        for (int round = 1; count > 0; round++) {
            int[] openNow = new int[schools];
            for (int s = 0; s < schools; s++) {
                openNow[s] = left[s] - held[s];
                int seats = openNow[s] + (guaranteedLevel == 0 ? demand[s * levels] : 0);
                boundary[s] = levels;
                for (int lv = 0, at = s * levels; lv < levels; lv++, at++) {
                    int d = demand[at];
                    demand[at] = 0;
                    if (boundary[s] < levels || d == 0) {
                        continue;
                    }
                    if (d <= seats) {
                        seats -= d;
                    } else {
                        boundary[s] = lv;
                        quota[s] = seats;
                    }
                }
            }
            int[] last = new int[schools];
            int[] lastLevel = new int[schools];
            Arrays.fill(last, -1);
            Arrays.fill(lastLevel, -1);
            int kept = 0;
            for (int j = 0; j < count; j++) {
                int p = active[j];
                int e = applying[j];
                int s = e >>> StageMarket.SCHOOL_SHIFT;
                int lv = levelOf[e & StageMarket.TIER_MASK];
                if (lv < boundary[s] || (lv == boundary[s] && quota[s]-- > 0)) {
                    placed[p] = s;
                    roundOf[p] = round;
                    left[s]--;
                    if (lv >= lastLevel[s]) {
                        lastLevel[s] = lv; // later participants have larger numbers
                        last[s] = p;
                    }
                    if (lv == guaranteedLevel) {
                        held[s]--;
                    } else if (holderOf != null && holderOf[p] >= 0) {
                        released[holderOf[p]]++;
                    }
                } else {
                    int c = next[p];
                    int ne = entry[c];
                    if (ne != StageMarket.END) { // apply to the next school in the next round
                        next[p] = c + 1;
                        active[kept] = p;
                        applying[kept++] = ne;
                        demand[(ne >>> StageMarket.SCHOOL_SHIFT) * levels + levelOf[ne & StageMarket.TIER_MASK]]++;
                    }
                }
            }
            count = kept;
            int[] lastTier = new int[schools];
            for (int s = 0; s < schools; s++) {
                held[s] -= released[s];
                released[s] = 0;
                if (last[s] >= 0) {
                    lastTier[s] = market.levelTier[lastLevel[s]];
                    last[s] = market.applicant[last[s]];
                    outcome.lastApplicant[s] = last[s];
                    outcome.lastTier[s] = lastTier[s];
                    outcome.lastRound[s] = round;
                }
            }
            open.add(openNow);
            roundLast.add(last);
            roundLastTier.add(lastTier);
        }
        for (int s = 0; s < schools; s++) {
            outcome.admitted[s] = market.seats[s] - left[s];
        }
        outcome.openAtRound = open.toArray(new int[0][]);
        outcome.roundLastApplicant = roundLast.toArray(new int[0][]);
        outcome.roundLastTier = roundLastTier.toArray(new int[0][]);
    }
}
