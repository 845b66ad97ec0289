package org.xuequ.engine.allocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Textbook implementations, written for obviousness and not speed, that the engine is checked
 * against: simultaneous-round DA, round-by-round Boston, and staged runs over them. They implement
 * the README's rules from scratch on the maps of a {@link MarketSpec}.
 */
final class ReferenceMechanisms {

    private ReferenceMechanisms() {}

    static Map<String, String> run(MarketSpec spec, List<Stage> stages) {
        Map<String, String> placed = new HashMap<>();
        Map<String, Integer> remaining = new HashMap<>(spec.capacity);
        for (Stage stage : stages) {
            Set<String> offered = stage.coversAllSchools() ? spec.capacity.keySet() : stage.schoolIds();
            Map<String, List<String>> lists = new HashMap<>();
            for (String a : spec.preferences.keySet()) {
                if (!placed.containsKey(a)) {
                    List<String> list = new ArrayList<>(spec.effective(a));
                    list.retainAll(offered);
                    lists.put(a, list);
                }
            }
            Map<String, Integer> seats = new HashMap<>();
            offered.forEach(s -> seats.put(s, remaining.get(s)));
            Map<String, String> got = switch (stage.mechanism()) {
                case DA -> deferredAcceptance(spec, lists, seats, false);
                case SERIAL -> deferredAcceptance(spec, lists, seats, true);
                case BOSTON -> boston(spec, lists, seats);
                case NEAREST -> throw new UnsupportedOperationException("NEAREST has its own worked examples");
            };
            got.forEach((a, s) -> {
                placed.put(a, s);
                remaining.merge(s, -1, Integer::sum);
            });
        }
        for (Map.Entry<String, String> g : spec.guaranteed.entrySet()) {
            placed.putIfAbsent(g.getKey(), g.getValue());
        }
        Map<String, String> all = new HashMap<>();
        spec.preferences.keySet().forEach(a -> all.put(a, placed.get(a)));
        return all;
    }

    /** Gale-Shapley in rounds: every free applicant proposes; each school keeps its best. */
    static Map<String, String> deferredAcceptance(
            MarketSpec spec, Map<String, List<String>> lists, Map<String, Integer> seats, boolean tiersIgnored) {
        Map<String, Integer> next = new HashMap<>();
        Map<String, List<String>> held = new HashMap<>();
        seats.keySet().forEach(s -> held.put(s, new ArrayList<>()));
        Set<String> free = new HashSet<>(lists.keySet());
        while (!free.isEmpty()) {
            Set<String> rejected = new HashSet<>();
            for (String a : free) {
                int k = next.getOrDefault(a, 0);
                if (k < lists.get(a).size()) {
                    next.put(a, k + 1);
                    held.get(lists.get(a).get(k)).add(a);
                }
            }
            for (Map.Entry<String, List<String>> e : held.entrySet()) {
                List<String> h = e.getValue();
                h.sort(spec.ranking(e.getKey(), tiersIgnored));
                while (h.size() > seats.get(e.getKey())) {
                    rejected.add(h.remove(h.size() - 1));
                }
            }
            free.clear();
            for (String a : rejected) {
                if (next.get(a) < lists.get(a).size()) {
                    free.add(a);
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        held.forEach((s, h) -> h.forEach(a -> out.put(a, s)));
        return out;
    }

    /**
     * Round r: every unplaced applicant applies to the r-th school of their list; a school admits
     * its best applicants of the round while it has seats. Seats of pre-assigned holders are kept
     * back from others until the holder is placed elsewhere, and then offered from the next round.
     */
    static Map<String, String> boston(MarketSpec spec, Map<String, List<String>> lists, Map<String, Integer> seats) {
        Map<String, Integer> left = new HashMap<>(seats);
        Map<String, Integer> reserved = new HashMap<>();
        for (String a : lists.keySet()) {
            String g = spec.guaranteed.get(a);
            if (g != null && seats.containsKey(g)) {
                reserved.merge(g, 1, Integer::sum);
            }
        }
        Map<String, String> out = new HashMap<>();
        int longest = lists.values().stream().mapToInt(List::size).max().orElse(0);
        for (int round = 0; round < longest; round++) {
            Map<String, List<String>> applying = new HashMap<>();
            for (Map.Entry<String, List<String>> e : lists.entrySet()) {
                if (!out.containsKey(e.getKey()) && round < e.getValue().size()) {
                    applying.computeIfAbsent(e.getValue().get(round), s -> new ArrayList<>())
                            .add(e.getKey());
                }
            }
            List<String> releases = new ArrayList<>();
            for (Map.Entry<String, List<String>> e : applying.entrySet()) {
                String s = e.getKey();
                List<String> group = e.getValue();
                group.sort(spec.ranking(s, false));
                int open = left.get(s) - reserved.getOrDefault(s, 0);
                for (String a : group) {
                    boolean holder = s.equals(spec.guaranteed.get(a));
                    if (holder || open > 0) {
                        out.put(a, s);
                        left.merge(s, -1, Integer::sum);
                        if (holder) {
                            reserved.merge(s, -1, Integer::sum);
                        } else {
                            open--;
                            String g = spec.guaranteed.get(a);
                            if (g != null && seats.containsKey(g)) {
                                releases.add(g);
                            }
                        }
                    }
                }
            }
            releases.forEach(g -> reserved.merge(g, -1, Integer::sum));
        }
        return out;
    }
}
