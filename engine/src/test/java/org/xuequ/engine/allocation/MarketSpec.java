package org.xuequ.engine.allocation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A market as plain maps, independent of the engine's arrays: what the reference implementations
 * read, and what can be fed to the builder in any order.
 */
final class MarketSpec {

    final Map<String, Integer> capacity = new LinkedHashMap<>();
    final Map<String, List<String>> preferences = new LinkedHashMap<>();
    final Map<String, Map<String, Integer>> tiers = new HashMap<>(); // school -> applicant -> tier
    final Map<String, String> guaranteed = new LinkedHashMap<>(); // applicant -> school
    final Map<String, Long> lottery = new HashMap<>();

    MarketSpec school(String id, int seats) {
        capacity.put(id, seats);
        return this;
    }

    MarketSpec applicant(String id, long number, String... schools) {
        preferences.put(id, List.of(schools));
        lottery.put(id, number);
        return this;
    }

    MarketSpec tier(String school, String applicant, int tier) {
        tiers.computeIfAbsent(school, s -> new HashMap<>()).put(applicant, tier);
        return this;
    }

    MarketSpec guarantee(String applicant, String school) {
        guaranteed.put(applicant, school);
        return this;
    }

    int tierOf(String applicant, String school) {
        if (school.equals(guaranteed.get(applicant))) {
            return PriorityTier.GUARANTEED;
        }
        return tiers.getOrDefault(school, Map.of()).getOrDefault(applicant, PriorityTier.NONE);
    }

    /** The documented effective list: cut after the guaranteed school, or with it appended. */
    List<String> effective(String applicant) {
        List<String> list = new ArrayList<>(preferences.get(applicant));
        String g = guaranteed.get(applicant);
        if (g != null) {
            int at = list.indexOf(g);
            if (at >= 0) {
                list.subList(at + 1, list.size()).clear();
            } else {
                list.add(g);
            }
        }
        return list;
    }

    /** How a school ranks applicants: tier, then unsigned lottery, then id. Smaller first. */
    Comparator<String> ranking(String school, boolean tiersIgnored) {
        Comparator<String> byTier = Comparator.comparingInt(a -> {
            int t = tierOf(a, school);
            return tiersIgnored && t != PriorityTier.GUARANTEED ? PriorityTier.NONE : t;
        });
        return byTier.thenComparing((x, y) -> Long.compareUnsigned(lottery.get(x), lottery.get(y)))
                .thenComparing(LotteryOrder::compareCodePoints);
    }

    Market build() {
        return build(null);
    }

    /** Builds the market, feeding schools, applicants and rows in an order shuffled by {@code shuffle}. */
    Market build(Random shuffle) {
        List<String> schools = new ArrayList<>(capacity.keySet());
        List<String> applicants = new ArrayList<>(preferences.keySet());
        List<String[]> rows = new ArrayList<>();
        tiers.forEach((s, m) -> m.forEach((a, t) -> rows.add(new String[] {s, a, Integer.toString(t)})));
        rows.sort(Comparator.comparing((String[] r) -> r[0]).thenComparing(r -> r[1]));
        List<String> holders = new ArrayList<>(guaranteed.keySet());
        if (shuffle != null) {
            Collections.shuffle(schools, shuffle);
            Collections.shuffle(applicants, shuffle);
            Collections.shuffle(rows, shuffle);
            Collections.shuffle(holders, shuffle);
        }
        MarketBuilder builder = Market.builder();
        schools.forEach(s -> builder.school(s, capacity.get(s)));
        applicants.forEach(a -> builder.applicant(a, preferences.get(a)));
        rows.forEach(r -> builder.priority(r[0], r[1], Integer.parseInt(r[2])));
        holders.forEach(a -> builder.guaranteedSeat(a, guaranteed.get(a)));
        return builder.build();
    }

    long[] numbersFor(Market market) {
        long[] numbers = new long[market.applicantCount()];
        for (int a = 0; a < numbers.length; a++) {
            numbers[a] = lottery.get(market.applicantId(a));
        }
        return numbers;
    }

    MarketSpec copy() {
        MarketSpec copy = new MarketSpec();
        copy.capacity.putAll(capacity);
        copy.preferences.putAll(preferences);
        tiers.forEach((s, m) -> copy.tiers.put(s, new HashMap<>(m)));
        copy.guaranteed.putAll(guaranteed);
        copy.lottery.putAll(lottery);
        return copy;
    }

