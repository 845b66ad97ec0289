package org.xuequ.enrollment.zones.proposals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import org.jspecify.annotations.Nullable;
import org.xuequ.engine.zoning.Haversine;
import org.xuequ.enrollment.children.SchoolAgeChild;
import org.xuequ.enrollment.cycles.CycleContext;
import org.xuequ.enrollment.cycles.TierRules;
import org.xuequ.enrollment.zones.AttendanceZone;
import org.xuequ.enrollment.zones.ZoneKind;
import org.xuequ.enrollment.zones.ZoneMap;

/**
 * A proposal against the zoning in force, as an official reads it: which blocks move (a block moves when its
 * new zone keeps none of the schools of its zone in force), how many children per priority tier, how far
 * (children-weighted mean and max), and the seats used per school. Within a multi-school zone the lottery
 * decides, so a block's distance there is the seat-weighted mean over the zone's schools and a school's load
 * its seat share of the zone's children. Children are the proposal's expected children per block; tiers are
 * those of the registered children, at the best school of their zone.
 */
public final class ProposalDiff {

    /** Moved blocks listed, largest first; the counts cover all of them. */
    static final int LISTED_MOVES = 300;

    private ProposalDiff() {}

    /**
     * @param blocks the blocks compared (in the caller's districts)
     * @param blocksMoved blocks whose new zone keeps none of their current schools
     * @param blocksNewlyZoned blocks without a zone in force that the proposal zones
     * @param moves the moved blocks, most children first, at most {@value #LISTED_MOVES}
     * @param mixedZones multi-school zones whose schools have at least two quality grades
     */
    public record Comparison(
            int blocks,
            long children,
            int blocksMoved,
            long childrenMoved,
            int blocksNewlyZoned,
            List<Move> moves,
            List<TierCount> tiers,
            Distance before,
            Distance after,
            List<SchoolLoad> schools,
            int zones,
            int multiZones,
            int mixedZones) {}

    /** A block that changes zone. */
    public record Move(
            long blockId,
            String blockName,
            int children,
            String from,
            @Nullable String to) {}

    /** Registered children whose best tier at their zone's schools is this rank, before and after. */
    public record TierCount(int rank, @Nullable String label, long before, long after) {}

    /** Children-weighted mean and the largest block-to-school distance, in metres. */
    public record Distance(double meanMetres, double maxMetres) {}

    /** A school's expected children before and after, against its seats. */
    public record SchoolLoad(long schoolId, String name, String districtName, int seats, double before, double after) {}

    /** Compares; {@code visible} says which districts' zones the caller may see. */
    static Comparison compare(WorkbenchInputs inputs, ProposalZoning proposal, LongPredicate visible) {
        CycleContext context = inputs.context();
        Map<Long, WorkbenchInputs.School> schools = inputs.schoolsById();
        Map<Long, ProposalZoning.Zone> after = proposal.zoneByBlock();
        int blocks = 0;
        long children = 0;
        int moved = 0;
        long childrenMoved = 0;
        int newlyZoned = 0;
        List<Move> moves = new ArrayList<>();
        double[] before = new double[3]; // Σ children × m, Σ children, max
        double[] afterDist = new double[3];
        Map<Long, double[]> loads = new HashMap<>();
        Map<Long, WorkbenchInputs.Block> byId = inputs.blocksById();
        for (WorkbenchInputs.Block b : inputs.blocks()) {
            AttendanceZone now = context.zones.zoneOf(b.id()).orElse(null);
            ProposalZoning.Zone next = after.get(b.id());
            boolean shown = (now != null && visible.test(now.getDistrictId()))
                    || (next != null && visible.test(next.districtId()));
            if (!shown) {
                continue;
            }
            int n = proposal.childrenOf(b.id());
            blocks++;
            children += n;
            Set<Long> from = now == null ? Set.of() : now.getSchoolIds();
            Set<Long> to = next == null ? Set.of() : next.schoolIds();
            if (from.isEmpty() && !to.isEmpty()) {
                newlyZoned++;
            } else if (!from.isEmpty() && to.stream().noneMatch(from::contains)) {
                moved++;
                childrenMoved += n;
                moves.add(new Move(b.id(), b.name(), n, now.getName(), next == null ? null : next.name()));
            }
            distance(byId.get(b.id()), from, schools, n, before);
            distance(byId.get(b.id()), to, schools, n, afterDist);
            share(from, schools, n, loads, 0);
            share(to, schools, n, loads, 1);
        }
        moves.sort(Comparator.comparingInt(Move::children).reversed().thenComparingLong(Move::blockId));
        List<SchoolLoad> schoolLoads = new ArrayList<>();
        for (WorkbenchInputs.School s : inputs.schools()) {
            if (visible.test(s.districtId())) {
                double[] l = loads.getOrDefault(s.id(), new double[2]);
                schoolLoads.add(
                        new SchoolLoad(s.id(), s.name(), s.districtName(), s.seats(), round(l[0]), round(l[1])));
            }
        }
        List<ProposalZoning.Zone> shownZones = proposal.zones().stream()
                .filter(z -> visible.test(z.districtId()))
                .toList();
        int multi = (int)
                shownZones.stream().filter(z -> z.kind() == ZoneKind.MULTI).count();
        int mixed = (int) shownZones.stream()
                .filter(z -> z.kind() == ZoneKind.MULTI)
                .filter(z -> z.schoolIds().stream()
                                .map(id -> schools.containsKey(id)
                                        ? String.valueOf(schools.get(id).grade())
                                        : "?")
                                .distinct()
                                .count()
                        >= 2)
                .count();
        return new Comparison(
                blocks,
                children,
                moved,
                childrenMoved,
                newlyZoned,
                List.copyOf(moves.subList(0, Math.min(LISTED_MOVES, moves.size()))),
                tiers(inputs, proposal, visible),
                new Distance(round(before[1] == 0 ? 0 : before[0] / before[1]), round(before[2])),
                new Distance(round(afterDist[1] == 0 ? 0 : afterDist[0] / afterDist[1]), round(afterDist[2])),
                schoolLoads,
                shownZones.size(),
                multi,
                mixed);
    }

