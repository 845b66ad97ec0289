package org.xuequ.engine.zoning;

import java.time.Duration;

/**
 * A zoning: every block to one school, no school above its seats, the moved-share cap and the locks met.
 * With its quality: the objective (Σ children × metres to the school, haversine), a proven lower bound
 * on the optimum, and the relative gap between them.
 */
public final class ZoningSolution implements ZoningResult {

    /** Which problem {@link #lowerBound()} bounds. */
    public enum BoundScope {
        /** The exact problem: every school a candidate for every block. */
        ALL_SCHOOLS,
        /**
         * The problem restricted to each block's {@link #nearestSchools()} nearest schools (plus its current
         * one). Its optimum can be above the exact one: the restriction may cost optimality.
         */
        NEAREST_SCHOOLS
    }

    private final ZoningProblem problem;
    private final int[] schoolOf;
    private final double objective;
    private final double lowerBound;
    private final boolean provenOptimal;
    private final BoundScope scope;
    private final int nearestSchools;
    private final long movedChildren;
    private final Duration elapsed;
    private final String method;

    ZoningSolution(
            ZoningProblem problem,
            int[] schoolOf,
            double lowerBound,
            boolean provenOptimal,
            BoundScope scope,
            int nearestSchools,
            Duration elapsed,
            String method) {
        this.problem = problem;
        this.schoolOf = schoolOf.clone();
        this.objective = objective(problem, schoolOf);
        this.lowerBound = Math.min(lowerBound, objective); // a bound above the objective would be rounding noise
        this.provenOptimal = provenOptimal;
        this.scope = scope;
        this.nearestSchools = nearestSchools;
        this.movedChildren = moved(problem, schoolOf);
        this.elapsed = elapsed;
        this.method = method;
    }

    /** Σ children × haversine metres of a zoning (school index per block). */
    public static double objective(ZoningProblem p, int[] schoolOf) {
        double sum = 0;
        for (int b = 0; b < schoolOf.length; b++) {
            if (p.children[b] > 0) {
                sum += p.children[b] * p.metres(b, schoolOf[b]);
            }
        }
        return sum;
    }

    static long moved(ZoningProblem p, int[] schoolOf) {
        long moved = 0;
        for (int b = 0; b < schoolOf.length; b++) {
            if (FlowRelaxation.moves(p, b, schoolOf[b])) {
                moved += p.children[b];
            }
        }
        return moved;
    }

    public ZoningProblem problem() {
        return problem;
    }

    /** The school index of a block (indexes as in the problem). */
    public int schoolOf(int block) {
        return schoolOf[block];
    }

    /** The school id of a block id. */
    public String schoolOf(String blockId) {
        int b = problem.blockIndex(blockId);
        if (b < 0) {
            throw new IllegalArgumentException("unknown block " + blockId);
        }
        return problem.schoolIds[schoolOf[b]];
    }

    /** School index per block, a copy. */
    public int[] assignment() {
        return schoolOf.clone();
    }

    /** Children zoned to a school. */
    public long load(int school) {
        long sum = 0;
        for (int b = 0; b < schoolOf.length; b++) {
            if (schoolOf[b] == school) {
                sum += problem.children[b];
            }
        }
        return sum;
    }

    /** Σ children × metres from their block to their school (child-metres). */
    public double objective() {
        return objective;
    }

    /** Mean distance per child in metres (0 without children). */
    public double meanMetres() {
        long children = problem.totalChildren();
        return children == 0 ? 0 : objective / children;
    }

    /**
     * A proven lower bound on the optimal objective of the problem {@link #boundScope()} names, in
     * child-metres. Distances enter the bound rounded down to whole centimetres, so the bound holds for
     * the exact objective too.
     */
    public double lowerBound() {
        return lowerBound;
    }

    /** (objective − lower bound) / objective; 0 when both are 0. */
    public double gap() {
        return objective <= 0 ? 0 : (objective - lowerBound) / objective;
    }

    /**
     * True when the search proved this zoning optimal for the exact problem (all schools): optimal for
     * distances in whole centimetres, so within Σ children × 1 cm of the exact optimum ({@link #gap()}
     * says how close).
     */
    public boolean provenOptimal() {
        return provenOptimal;
    }

    public BoundScope boundScope() {
        return scope;
    }

    /** The k of the nearest-schools restriction, 0 when every school was a candidate. */
    public int nearestSchools() {
        return nearestSchools;
    }

    /** Children zoned to a school other than their current one (0 without a current zoning). */
    public long movedChildren() {
        return movedChildren;
    }

    public Duration elapsed() {
        return elapsed;
    }

    /** How the zoning was found and bounded, in a few words (e.g. "flow relaxation + rounding, CP-SAT"). */
    public String method() {
        return method;
    }

    @Override
    public String toString() {
        return "ZoningSolution[objective=" + objective + ", lowerBound=" + lowerBound + ", gap=" + gap()
                + ", optimal=" + provenOptimal + ", scope=" + scope + ", moved=" + movedChildren + ", elapsed="
                + elapsed + ", blocks=" + schoolOf.length + "]";
    }
}
