package org.xuequ.engine.zoning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Differential test: on random tiny instances (up to 7 blocks × 4 schools, tight seats, caps and locks) the
 * solver's objective equals the optimum found by trying every assignment, and it is infeasible exactly
 * when no assignment is feasible. A failure names the seed that rebuilds the instance.
 */
class TheZoningSolverMatchesBruteForceOnRandomTinyInstancesTest {

    private static final ZoningSolver SOLVER = ZoningSolver.defaults().workers(1);

    @Test
    void withoutCurrentZoning() {
        int solved = 0;
        for (long seed = 1; seed <= 150; seed++) {
            solved += check(seed, false, false);
        }
        assertThat(solved)
                .as("instances with a zoning (the rest are infeasible)")
                .isBetween(30, 140);
    }

    @Test
    void withAMovedShareCap() {
        int solved = 0;
        for (long seed = 1001; seed <= 1150; seed++) {
            solved += check(seed, true, false);
        }
        assertThat(solved)
                .as("instances with a zoning (the rest are infeasible)")
                .isBetween(30, 140);
    }

    @Test
    void withLocks() {
        int solved = 0;
        for (long seed = 2001; seed <= 2150; seed++) {
            solved += check(seed, true, true);
        }
        assertThat(solved)
                .as("instances with a zoning (the rest are infeasible)")
                .isBetween(30, 140);
    }

    private static int check(long seed, boolean current, boolean locks) {
        ZoningProblem p = TinyInstances.random(seed, current, locks);
        double optimum = BruteForce.optimum(p);
        ZoningResult result = SOLVER.solve(p, Duration.ofSeconds(10));
        if (Double.isNaN(optimum)) {
            assertThat(result).as("seed %d", seed).isInstanceOf(Infeasible.class);
            return 0;
        }
        assertThat(result).as("seed %d: %s", seed, result).isInstanceOf(ZoningSolution.class);
        ZoningSolution s = (ZoningSolution) result;
        assertThat(BruteForce.feasible(p, s.assignment(), Certificates.capChildren(p)))
                .as("seed %d", seed)
                .isTrue();
        // optimal for whole centimetres: within 1 cm per child of the exact optimum
        assertThat(s.objective()).as("seed %d", seed).isCloseTo(optimum, within(p.totalChildren() * 0.01 + 1e-6));
        assertThat(s.provenOptimal()).as("seed %d", seed).isTrue();
        assertThat(s.lowerBound()).as("seed %d", seed).isLessThanOrEqualTo(optimum + 1e-6);
        return 1;
    }
}
