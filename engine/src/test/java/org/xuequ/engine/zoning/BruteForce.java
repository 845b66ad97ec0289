package org.xuequ.engine.zoning;

/** The exact optimum of a tiny problem by trying every assignment of blocks to schools (schools^blocks). */
final class BruteForce {

    /** The optimal objective, or NaN when no assignment meets seats, cap and locks. */
    static double optimum(ZoningProblem p) {
        int nb = p.blockCount();
        int ns = p.schoolCount();
        long cap = Certificates.capChildren(p);
        int[] a = new int[nb];
        double best = Double.NaN;
        long combinations = (long) Math.pow(ns, nb);
        for (long code = 0; code < combinations; code++) {
            long rest = code;
            for (int b = 0; b < nb; b++) {
                a[b] = (int) (rest % ns);
                rest /= ns;
            }
            if (feasible(p, a, cap)) {
                double cost = ZoningSolution.objective(p, a);
                if (Double.isNaN(best) || cost < best) {
                    best = cost;
                }
            }
        }
        return best;
    }

    static boolean feasible(ZoningProblem p, int[] a, long cap) {
        long[] load = new long[p.schoolCount()];
        long moved = 0;
        for (int b = 0; b < a.length; b++) {
            load[a[b]] += p.children(b);
            int lock = p.lockedSchool(b);
            if (lock >= 0 && a[b] != lock) {
                return false;
            }
            if (p.isSchoolLocked(a[b]) && p.currentSchool(b) != a[b]) {
                return false;
            }
            if (p.currentSchool(b) >= 0 && p.currentSchool(b) != a[b]) {
                moved += p.children(b);
            }
        }
        for (int s = 0; s < load.length; s++) {
            if (load[s] > p.seats(s)) {
                return false;
            }
        }
        return moved <= cap;
    }
}
