package org.xuequ.engine.zoning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * 多校划片: groups neighbouring schools so that each group mixes schools of different quality grades; a
 * group becomes one multi-school zone, the lottery deciding inside it. The optimiser then zones blocks to
 * groups (a group's seats are its schools' seats, its position their seat-weighted centroid).
 *
 * <p>The heuristic, per cluster (a school district: groups never cross one), greedy and deterministic:
 *
 * <ol>
 *   <li><b>Seed</b> a new group with the unassigned school of the scarcest grade among the unassigned
 *       (ties: the smaller id), so the scarce grades (e.g. the few 区重点 schools) spread one per group
 *       instead of ending together.
 *   <li><b>Mix</b>: while the group is smaller than the target size, add the school nearest to the group's
 *       centroid among those of a grade the group does not have yet; when every grade is in, fill with the
 *       nearest school of any grade except the scarcest one left (those seed the next groups). In a cluster
 *       with one grade only, the nearest of any grade, so the groups are plain neighbourhoods.
 *   <li><b>Leftovers</b>: a seed that found no partner (its grade is in every group already) joins the
 *       nearest group smaller than twice the target size, else it starts a group of its own (which later
 *       leftovers may join).
 * </ol>
 *
 * A school without a grade counts as a grade of its own ("ungraded"). Distances between schools are
 * haversine metres. The groups come out by cluster, then in the order they were formed.
 */
public final class SchoolGrouping {

    private SchoolGrouping() {}

    /**
     * A school to group.
     *
     * @param grade its quality grade (质量等级), null when not graded
     * @param cluster groups never mix clusters (the school district); null puts it with the other nulls
     */
    public record School(String id, double lon, double lat, int seats, String grade, String cluster) {
        public School {
            Objects.requireNonNull(id, "id");
            if (seats < 0) {
                throw new IllegalArgumentException("school " + id + ": seats " + seats + " is negative");
            }
        }
    }

    /**
     * A group of schools: one multi-school zone.
     *
     * @param schoolIds its schools, in the order they joined (the seed first)
     * @param lon seat-weighted centroid (plain mean when no seats)
     * @param seats the sum of its schools' seats
     * @param grades the distinct grades in it (null for ungraded)
     */
    public record Group(List<String> schoolIds, double lon, double lat, int seats, Set<String> grades, String cluster) {
        /** Whether the group mixes schools of at least two grades. */
        public boolean mixed() {
            return grades.size() >= 2;
        }
    }

    /** Groups the schools into groups of about {@code size} (≥ 2) schools. */
    public static List<Group> group(List<School> schools, int size) {
        if (size < 2) {
            throw new IllegalArgumentException("a multi-school group needs a size ≥ 2, got " + size);
        }
        Map<String, List<School>> clusters = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        Set<String> ids = new java.util.HashSet<>();
        for (School s : schools) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("school " + s.id() + " is given twice");
            }
            clusters.computeIfAbsent(s.cluster(), k -> new ArrayList<>()).add(s);
        }
        List<Group> out = new ArrayList<>();
        for (List<School> cluster : clusters.values()) {
            cluster.sort(Comparator.comparing(School::id));
            groupCluster(cluster, size).forEach(members -> out.add(toGroup(members)));
        }
        return out;
    }

    private static List<List<School>> groupCluster(List<School> cluster, int size) {
        List<School> unassigned = new ArrayList<>(cluster);
        boolean oneGrade = cluster.stream().map(School::grade).distinct().count() <= 1;
        List<List<School>> groups = new ArrayList<>();
        while (!unassigned.isEmpty()) {
            Map<String, Integer> counts = counts(unassigned);
            School seed = unassigned.stream()
                    .min(Comparator.comparingInt((School s) -> counts.get(s.grade()))
                            .thenComparing(School::id))
                    .orElseThrow();
            unassigned.remove(seed);
            List<School> group = new ArrayList<>(List.of(seed));
            while (group.size() < size) {
                School next = nearest(group, pool(group, unassigned, oneGrade));
                if (next == null) {
                    break;
                }
                unassigned.remove(next);
                group.add(next);
            }
            if (group.size() == 1 && !groups.isEmpty()) {
                List<School> host = groups.stream()
                        .filter(g -> g.size() < 2 * size)
                        .min(Comparator.comparingDouble((List<School> g) -> distance(seed, centroid(g)))
                                .thenComparing(g -> g.get(0).id()))
                        .orElse(null);
                if (host != null) {
                    host.add(seed);
                    continue;
                }
            }
            groups.add(group);
        }
        return groups;
    }

    /** The schools the group may take next: a new grade first, then any but the scarcest grade left. */
    private static List<School> pool(List<School> group, List<School> unassigned, boolean oneGrade) {
        if (oneGrade) {
            return unassigned;
        }
        Set<String> have = new java.util.HashSet<>();
        group.forEach(s -> have.add(s.grade()));
        List<School> newGrade =
                unassigned.stream().filter(s -> !have.contains(s.grade())).toList();
        if (!newGrade.isEmpty()) {
            return newGrade;
        }
        if (group.size() < 2) {
            return List.of(); // no mix possible for this seed: a leftover
        }
        Map<String, Integer> counts = counts(unassigned);
        int scarcest =
                counts.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        boolean allScarcest = counts.values().stream().allMatch(c -> c == scarcest);
        return unassigned.stream()
                .filter(s -> !allScarcest && counts.get(s.grade()) != scarcest)
                .toList();
    }

    private static Map<String, Integer> counts(List<School> schools) {
        Map<String, Integer> counts = new HashMap<>();
        schools.forEach(s -> counts.merge(s.grade(), 1, Integer::sum));
        return counts;
    }

    private static School nearest(List<School> group, List<School> pool) {
        double[] c = centroid(group);
        return pool.stream()
                .min(Comparator.comparingDouble((School s) -> distance(s, c)).thenComparing(School::id))
                .orElse(null);
    }

    private static double distance(School s, double[] point) {
        return Haversine.metres(s.lon(), s.lat(), point[0], point[1]);
    }

    /** Seat-weighted mean position; the plain mean when the schools have no seats. */
    private static double[] centroid(List<School> schools) {
        long seats = schools.stream().mapToLong(School::seats).sum();
        double lon = 0;
        double lat = 0;
        for (School s : schools) {
            double w = seats == 0 ? 1.0 / schools.size() : (double) s.seats() / seats;
            lon += w * s.lon();
            lat += w * s.lat();
        }
        return new double[] {lon, lat};
    }

    private static Group toGroup(List<School> members) {
        double[] c = centroid(members);
        Set<String> grades = new LinkedHashSet<>();
        members.forEach(s -> grades.add(s.grade()));
        return new Group(
                members.stream().map(School::id).toList(),
                c[0],
                c[1],
                members.stream().mapToInt(School::seats).sum(),
                java.util.Collections.unmodifiableSet(grades),
                members.get(0).cluster());
    }
}
