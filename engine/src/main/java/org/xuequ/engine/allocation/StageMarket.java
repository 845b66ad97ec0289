package org.xuequ.engine.allocation;

import java.util.Arrays;

/**
 * The part of a market one stage allocates: the applicants not yet placed, in lottery order
 * (participant p has the p-th smallest number), each with their preferences restricted to the
 * stage's schools, and the seats those schools still have. Rows are laid out flat in lottery order
 * so the mechanisms read them front to back; each entry is the market's packed choice
 * {@code school << 7 | tier} and every row ends with {@link #END}.
 *
 * <p>The mechanisms map tiers to dense levels (0, 1, ...) in the same order with {@link #levelOf},
 * so {@code level << 24 | p} is a school's ranking key in an int: smaller is better. Hence at most
 * 2^24 - 1 participants.
 */
final class StageMarket {

    static final int SCHOOL_SHIFT = Market.TIER_BITS;
    static final int TIER_MASK = Market.TIER_MASK;
    static final int PARTICIPANT_BITS = 24;
    static final int PARTICIPANT_MASK = (1 << PARTICIPANT_BITS) - 1;
    static final int MAX_PARTICIPANTS = PARTICIPANT_MASK;
    static final int END = -1;
    private static final int BUCKET_BITS = 9; // 512 buckets: ~100 KB of rows each at city scale

    final int[] applicant; // participant -> applicant index
    final int[] start; // participant p's entries start at start[p] and end at the next END
    final int[] entry; // school << SCHOOL_SHIFT | tier, each row followed by END
    final byte[] levelOf; // tier -> level
    final int[] levelTier; // level -> tier
    final int[] seats; // per school: seats offered in this stage (0 outside it)
    final int[] demand; // per school: participants ranking it
    final int[] held; // per school: participants whose pre-assigned seat is there
    final int[] holderOf; // participant -> school of their pre-assigned seat in this stage, or -1; null if none

