package org.xuequ.engine.rotation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Enumerates every assignment of a tiny round, keeps those that follow the rules (written out again here, not
 * taken from the solver) and returns the lexicographic best: worst CV, then wishes honoured (more, then better
 * ranks), then fewer moves.
 */
final class BruteForce {

    /** The best assignment's figures; worstCv NaN when no assignment follows the rules. */
    record Best(double worstCv, int wishes, int rankSum, int moves) {}

    private BruteForce() {}

    static Best solve(RotationProblem p) {
        List<RotationTeacher> teachers = p.candidates();
        List<List<String>> options = new ArrayList<>();
        for (RotationTeacher t : teachers) {
            List<String> o = new ArrayList<>();
            for (RotationSchool s : p.schools()) {
                o.add(s.schoolId());
            }
            options.add(o);
        }
        int n = teachers.size();
        int ns = p.schools().size();
        int[] digit = new int[n];
        Best best = new Best(Double.NaN, 0, 0, 0);
        while (true) {
            Map<String, String> to = new HashMap<>();
            for (int i = 0; i < n; i++) {
                to.put(teachers.get(i).teacherId(), options.get(i).get(digit[i]));
            }
            if (Rules.broken(p, to).isEmpty()) {
                Best b = figures(p, to);
                if (better(b, best)) {
                    best = b;
                }
            }
            int i = 0;
            while (i < n && ++digit[i] == ns) {
                digit[i++] = 0;
            }
            if (i == n) {
                break;
            }
        }
        return best;
    }

    private static boolean better(Best a, Best b) {
        if (Double.isNaN(b.worstCv())) {
            return true;
        }
        if (Math.abs(a.worstCv() - b.worstCv()) > 1e-9) {
            return a.worstCv() < b.worstCv();
        }
        if (a.wishes() != b.wishes()) {
            return a.wishes() > b.wishes();
        }
        if (a.rankSum() != b.rankSum()) {
            return a.rankSum() < b.rankSum();
        }
        return a.moves() < b.moves();
    }

    static Best figures(RotationProblem p, Map<String, String> to) {
        int wishes = 0;
        int ranks = 0;
        int moves = 0;
        for (RotationTeacher t : p.candidates()) {
            String d = to.get(t.teacherId());
            if (!d.equals(t.schoolId())) {
                moves++;
                int r = t.wishRank(d);
                if (r > 0) {
                    wishes++;
                    ranks += r;
                }
            }
        }
        return new Best(worstCv(p, to), wishes, ranks, moves);
    }

    /** The worst CV after the moves, by the formula written out (X̄ = Σ/ΣP × 100, weights Pᵢ/P). */
    static double worstCv(RotationProblem p, Map<String, String> to) {
        double worst = 0;
        for (int k = 0; k < 2; k++) {
            Map<String, Integer> count = new HashMap<>();
            for (RotationSchool s : p.schools()) {
                count.put(s.schoolId(), k == 0 ? s.backbone() : s.peArt());
            }
            for (RotationTeacher t : p.candidates()) {
                if (k == 0 ? t.backbone() : t.peArt()) {
                    count.merge(t.schoolId(), -1, Integer::sum);
                    count.merge(to.get(t.teacherId()), 1, Integer::sum);
                }
            }
            double pupils = 0;
            double total = 0;
            for (RotationSchool s : p.schools()) {
                pupils += s.pupils();
                total += count.get(s.schoolId());
            }
            double mean = total / pupils * 100;
            if (mean == 0) {
                continue;
            }
            double variance = 0;
            for (RotationSchool s : p.schools()) {
                double x = count.get(s.schoolId()) / s.pupils() * 100;
                variance += s.pupils() / pupils * (x - mean) * (x - mean);
            }
            worst = Math.max(worst, Math.sqrt(variance) / mean);
        }
        return worst;
    }

    /** The round's rules, checked on an assignment teacher → school; each broken rule described. */
    static final class Rules {

        private Rules() {}

        static List<String> broken(RotationProblem p, Map<String, String> to) {
            List<String> broken = new ArrayList<>();
            Map<String, RotationSchool> schools = new HashMap<>();
            for (RotationSchool s : p.schools()) {
                schools.put(s.schoolId(), s);
            }
            Map<String, Integer> out = new HashMap<>();
            Map<String, Integer> in = new HashMap<>();
            Map<String, Integer> subjectIn = new HashMap<>();
            int moves = 0;
            for (RotationTeacher t : p.candidates()) {
                String d = to.get(t.teacherId());
                String lock = p.rules().locked().get(t.teacherId());
                if (lock != null && !lock.equals(d)) {
                    broken.add(t.teacherId() + " not at its lock " + lock);
                }
                if (p.rules().vetoed().getOrDefault(t.teacherId(), Set.of()).contains(d)) {
                    broken.add(t.teacherId() + " at vetoed " + d);
                }
                if (d.equals(t.schoolId())) {
                    continue;
                }
                moves++;
                out.merge(t.schoolId(), 1, Integer::sum);
                in.merge(d, 1, Integer::sum);
                RotationSchool dest = schools.get(d);
                boolean declared = t.subject() != null && dest.needs().containsKey(t.subject());
                if (declared) {
                    subjectIn.merge(d + "/" + t.subject(), 1, Integer::sum);
                } else if (t.wishRank(d) == 0 && !d.equals(lock)) {
                    broken.add(t.teacherId() + " sent to " + d + ", neither wished nor needed");
                }
            }
            for (RotationSchool s : p.schools()) {
                if (out.getOrDefault(s.schoolId(), 0) > s.maxOut()) {
                    broken.add(s.schoolId() + " sends more than max_out");
                }
                if (in.getOrDefault(s.schoolId(), 0) > s.maxIn()) {
                    broken.add(s.schoolId() + " receives more than max_in");
                }
                for (Map.Entry<String, Integer> need : s.needs().entrySet()) {
                    if (subjectIn.getOrDefault(s.schoolId() + "/" + need.getKey(), 0) > need.getValue()) {
                        broken.add(s.schoolId() + " receives more " + need.getKey() + " than its need");
                    }
                }
            }
            if (moves < p.rules().minMoves() || moves > p.rules().maxMoves()) {
                broken.add(moves + " moves outside [" + p.rules().minMoves() + ", "
                        + p.rules().maxMoves() + "]");
            }
            return broken;
        }
    }

    static Map<String, String> assignment(RotationProblem p, RotationProposal proposal) {
        Map<String, String> to = new HashMap<>();
        for (RotationTeacher t : p.candidates()) {
            to.put(t.teacherId(), t.schoolId());
        }
        for (RotationMove m : proposal.moves()) {
            to.put(m.teacherId(), m.toSchoolId());
        }
        return to;
    }
}