    /** Seat-weighted mean distance from the block to the zone's schools, added into {Σ n·m, Σ n, max}. */
    private static void distance(
            WorkbenchInputs.Block b, Set<Long> zone, Map<Long, WorkbenchInputs.School> schools, int n, double[] acc) {
        if (b == null || !b.located() || n == 0) {
            return;
        }
        double weighted = 0;
        long seats = 0;
        for (Long id : zone) {
            WorkbenchInputs.School s = schools.get(id);
            if (s != null) {
                weighted += s.seats() * Haversine.metres(b.lon(), b.lat(), s.lon(), s.lat());
                seats += s.seats();
            }
        }
        if (seats == 0) {
            return;
        }
        double metres = weighted / seats;
        acc[0] += n * metres;
        acc[1] += n;
        acc[2] = Math.max(acc[2], metres);
    }

    /** Spreads the block's children over the zone's schools by seats. */
    private static void share(
            Set<Long> zone, Map<Long, WorkbenchInputs.School> schools, int n, Map<Long, double[]> loads, int slot) {
        long seats = zone.stream()
                .map(schools::get)
                .filter(s -> s != null)
                .mapToLong(WorkbenchInputs.School::seats)
                .sum();
        if (seats == 0 || n == 0) {
            return;
        }
        for (Long id : zone) {
            WorkbenchInputs.School s = schools.get(id);
            if (s != null) {
                loads.computeIfAbsent(id, k -> new double[2])[slot] += (double) n * s.seats() / seats;
            }
        }
    }

    private static List<TierCount> tiers(WorkbenchInputs inputs, ProposalZoning proposal, LongPredicate visible) {
        CycleContext context = inputs.context();
        ZoneMap next = proposal.zoneMap(context.cycle.getRegionCode(), context.cycle.getId());
        TierRules rules = new TierRules(context.policy, context.cycle.referenceDate(), next);
        int lowest = context.tiers.lowestTier();
        long[] before = new long[lowest + 1];
        long[] after = new long[lowest + 1];
        for (SchoolAgeChild.Facts child : inputs.children()) {
            long block = child.zoningBlockId();
            AttendanceZone now = context.zones.zoneOf(block).orElse(null);
            AttendanceZone then = next.zoneOf(block).orElse(null);
            if (!((now != null && visible.test(now.getDistrictId()))
                    || (then != null && visible.test(then.getDistrictId())))) {
                continue;
            }
            before[best(context.tiers, child, now, lowest)]++;
            after[best(rules, child, then, lowest)]++;
        }
        List<TierCount> out = new ArrayList<>();
        for (int rank = 1; rank <= lowest; rank++) {
            out.add(new TierCount(rank, context.tiers.labelOf(rank), before[rank], after[rank]));
        }
        return out;
    }

    private static int best(TierRules rules, SchoolAgeChild.Facts child, AttendanceZone zone, int lowest) {
        if (zone == null) {
            return lowest;
        }
        return zone.getSchoolIds().stream()
                .mapToInt(id -> rules.tierAt(child, id).rank())
                .min()
                .orElse(lowest);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
