package org.xuequ.engine.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Property tests of student-proposing deferred acceptance on random small markets. */
class DeferredAcceptanceTest {

    private static Map<String, String> runDa(MarketSpec spec) {
        Market market = spec.build();
        return MarketSpec.assignments(AllocationProcedure.single(Mechanism.DA).run(market, spec.numbersFor(market)));
    }

    @Test
    void deferredAcceptanceIsStableOnRandomMarkets() {
        Trials.forEachMarket(3000, 1_000, 6, 30, true, (spec, random) -> {
            Map<String, String> placed = runDa(spec);
            Stability.assertFeasible(spec, placed);
            Stability.assertStable(spec, placed, false);
        });
    }

    @Test
    void deferredAcceptanceMatchesTheTextbookRoundByRoundAlgorithm() {
        Trials.forEachMarket(2000, 2_000, 6, 30, true, (spec, random) -> {
            assertThat(runDa(spec)).isEqualTo(ReferenceMechanisms.run(spec, List.of(Stage.of("1", Mechanism.DA))));
        });
    }

    @Test
    void deferredAcceptanceIsApplicantOptimalAmongAllStableMatchings() {
        Trials.forEachMarket(400, 3_000, 4, 7, true, (spec, random) -> {
            Map<String, String> placed = runDa(spec);
            BruteForce all = new BruteForce(spec);
            all.enumerate(0);
            assertThat(all.stableCount).as("stable matchings exist").isPositive();
            for (int a = 0; a < all.applicants.size(); a++) {
                String id = all.applicants.get(a);
                String got = placed.get(id);
                int position =
                        got == null ? all.lists.get(a).size() : all.lists.get(a).indexOf(got);
                assertThat(position).as("%s gets their best stable school", id).isEqualTo(all.bestPosition[a]);
            }
        });
    }

    /** Enumerates every feasible matching and records each applicant's best position over the stable ones. */
    private static final class BruteForce {
        final List<String> applicants;
        final List<List<String>> lists = new ArrayList<>();
        final List<String> schools;
        final int[] capacity;
        final int[][] choice; // applicant -> list of school indexes
        final int[][] rankAt; // school -> applicant -> position in the school's ranking
        final int[] position; // current matching: position in list, list length = unplaced
        final int[] count;
        final int[] bestPosition;
        int stableCount;

        BruteForce(MarketSpec spec) {
            applicants = new ArrayList<>(spec.preferences.keySet());
            schools = new ArrayList<>(spec.capacity.keySet());
            capacity = schools.stream().mapToInt(spec.capacity::get).toArray();
            choice = new int[applicants.size()][];
            for (int a = 0; a < applicants.size(); a++) {
                List<String> list = spec.effective(applicants.get(a));
                lists.add(list);
                choice[a] = list.stream().mapToInt(schools::indexOf).toArray();
            }
            rankAt = new int[schools.size()][applicants.size()];
            for (int s = 0; s < schools.size(); s++) {
                List<String> order = new ArrayList<>(applicants);
                order.sort(spec.ranking(schools.get(s), false));
                for (int a = 0; a < applicants.size(); a++) {
                    rankAt[s][a] = order.indexOf(applicants.get(a));
                }
            }
            position = new int[applicants.size()];
            count = new int[schools.size()];
            bestPosition = new int[applicants.size()];
            Arrays.fill(bestPosition, Integer.MAX_VALUE);
        }

        void enumerate(int a) {
            if (a == applicants.size()) {
                if (stable()) {
                    stableCount++;
                    for (int i = 0; i < position.length; i++) {
                        bestPosition[i] = Math.min(bestPosition[i], position[i]);
                    }
                }
                return;
            }
            for (int k = 0; k <= choice[a].length; k++) {
                if (k < choice[a].length) {
                    int s = choice[a][k];
                    if (count[s] == capacity[s]) {
                        continue;
                    }
                    count[s]++;
                    position[a] = k;
                    enumerate(a + 1);
                    count[s]--;
                } else {
                    position[a] = k;
                    enumerate(a + 1);
                }
            }
        }

        private boolean stable() {
            for (int a = 0; a < position.length; a++) {
                for (int k = 0; k < position[a]; k++) {
                    int t = choice[a][k];
                    if (count[t] < capacity[t]) {
                        return false;
                    }
                    for (int b = 0; b < position.length; b++) {
                        if (position[b] < choice[b].length
                                && choice[b][position[b]] == t
                                && rankAt[t][b] > rankAt[t][a]) {
                            return false;
                        }
                    }
                }
            }
            return true;
        }
    }
}
