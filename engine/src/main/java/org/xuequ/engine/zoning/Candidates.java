package org.xuequ.engine.zoning;

import java.util.stream.IntStream;

/**
 * The schools each block may be zoned to, nearest first, with the distance in metres and the cost the
 * solvers use: whole centimetres, rounded down. Rounding down keeps every bound computed from these
 * costs a valid bound for the true (metre, double) objective; the solution itself is always costed in
 * exact metres.
 *
 * <p>Either every school (the exact problem) or the k nearest, plus the current school so that staying
 * put is always possible. A locked block has exactly its locked school; a locked school is a candidate
 * only of its own current blocks.
 */
final class Candidates {

    final int k; // 0: all schools
    final int[] start; // block b's candidates are start[b] .. start[b+1]-1
    final int[] school;
    final double[] metres;
    final long[] costCm;

    private Candidates(int k, int[] start, int[] school, double[] metres) {
        this.k = k;
        this.start = start;
        this.school = school;
        this.metres = metres;
        this.costCm = new long[metres.length];
        for (int a = 0; a < metres.length; a++) {
            costCm[a] = (long) Math.floor(metres[a] * 100);
        }
    }

    boolean isAllSchools() {
        return k == 0;
    }

    int arcs() {
        return school.length;
    }

    /** The arc of block b to school s, or -1 if s is not one of b's candidates. */
    int arc(int b, int s) {
        for (int a = start[b]; a < start[b + 1]; a++) {
            if (school[a] == s) {
                return a;
            }
        }
        return -1;
    }

    /**
     * A sub-list for the integer search: each block's k nearest candidates, plus every candidate the
     * relaxation sends children to (so the relaxation's optimum, and its bound, stay inside), plus the
     * current school, plus the school of the zoning the search starts from (so that start stays feasible).
     * Fewer Booleans make CP-SAT's presolve and search much faster; the blocks rarely
     * want a school farther than their k nearest and the flow's choice.
     */
    Candidates narrow(ZoningProblem p, int keep, long[] flow, int[] hint) {
        int nb = start.length - 1;
        int[] nStart = new int[nb + 1];
        int[] nSchool = new int[school.length];
        double[] nMetres = new double[school.length];
        int w = 0;
        for (int b = 0; b < nb; b++) {
            nStart[b] = w;
            for (int a = start[b]; a < start[b + 1]; a++) {
                if (a - start[b] < keep
                        || flow[a] > 0
                        || school[a] == p.current[b]
                        || hint != null && school[a] == hint[b]) {
                    nSchool[w] = school[a];
                    nMetres[w++] = metres[a];
                }
            }
        }
        nStart[nb] = w;
        return new Candidates(keep, nStart, java.util.Arrays.copyOf(nSchool, w), java.util.Arrays.copyOf(nMetres, w));
    }

    /** k nearest (by great-circle distance) allowed schools of each block; k ≥ the school count means all. */
    static Candidates build(ZoningProblem p, int k) {
        int nb = p.blockCount();
        int ns = p.schoolCount();
        boolean all = k <= 0 || k >= ns;
        int width = all ? ns : k + 1; // +1: room for the current school
        // unit vectors: the chord between two points grows with the great-circle distance, so ranking by
        // the dot product (3 multiplications) ranks exactly as haversine does, at a fraction of the cost
        double[] sx = new double[ns];
        double[] sy = new double[ns];
        double[] sz = new double[ns];
        for (int s = 0; s < ns; s++) {
            unit(p.schoolLon[s], p.schoolLat[s], sx, sy, sz, s);
        }
        int[][] chosen = new int[nb][];
        IntStream range = IntStream.range(0, nb);
        (nb * (long) ns > 1_000_000 ? range.parallel() : range).forEach(b -> {
            chosen[b] = nearest(p, b, all ? ns : k, sx, sy, sz, width);
        });
        int[] start = new int[nb + 1];
        for (int b = 0; b < nb; b++) {
            start[b + 1] = start[b] + chosen[b].length;
        }
        int[] school = new int[start[nb]];
        double[] metres = new double[start[nb]];
        for (int b = 0; b < nb; b++) {
            int[] c = chosen[b];
            for (int j = 0; j < c.length; j++) {
                school[start[b] + j] = c[j];
                metres[start[b] + j] = p.metres(b, c[j]);
            }
        }
        return new Candidates(all ? 0 : k, start, school, metres);
    }

    private static int[] nearest(ZoningProblem p, int b, int k, double[] sx, double[] sy, double[] sz, int width) {
        if (p.locked[b] >= 0) {
            return new int[] {p.locked[b]};
        }
        double[] v = new double[3];
        unit(p.blockLon[b], p.blockLat[b], v);
        int[] best = new int[width];
        double[] dot = new double[width];
        int n = 0;
        int ns = sx.length;
        for (int s = 0; s < ns; s++) {
            if (p.schoolLocked[s] && p.current[b] != s) {
                continue;
            }
            double d = v[0] * sx[s] + v[1] * sy[s] + v[2] * sz[s];
            if (n == k && d <= dot[n - 1]) {
                continue;
            }
            int i = n < k ? n++ : n - 1; // insertion into the sorted top k (k is small: a shift beats a heap)
            while (i > 0 && dot[i - 1] < d) {
                best[i] = best[i - 1];
                dot[i] = dot[i - 1];
                i--;
            }
            best[i] = s;
            dot[i] = d;
        }
        int cur = p.current[b];
        if (cur >= 0 && n < ns && !contains(best, n, cur)) {
            best[n++] = cur; // staying put must stay possible, or the moved-share cap could not be met
        }
        return java.util.Arrays.copyOf(best, n);
    }

    private static boolean contains(int[] a, int n, int x) {
        for (int i = 0; i < n; i++) {
            if (a[i] == x) {
                return true;
            }
        }
        return false;
    }

    private static void unit(double lon, double lat, double[] x, double[] y, double[] z, int i) {
        double phi = Math.toRadians(lat);
        double lambda = Math.toRadians(lon);
        x[i] = Math.cos(phi) * Math.cos(lambda);
        y[i] = Math.cos(phi) * Math.sin(lambda);
        z[i] = Math.sin(phi);
    }

    private static void unit(double lon, double lat, double[] v) {
        double phi = Math.toRadians(lat);
        double lambda = Math.toRadians(lon);
        v[0] = Math.cos(phi) * Math.cos(lambda);
        v[1] = Math.cos(phi) * Math.sin(lambda);
        v[2] = Math.sin(phi);
    }
}
