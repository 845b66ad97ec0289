package org.xuequ.engine.rotation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A quick assignment keeping every rule, to start CP-SAT from (its own first-solution search can spend a large
 * round's time limit when the minimum of moves rules out "everyone stays"): locks first; then backbone and PE/art
 * teachers to the destination that lowers their indicators' CV² most, while it falls; then wishes of the others
 * (balance-neutral); then any allowed move until the minimum is met. Null when it cannot meet the minimum.
 */
final class GreedyStart {

    private final Round round;
    private final Destinations destinations;
    private final double[] means;
    private final double totalPupils;
    private final int[] out;
    private final int[] in;
    private final Map<String, Integer> subjectIn = new HashMap<>();
    private final int[][] counts;
    private final int[] at;
    private int moves;

    private GreedyStart(Round round, Destinations destinations, double[] means) {
        this.round = round;
        this.destinations = destinations;
        this.means = means;
        this.totalPupils = Arrays.stream(round.pupils).sum();
        out = new int[round.schoolCount];
        in = new int[round.schoolCount];
        counts = new int[means.length][];
        for (int k = 0; k < means.length; k++) {
            counts[k] = round.counts[k].clone();
        }
        at = round.home.clone();
    }

    static int[] of(Round round, Destinations destinations, double[] means) {
        return new GreedyStart(round, destinations, means).build();
    }

    /**
     * An assignment with, added, the wished-for moves of balance-neutral teachers still at home that fit (the
     * CVs do not change): a better start for the wishes' stage than CP-SAT's first stage, which ignores wishes.
     */
    static int[] withNeutralWishes(Round round, Destinations destinations, double[] means, int[] assignment) {
        GreedyStart g = new GreedyStart(round, destinations, means);
        for (int t = 0; t < round.teacherCount; t++) {
            if (assignment[t] != round.home[t]) {
                g.move(t, assignment[t]);
            }
        }
        g.neutralWishes(round.problem.rules().maxMoves());
        return g.at;
    }

    private void neutralWishes(int max) {
        for (int t = 0; t < round.teacherCount && moves < max; t++) {
            if (at[t] != round.home[t] || round.carries[t][0] || round.carries[t][1]) {
                continue;
            }
            for (int s : round.wishes[t]) {
                if (allowed(t, s) && fits(t, s)) {
                    move(t, s);
                    break;
                }
            }
        }
    }

    private int[] build() {
        int max = round.problem.rules().maxMoves();
        for (int t = 0; t < round.teacherCount; t++) {
            int[] d = destinations.of[t];
            if (d.length == 1 && d[0] != round.home[t]) {
                if (!fits(t, d[0])) {
                    return null;
                }
                move(t, d[0]);
            }
        }
        // balancing moves while they help, the best first: the worse CV² down, else the other without raising it
        double[] cv2 = new double[counts.length];
        for (int k = 0; k < counts.length; k++) {
            for (int s = 0; s < round.schoolCount; s++) {
                cv2[k] += means[k] > 0 ? term(k, s, counts[k][s]) : 0;
            }
        }
        while (moves < max) {
            int bestT = -1;
            int bestS = -1;
            double bestMax = Math.max(cv2[0], cv2[1]) - 1e-12;
            double bestSum = cv2[0] + cv2[1] - 1e-12;
            for (int t = 0; t < round.teacherCount; t++) {
                if (at[t] != round.home[t] || !(round.carries[t][0] || round.carries[t][1])) {
                    continue;
                }
                for (int s : destinations.of[t]) {
                    if (s != round.home[t] && fits(t, s)) {
                        double b = cv2[0] + change(t, s, 0);
                        double a = cv2[1] + change(t, s, 1);
                        double newMax = Math.max(a, b);
                        if (newMax < bestMax || (newMax <= bestMax + 1e-12 && a + b < bestSum)) {
                            bestMax = Math.min(bestMax, newMax);
                            bestSum = a + b;
                            bestT = t;
                            bestS = s;
                        }
                    }
                }
            }
            if (bestT < 0) {
                break;
            }
            cv2[0] += change(bestT, bestS, 0);
            cv2[1] += change(bestT, bestS, 1);
            move(bestT, bestS);
        }
        neutralWishes(max);
        List<Integer> order = new ArrayList<>();
        for (int t = 0; t < round.teacherCount; t++) {
            order.add(t);
        }
        for (int t : order) {
            if (moves >= round.problem.rules().minMoves()) {
                break;
            }
            if (at[t] != round.home[t]) {
                continue;
            }
            for (int s : destinations.of[t]) {
                if (s != round.home[t] && fits(t, s)) {
                    move(t, s);
                    break;
                }
            }
        }
        return moves >= round.problem.rules().minMoves() ? at : null;
    }

    private boolean allowed(int t, int s) {
        for (int d : destinations.of[t]) {
            if (d == s) {
                return true;
            }
        }
        return false;
    }

    private boolean fits(int t, int s) {
        int home = round.home[t];
        String subject = round.teacher(t).subject();
        RotationSchool to = round.school(s);
        boolean declared = subject != null && to.needs().containsKey(subject);
        return out[home] < round.school(home).maxOut()
                && in[s] < to.maxIn()
                && (!declared || subjectIn.getOrDefault(s + "/" + subject, 0) < to.need(subject));
    }

    private void move(int t, int s) {
        int home = round.home[t];
        String subject = round.teacher(t).subject();
        out[home]++;
        in[s]++;
        if (subject != null && round.school(s).needs().containsKey(subject)) {
            subjectIn.merge(s + "/" + subject, 1, Integer::sum);
        }
        for (int k = 0; k < counts.length; k++) {
            if (round.carries[t][k]) {
                counts[k][home]--;
                counts[k][s]++;
            }
        }
        at[t] = s;
        moves++;
    }

    /** The change of target k's CV² if t moved to s. */
    private double change(int t, int s, int k) {
        if (!round.carries[t][k] || !(means[k] > 0)) {
            return 0;
        }
        int home = round.home[t];
        return term(k, s, counts[k][s] + 1)
                - term(k, s, counts[k][s])
                + term(k, home, counts[k][home] - 1)
                - term(k, home, counts[k][home]);
    }

    private double term(int k, int s, int c) {
        return DistrictCv.term(round.pupils[s], totalPupils, means[k], c);
    }
}
