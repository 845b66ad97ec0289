package org.xuequ.engine.zoning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Hand-made instances with optima worked out by hand. Points lie on the equator 0.001° of longitude
 * apart, so distances are multiples of d = 111.19 m (haversine, R = 6,371 km) and costs can be compared
 * in units of d.
 */
class ZoningBehaviourTest {

    private static final double D = Haversine.metres(0, 0, 0.001, 0);
    private static final ZoningSolver SOLVER = ZoningSolver.defaults().workers(1);

    private static ZoningResult solve(ZoningProblem p) {
        return SOLVER.solve(p, Duration.ofSeconds(10));
    }

    private static ZoningSolution solved(ZoningProblem p) {
        ZoningResult r = solve(p);
        assertThat(r).isInstanceOf(ZoningSolution.class);
        return (ZoningSolution) r;
    }

    @Test
    void haversineGivesTheGreatCircleDistance() {
        // one degree of a great circle is 2πR/360 = 111,194.93 m
        assertThat(Haversine.metres(0, 0, 1, 0)).isCloseTo(111_194.93, within(0.01));
        assertThat(Haversine.metres(116.40, 39.90, 116.40, 40.90)).isCloseTo(111_194.93, within(0.01));
        // Beijing (Tiananmen) to Shanghai (People's Square), about 1,067 km
        assertThat(Haversine.metres(116.3975, 39.9087, 121.4737, 31.2304)).isCloseTo(1_067_000, within(3_000.0));
        assertThat(Haversine.metres(0, 0, 180, 0)).isCloseTo(Math.PI * Haversine.EARTH_RADIUS_METRES, within(1e-6));
    }

    @Nested
    class ACompoundIsNeverSplit {
        @Test
        void theBlockThatDoesNotFitGoesWholeToTheFartherSchool() {
            // near school N (10 seats) at x=0, far school F (100 seats) at x=10d; blocks X (8 children) at 1d,
            // Y (5) at 2d. Split, 8 + 2 of Y fit N. Whole: X→N, Y→F costs 8·1 + 5·8 = 48d; Y→N, X→F costs
            // 5·2 + 8·9 = 82d. The optimum keeps X near.
            ZoningProblem p = ZoningProblem.builder()
                    .school("N", 0, 0, 10)
                    .school("F", 0.010, 0, 100)
                    .block("X", 0.001, 0, 8)
                    .block("Y", 0.002, 0, 5)
                    .build();
            ZoningSolution s = solved(p);
            assertThat(s.schoolOf("X")).isEqualTo("N");
            assertThat(s.schoolOf("Y")).isEqualTo("F");
            assertThat(s.objective()).isCloseTo(48 * D, within(1e-6));
            assertThat(s.load(0)).isLessThanOrEqualTo(10);
            assertThat(s.provenOptimal()).isTrue();
            // the split relaxation (8·1 + 2·2 + 3·8 = 36d) is below: a real bound, not the optimum
            assertThat(s.lowerBound()).isBetween(36 * D - 0.01 * 13, 48 * D + 1e-6);
        }
    }

    @Nested
    class TheMovedShareCapKeepsMostChildrenWhereTheyAre {
        // everyone is now at F (x=10d); N (x=0) has room for all. Blocks at 1d: A 10 children, B 30, C 60.
        private ZoningProblem.Builder city() {
            return ZoningProblem.builder()
                    .school("N", 0, 0, 100)
                    .school("F", 0.010, 0, 100)
                    .block("A", 0.001, 0, 10)
                    .block("B", 0.001, 0, 30)
                    .block("C", 0.001, 0, 60)
                    .current("A", "F")
                    .current("B", "F")
                    .current("C", "F");
        }

        @Test
        void withoutACapEveryoneMovesToTheNearSchool() {
            ZoningSolution s = solved(city().build());
            assertThat(s.movedChildren()).isEqualTo(100);
            assertThat(s.objective()).isCloseTo(100 * D, within(1e-6));
        }

        @Test
        void aCapOfFortyPercentMovesTheBlocksThatGainMost() {
            // at most 40 of 100 may move; each moved child saves 8d: move A and B (40), not C (60)
            ZoningSolution s = solved(city().maxMovedShare(0.4).build());
            assertThat(s.movedChildren()).isEqualTo(40);
            assertThat(s.schoolOf("C")).isEqualTo("F");
            assertThat(s.objective()).isCloseTo((40 * 1 + 60 * 9) * D, within(1e-6));
            assertThat(s.provenOptimal()).isTrue();
        }