    /**
     * Markets one step simpler, biggest cuts first: an applicant or a school fewer, a pre-assigned
     * seat, priority row or ranked school fewer, a seat fewer, smaller lottery numbers. Each stays a
     * valid market (pre-assigned seats within capacity), so a shrunk failure is a real one.
     */
    List<MarketSpec> smaller() {
        List<MarketSpec> out = new ArrayList<>();
        for (String a : preferences.keySet()) {
            MarketSpec m = copy();
            m.preferences.remove(a);
            m.lottery.remove(a);
            m.guaranteed.remove(a);
            m.tiers.values().forEach(t -> t.remove(a));
            out.add(m);
        }
        if (capacity.size() > 1) {
            for (String s : capacity.keySet()) {
                MarketSpec m = copy();
                m.capacity.remove(s);
                m.tiers.remove(s);
                m.guaranteed.values().removeIf(s::equals);
                m.preferences.replaceAll(
                        (a, list) -> list.stream().filter(x -> !x.equals(s)).toList());
                out.add(m);
            }
        }
        for (String a : guaranteed.keySet()) {
            MarketSpec m = copy();
            m.guaranteed.remove(a);
            out.add(m);
        }
        tiers.forEach((s, rows) -> rows.keySet().forEach(a -> {
            MarketSpec m = copy();
            m.tiers.get(s).remove(a);
            out.add(m);
        }));
        preferences.forEach((a, list) -> {
            for (String s : list) {
                MarketSpec m = copy();
                m.preferences.put(a, list.stream().filter(x -> !x.equals(s)).toList());
                m.tiers.getOrDefault(s, new HashMap<>()).remove(a);
                out.add(m);
            }
        });
        capacity.forEach((s, seats) -> {
            if (seats > Collections.frequency(guaranteed.values(), s)) {
                MarketSpec m = copy();
                m.capacity.put(s, seats - 1);
                out.add(m);
            }
        });
        // lottery numbers replaced by their rank (ties kept): the same order, easier to read
        List<Long> distinct = lottery.values().stream()
                .distinct()
                .sorted(Long::compareUnsigned)
                .toList();
        MarketSpec ranked = copy();
        ranked.lottery.replaceAll((a, n) -> (long) distinct.indexOf(n));
        if (!ranked.lottery.equals(lottery)) {
            out.add(ranked);
        }
        return out;
    }

    /** The market as it would be written by hand with this class's methods. */
    String describe() {
        StringBuilder out = new StringBuilder("new MarketSpec()");
        capacity.forEach((s, seats) ->
                out.append(".school(\"").append(s).append("\", ").append(seats).append(")"));
        preferences.forEach((a, list) -> {
            out.append("\n    .applicant(\"")
                    .append(a)
                    .append("\", ")
                    .append(lottery.get(a))
                    .append("L");
            list.forEach(s -> out.append(", \"").append(s).append('"'));
            out.append(")");
        });
        new TreeMap<>(tiers)
                .forEach((s, rows) -> new TreeMap<>(rows)
                        .forEach((a, t) -> out.append("\n    .tier(\"")
                                .append(s)
                                .append("\", \"")
                                .append(a)
                                .append("\", ")
                                .append(t)
                                .append(")")));
        guaranteed.forEach((a, s) -> out.append("\n    .guarantee(\"")
                .append(a)
                .append("\", \"")
                .append(s)
                .append("\")"));
        return out.toString();
    }

    /** Applicant id -> school id (null if unplaced). */
    static Map<String, String> assignments(AllocationResult result) {
        Map<String, String> out = new HashMap<>();
        Market market = result.market();
        for (int a = 0; a < market.applicantCount(); a++) {
            int s = result.schoolOf(a);
            out.put(market.applicantId(a), s < 0 ? null : market.schoolId(s));
        }
        return out;
    }

    /**
     * A random small market: a few schools with 0-3 seats, applicants ranking some of them, tiers
     * 1-3 or none, sometimes pre-assigned seats, and lottery numbers that sometimes repeat (to
     * exercise the tie-break) and sometimes use the top bit (unsigned order).
     */
    static MarketSpec random(Random random, int maxSchools, int maxApplicants, boolean withGuarantees) {
        MarketSpec spec = new MarketSpec();
        int schools = 1 + random.nextInt(maxSchools);
        for (int s = 0; s < schools; s++) {
            spec.school("S" + s, random.nextInt(4));
        }
        int applicants = 1 + random.nextInt(maxApplicants);
        boolean smallNumbers = random.nextInt(4) == 0;
        List<String> ids = new ArrayList<>(spec.capacity.keySet());
        for (int a = 0; a < applicants; a++) {
            Collections.shuffle(ids, random);
            List<String> list = ids.subList(0, random.nextInt(ids.size() + 1));
            String id = "A" + a;
            long number = smallNumbers ? random.nextInt(applicants) : random.nextLong();
            spec.applicant(id, number, list.toArray(new String[0]));
            for (String s : list) {
                int tier = random.nextInt(5);
                if (tier >= 1 && tier <= 3) {
                    spec.tier(s, id, tier);
                }
            }
        }
        if (withGuarantees) {
            Map<String, Integer> left = new HashMap<>(spec.capacity);
            for (String a : spec.preferences.keySet()) {
                if (random.nextInt(4) == 0) {
                    String s = ids.get(random.nextInt(ids.size()));
                    if (left.get(s) > 0) {
                        left.merge(s, -1, Integer::sum);
                        spec.guarantee(a, s);
                    }
                }
            }
        }
        return spec;
    }
}
