package org.xuequ.engine.rotation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where each teacher may be after the round: its own school, its wishes and the schools that declared a need for
 * its subject (not vetoed, with room), or only the school it is locked to. A large round keeps, besides the own
 * school and the wishes, only each teacher's k most useful need schools (for a backbone or PE/art teacher those
 * whose CV² term falls most on receiving one; for others, which are balance-neutral and only move for a wish or
 * the minimum of moves, a quarter as many, spread by hash) to keep the model small.
 */
final class Destinations {

    /** Per teacher: the schools it may be at, its own school first when it may stay. */
    final int[][] of;

    final boolean all;

    private Destinations(int[][] of, boolean all) {
        this.of = of;
        this.all = all;
    }

    static Destinations of(Round round, double[] means, int perTeacher, long allUpTo) {
        int nt = round.teacherCount;
        int[][] wished = new int[nt][];
        int[][] needed = new int[nt][];
        long pairs = 0;
        for (int t = 0; t < nt; t++) {
            int home = round.home[t];
            if (round.lock[t] >= 0 || round.school(home).maxOut() == 0) {
                wished[t] = new int[0];
                needed[t] = new int[0];
                pairs++;
                continue;
            }
            String subject = round.teacher(t).subject();
            List<Integer> w = new ArrayList<>();
            for (int s : round.wishes[t]) {
                if (allowed(round, t, s)
                        && (declares(round, s, subject) ? round.school(s).need(subject) > 0 : true)) {
                    w.add(s);
                }
            }
            List<Integer> n = new ArrayList<>();
            for (int s = 0; s < round.schoolCount; s++) {
                if (s != home && allowed(round, t, s) && round.school(s).need(subject) > 0 && !w.contains(s)) {
                    n.add(s);
                }
            }
            wished[t] = w.stream().mapToInt(Integer::intValue).toArray();
            needed[t] = n.stream().mapToInt(Integer::intValue).toArray();
            pairs += 1 + wished[t].length + needed[t].length;
        }
        boolean all = pairs <= allUpTo;
        double totalPupils = Arrays.stream(round.pupils).sum();
        int[][] result = new int[nt][];
        for (int t = 0; t < nt; t++) {
            int[] need = needed[t];
            int k = round.carries[t][0] || round.carries[t][1] ? perTeacher : Math.max(1, perTeacher / 4);
            if (!all && need.length > k) {
                need = mostUseful(round, t, need, k, means, totalPupils);
            }
            int home = round.home[t];
            if (round.lock[t] >= 0) {
                result[t] = new int[] {round.lock[t]};
                continue;
            }
            int[] d = new int[1 + wished[t].length + need.length];
            d[0] = home;
            System.arraycopy(wished[t], 0, d, 1, wished[t].length);
            System.arraycopy(need, 0, d, 1 + wished[t].length, need.length);
            result[t] = d;
        }
        return new Destinations(result, all);
    }

    private static boolean allowed(Round round, int t, int s) {
        return !round.vetoes.get(t).contains(s) && round.school(s).maxIn() > 0;
    }

    private static boolean declares(Round round, int s, String subject) {
        return subject != null && round.school(s).needs().containsKey(subject);
    }

    private static int[] mostUseful(Round round, int t, int[] schools, int k, double[] means, double totalPupils) {
        double[] gain = new double[schools.length];
        long[] spread = new long[schools.length];
        String teacherId = round.teacher(t).teacherId();
        for (int i = 0; i < schools.length; i++) {
            int s = schools[i];
            double g = 0;
            for (RotationTarget target : RotationTarget.values()) {
                int kk = target.ordinal();
                if (round.carries[t][kk] && means[kk] > 0) {
                    int c = round.counts[kk][s];
                    g += DistrictCv.term(round.pupils[s], totalPupils, means[kk], c + 1)
                            - DistrictCv.term(round.pupils[s], totalPupils, means[kk], c);
                }
            }
            gain[i] = g;
            // balance-neutral teachers (and ties) spread over the need schools rather than crowd the same ones
            spread[i] = (teacherId.hashCode() * 31L + round.schoolIds[s].hashCode()) * 0x9E3779B97F4A7C15L;
        }
        Integer[] order = new Integer[schools.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(
                order,
                (a, b) -> gain[a] != gain[b] ? Double.compare(gain[a], gain[b]) : Long.compare(spread[a], spread[b]));
        int[] kept = new int[k];
        for (int i = 0; i < k; i++) {
            kept[i] = schools[order[i]];
        }
        return kept;
    }
}
