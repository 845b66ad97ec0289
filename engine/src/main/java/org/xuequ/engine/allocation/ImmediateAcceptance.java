package org.xuequ.engine.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Boston mechanism (immediate acceptance, 志愿优先). Round r looks at the r-th school of every
 * applicant not yet placed; each school admits them for good, best (tier, lottery) first, while it
 * has seats. Participants are kept in lottery order, so a school's round is decided by counting its
 * applicants per tier: tiers above the boundary tier are all admitted, and in the boundary tier the
 * first ones met, who have the smallest numbers.
 *
 * <p>A pre-assigned seat stays reserved while its holder may still be placed at a school they prefer;
 * a seat released that way can be taken from the next round on.
 */
final class ImmediateAcceptance {

    private ImmediateAcceptance() {
    }

    static void allocate(StageMarket market, int[] placed, int[] roundOf, StageOutcome outcome, Market full) {
        int schools = market.seats.length;
        int participants = market.size();
        int levels = market.levelTier.length;
        int guaranteedLevel = market.levelTier[0] == PriorityTier.GUARANTEED ? 0 : -1;
        int[] start = market.start;
        int[] school = market.school;
        byte[] level = market.level;
        int[] left = market.seats.clone();
        int[] held = market.held.clone();
        int[] released = new int[schools];
        int[] demand = new int[schools * levels];
        int[] boundary = new int[schools];
        int[] quota = new int[schools];
        int[] next = Arrays.copyOf(start, participants);
        int[] active = new int[participants];
        for (int p = 0; p < participants; p++) {
            active[p] = p;
        }
        int[] applying = new int[participants]; // school each active participant applies to this round
        byte[] applyingLevel = new byte[participants];
        Arrays.fill(placed, 0, participants, -1);
        List<int[]> open = new ArrayList<>();
        List<int[]> roundLast = new ArrayList<>();
        List<int[]> roundLastTier = new ArrayList<>();
        int activeCount = participants;

        for (int round = 1; activeCount > 0; round++) {
            int applicants = 0;
            for (int j = 0; j < activeCount; j++) {
                int p = active[j];
                int c = next[p];
                if (c == start[p + 1]) {
                    continue; // list exhausted: stays unplaced in this stage
                }
                next[p] = c + 1;
                int s = school[c];
                active[applicants] = p;
                applying[applicants] = s;
                applyingLevel[applicants++] = level[c];
                demand[s * levels + level[c]]++;
            }
            activeCount = applicants;
            if (activeCount == 0) {
                break;
            }
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
            for (int j = 0; j < activeCount; j++) {
                int p = active[j];
                int s = applying[j];
                int lv = applyingLevel[j];
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
                    } else {
                        int g = full.guaranteed[market.applicant[p]];
                        if (g >= 0 && outcome.inStage[g]) {
                            released[g]++;
                        }
                    }
                } else {
                    active[kept++] = p;
                }
            }
            activeCount = kept;
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
