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
        for (long seed = 1; seed <= 150; seed++) {
            check(seed, false, false);
        }
    }

    @Test
    void withAMovedShareCap() {
        for (long seed = 1001; seed <= 1150; seed++) {
            check(seed, true, false);
        }
    }

    @Test
    void withLocks() {
        for (long seed = 2001; seed <= 2150; seed++) {
            check(seed, true, true);
        }
    }

    private static void check(long seed, boolean current, boolean locks) {
        ZoningProblem p = TinyInstances.random(seed, current, locks);
        double optimum = BruteForce.optimum(p);
        ZoningResult result = SOLVER.solve(p, Duration.ofSeconds(10));
        if (Double.isNaN(optimum)) {
            assertThat(result).as("seed %d", seed).isInstanceOf(Infeasible.class);
            return;
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
    }
}
