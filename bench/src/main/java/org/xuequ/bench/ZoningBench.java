package org.xuequ.bench;

import java.time.Duration;
import org.xuequ.engine.zoning.ZoningProblem;
import org.xuequ.engine.zoning.ZoningResult;
import org.xuequ.engine.zoning.ZoningSolution;
import org.xuequ.engine.zoning.ZoningSolver;

/**
 * Timed zoning runs (a single solve takes seconds, so this is a plain timer, not JMH):
 * {@code java -cp xuequ-bench.jar org.xuequ.bench.ZoningBench BLOCKS SCHOOLS SEED LIMIT_S [CAP]}. CAP ≥ 0
 * adds the current zoning and that moved-share cap. With {@code -Dxuequ.zoning.searchK=1000000} CP-SAT
 * works over every school (the exact model), to compare against a proven optimum.
 */
public final class ZoningBench {

    private ZoningBench() {}

    public static void main(String[] args) {
        int blocks = Integer.parseInt(args[0]);
        int schools = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        Duration limit = Duration.ofMillis((long) (Double.parseDouble(args[3]) * 1000));
        double cap = args.length > 4 ? Double.parseDouble(args[4]) : -1;
        SyntheticZoning city = new SyntheticZoning(blocks, schools, seed);
        ZoningProblem problem = city.problem(cap);
        System.out.printf(
                "instance %d blocks x %d schools, seed %d, %d children, %d seats%s%n",
                blocks, schools, seed, problem.totalChildren(), problem.totalSeats(), cap >= 0 ? ", cap " + cap : "");
        ZoningSolver.defaults().solve(city.problem(-1), Duration.ofMillis(1)); // loads the native library
        report("default", ZoningSolver.defaults().solve(problem, limit));
    }

    private static ZoningSolution report(String label, ZoningResult result) {
        if (!(result instanceof ZoningSolution s)) {
            System.out.println(label + ": " + result);
            return null;
        }
        System.out.printf(
                "%s: %.3f s, objective %.0f child-m (mean %.1f m), bound %.0f (%s), gap %.4f%%%s, moved %d,"
                        + " k %d, %s%n",
                label,
                s.elapsed().toNanos() / 1e9,
                s.objective(),
                s.meanMetres(),
                s.lowerBound(),
                s.boundScope(),
                s.gap() * 100,
                s.provenOptimal() ? " (optimal)" : "",
                s.movedChildren(),
                s.nearestSchools(),
                s.method());
        return s;
    }
}