        @Test
        void aCapOfZeroKeepsTheCurrentZoning() {
            ZoningSolution s = solved(city().maxMovedShare(0).build());
            assertThat(s.movedChildren()).isZero();
            assertThat(s.assignment()).containsOnly(1);
        }
    }

    @Nested
    class LocksHold {
        @Test
        void aLockedBlockStaysWhereItIsLockedAndALockedSchoolTakesNoNewBlock() {
            ZoningProblem p = ZoningProblem.builder()
                    .school("N", 0, 0, 100)
                    .school("F", 0.010, 0, 100)
                    .block("A", 0.001, 0, 10)
                    .block("B", 0.009, 0, 10)
                    .current("A", "F")
                    .current("B", "F")
                    .lockBlock("A", "F")
                    .build();
            assertThat(solved(p).schoolOf("A")).isEqualTo("F");
            ZoningProblem frozen = ZoningProblem.builder()
                    .school("N", 0, 0, 100)
                    .school("F", 0.010, 0, 100)
                    .block("A", 0.001, 0, 10)
                    .block("B", 0.009, 0, 10)
                    .current("A", "F")
                    .current("B", "N")
                    .lockSchool("N")
                    .build();
            ZoningSolution s = solved(frozen);
            assertThat(s.schoolOf("A")).isEqualTo("F"); // N is nearer, but frozen to its current blocks
            assertThat(s.schoolOf("B")).isEqualTo("N");
        }
    }

    @Nested
    class InfeasibleZoningsNameTheirConstraint {
        @Test
        void totalSeatsShort() {
            ZoningProblem p = ZoningProblem.builder()
                    .school("N", 0, 0, 9)
                    .block("A", 0.001, 0, 10)
                    .build();
            assertThat(solve(p))
                    .isEqualTo(new Infeasible(
                            Infeasible.Reason.TOTAL_SEATS_SHORT, "the schools have 9 seats for 10 children"));
        }

        @Test
        void noPackingOfWholeBlocksThoughSeatsSuffice() {
            // 3 blocks of 5 children, 2 schools of 8 seats: 16 ≥ 15, but each school holds one block
            ZoningProblem p = ZoningProblem.builder()
                    .school("N", 0, 0, 8)
                    .school("F", 0.010, 0, 8)
                    .block("A", 0.001, 0, 5)
                    .block("B", 0.002, 0, 5)
                    .block("C", 0.003, 0, 5)
                    .build();
            assertThat(((Infeasible) solve(p)).reason()).isEqualTo(Infeasible.Reason.NO_PACKING);
        }

        @Test
        void aBlockLargerThanEverySchool() {
            ZoningProblem p = ZoningProblem.builder()
                    .school("N", 0, 0, 8)
                    .school("F", 0.010, 0, 8)
                    .block("A", 0.001, 0, 9)
                    .build();
            assertThat(((Infeasible) solve(p)).reason()).isEqualTo(Infeasible.Reason.NO_PACKING);
        }

        @Test
        void theMovedShareCap() {
            // all 20 children now at N (10 seats): at least 10 must move, the cap allows 5
            ZoningProblem p = ZoningProblem.builder()
                    .school("N", 0, 0, 10)
                    .school("F", 0.010, 0, 10)
                    .block("A", 0.001, 0, 10)
                    .block("B", 0.002, 0, 10)
                    .current("A", "N")
                    .current("B", "N")
                    .maxMovedShare(0.25)
                    .build();
            Infeasible i = (Infeasible) solve(p);
            assertThat(i.reason()).isEqualTo(Infeasible.Reason.MOVED_SHARE_CAP);
            assertThat(i.explanation()).contains("at least 10 children", "allows 5");
        }

        @Test
        void locks() {
            ZoningProblem p = ZoningProblem.builder()
                    .school("N", 0, 0, 10)
                    .school("F", 0.010, 0, 10)
                    .block("A", 0.001, 0, 6)
                    .block("B", 0.002, 0, 6)
                    .lockBlock("A", "N")
                    .lockBlock("B", "N")
                    .build();
            assertThat(((Infeasible) solve(p)).reason()).isEqualTo(Infeasible.Reason.LOCKS);
        }
    }
}