    private StageMarket(
            int[] applicant,
            int[] start,
            int[] entry,
            byte[] levelOf,
            int[] levelTier,
            int[] seats,
            int[] demand,
            int[] held,
            int[] holderOf) {
        this.applicant = applicant;
        this.start = start;
        this.entry = entry;
        this.levelOf = levelOf;
        this.levelTier = levelTier;
        this.seats = seats;
        this.demand = demand;
        this.held = held;
        this.holderOf = holderOf;
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
    static StageMarket of(
            Market market, LotteryOrder order, int[] placed, boolean[] inStage, int[] remaining, boolean tiersIgnored) {
        int n = market.applicantCount();
        int schools = market.schoolCount();
        byte[] levelOf = new byte[PriorityTier.NONE + 1];
        int[] levelTier = levels(market, tiersIgnored, levelOf);
        boolean allSchools = true;
        for (boolean in : inStage) {
            allSchools &= in;
        }
        // participant number of each rank; null when everyone takes part (participant = rank)
        int[] participantOfRank = null;
        int participants = n;
        for (int a = 0; a < n && participantOfRank == null; a++) {
            if (placed[a] >= 0) {
                participantOfRank = new int[n];
            }
        }
        int[] applicant;
        if (participantOfRank == null) {
            applicant = order.byRank; // shared, never written
        } else {
            applicant = new int[n];
            participants = 0;
            for (int r = 0; r < n; r++) {
                int a = order.byRank[r];
                participantOfRank[r] = placed[a] < 0 ? participants : -1;
                if (placed[a] < 0) {
                    applicant[participants++] = a;
                }
            }
            applicant = Arrays.copyOf(applicant, participants);
        }
        if (participants > MAX_PARTICIPANTS) {
            throw new IllegalArgumentException(
                    "at most " + MAX_PARTICIPANTS + " applicants per stage, got " + participants);
        }
        int[] rank = order.rank;
        int[] choiceStart = market.choiceStart;
        int[] choices = market.choices;
        // Rows go to their place in lottery order in two passes, each reading front to back and
        // writing within a small window: scattering a million rows straight into a 40 MB array
        // would cost a cache and TLB miss per row. Every row takes its length plus one slot, which
        // holds the participant number while rows are moved and END afterwards.
        int[] start = new int[participants + 1];
        for (int a = 0; a < n; a++) {
            int p = participantOfRank == null ? rank[a] : participantOfRank[rank[a]];
            if (p < 0) {
                continue;
            }
            int length = choiceStart[a + 1] - choiceStart[a];
            if (!allSchools) {
                length = 0;
                for (int c = choiceStart[a], end = choiceStart[a + 1]; c < end; c++) {
                    length += inStage[choices[c] >>> SCHOOL_SHIFT] ? 1 : 0;
                }
            }
            start[p + 1] = length + 1;
        }
        for (int p = 0; p < participants; p++) {
            start[p + 1] += start[p];
        }
        // Pass 1 appends each row, after its participant number, to its bucket: a contiguous range
        // of participants whose rows together fill [start[first], start[first of next bucket]).
        int shift = Math.max(0, 32 - Integer.numberOfLeadingZeros(Math.max(1, participants)) - BUCKET_BITS);
        int buckets = ((participants - 1) >>> shift) + 1;
        int[] cursor = new int[buckets + 1];
        int largest = 0;
        for (int b = 0; b <= buckets; b++) {
            cursor[b] = start[Math.min(participants, b << shift)];
            if (b > 0) {
                largest = Math.max(largest, cursor[b] - cursor[b - 1]);
            }
        }
        int[] entry = new int[start[participants] + 1];
        // with everyone taking part in a stage over all schools, rows are copied whole and the
        // demand is the market's
        boolean wholeRows = allSchools && participantOfRank == null;
        int[] demand = wholeRows ? market.rankedBy.clone() : new int[schools];
        int[] held = new int[schools];
        int[] holderOf = null;
        int[] guaranteed = market.guaranteed;
        for (int a = 0; a < n; a++) {
            int p = participantOfRank == null ? rank[a] : participantOfRank[rank[a]];
            if (p < 0) {
                continue;
            }
            int w = cursor[p >>> shift];
            entry[w++] = p;
            if (wholeRows) {
                int length = choiceStart[a + 1] - choiceStart[a];
                System.arraycopy(choices, choiceStart[a], entry, w, length);
                w += length;
            } else {
                for (int c = choiceStart[a], end = choiceStart[a + 1]; c < end; c++) {
                    int s = choices[c] >>> SCHOOL_SHIFT;
                    if (inStage[s]) {
                        entry[w++] = choices[c];
                        demand[s]++;
                    }
                }
            }
            cursor[p >>> shift] = w;
            int g = guaranteed[a];
            if (g >= 0 && inStage[g]) {
                if (holderOf == null) {
                    holderOf = new int[participants];
                    Arrays.fill(holderOf, -1);
                }
                holderOf[p] = g;
                held[g]++;
            }
        }
        // Pass 2 puts each bucket's rows in lottery order, through a buffer that fits in L2.
        int[] buffer = new int[largest];
        for (int b = 0; b < buckets; b++) {
            int from = start[b << shift];
            int to = start[Math.min(participants, (b + 1) << shift)];
            System.arraycopy(entry, from, buffer, 0, to - from);
            for (int i = 0; i < to - from; ) {
                int p = buffer[i++];
                int w = start[p];
                for (int end = start[p + 1] - 1; w < end; w++) {
                    entry[w] = buffer[i++];
                }
                entry[w] = END;
            }
        }
        entry[start[participants]] = END; // lets a cursor past the last row read END too
        int[] seats = new int[schools];
        for (int s = 0; s < schools; s++) {
            seats[s] = inStage[s] ? remaining[s] : 0;
        }
        return new StageMarket(applicant, start, entry, levelOf, levelTier, seats, demand, held, holderOf);
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
        return Arrays.copyOf(levelTier, Math.max(levels, 1));
    }
}
