package org.xuequ.engine.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks of a matching against a spec, stated directly from the definitions. */
final class Stability {

    private Stability() {}

    /** Every placement is in the applicant's list, no school is over capacity, holders keep their seat or better. */
    static void assertFeasible(MarketSpec spec, Map<String, String> placed) {
        Map<String, Integer> count = new HashMap<>();
        placed.forEach((a, s) -> {
            if (s != null) {
                assertThat(spec.effective(a)).as("list of %s", a).contains(s);
                count.merge(s, 1, Integer::sum);
            }
        });
        count.forEach((s, c) -> assertThat(c).as("placed at %s", s).isLessThanOrEqualTo(spec.capacity.get(s)));
        spec.guaranteed.forEach(
                (a, g) -> assertThat(placed.get(a)).as("holder %s", a).isNotNull());
    }

    /** No blocking pair: nobody prefers a school that has a free seat or admitted someone it ranks lower. */
    static void assertStable(MarketSpec spec, Map<String, String> placed, boolean tiersIgnored) {
        Map<String, Integer> count = new HashMap<>();
        placed.values().forEach(s -> {
            if (s != null) {
                count.merge(s, 1, Integer::sum);
            }
        });
        for (String a : spec.preferences.keySet()) {
            List<String> list = spec.effective(a);
            String mine = placed.get(a);
            int upTo = mine == null ? list.size() : list.indexOf(mine);
            for (String t : list.subList(0, upTo)) {
                assertThat(count.getOrDefault(t, 0))
                        .as("%s prefers %s, which has a free seat", a, t)
                        .isEqualTo(spec.capacity.get(t));
                placed.forEach((b, s) -> {
                    if (t.equals(s)) {
                        assertThat(spec.ranking(t, tiersIgnored).compare(b, a))
                                .as("%s prefers %s, which admitted lower-ranked %s", a, t, b)
                                .isNegative();
                    }
                });
            }
        }
    }

    static boolean isStable(MarketSpec spec, Map<String, String> placed) {
        try {
            assertStable(spec, placed, false);
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }
}
