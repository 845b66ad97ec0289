package org.xuequ.enrollment.runs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xuequ.enrollment.applications.ApplicationOptions;
import org.xuequ.enrollment.children.SchoolAgeChild;
import org.xuequ.enrollment.cycles.CycleContext;
import org.xuequ.platform.XuequProblem;
import org.xuequ.registry.RegistryReads;

/**
 * A run's inputs, frozen at commitment so that the draw can be replayed from what is published:
 * every applicant's choices with their tiers, guaranteed seat, district fallback list (the other
 * schools of their district, nearest first) and home position (their address block's), and every
 * school's seats and position; the positions are what the region stage measures.
 */
@Component
class DrawInputs {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final RegistryReads registry;

    DrawInputs(JdbcClient jdbc, JdbcTemplate batch, RegistryReads registry) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.registry = registry;
    }

    /** One applicant as the draw sees them; units are education-unit ids; position NaN where unknown. */
    record Applicant(
            String number,
            long applicationId,
            long[] choices,
            int[] tiers,
            Long guaranteedUnitId,
            long[] fallback,
            double longitude,
            double latitude) {}

    /** A school's seats and position (NaN where unknown). */
    record Seat(long unitId, Long districtId, int seats, double longitude, double latitude) {}

    record Frozen(List<Applicant> applicants, List<Seat> seats, int lowestTier) {}

    /** Computes and stores the inputs of a run of this cycle; answers how many applicants there are. */
    int freeze(long runId, CycleContext context) {
        Map<Long, Long> feeders = registry.feederTargets(context.cycle.getRegionCode(), context.cycle.getSchoolYear());
        Map<Long, RegistryReads.Block> blocks = registry.blocksIn(context.cycle.getRegionCode()).stream()
                .collect(Collectors.toMap(RegistryReads.Block::id, b -> b));
        Map<Long, List<RegistryReads.School>> byDistrict = context.schools.values().stream()
                .filter(s -> s.districtId() != null && s.seats() > 0)
                .collect(Collectors.groupingBy(RegistryReads.School::districtId));
        List<Object[]> applicantRows = new ArrayList<>();
        Map<Long, Integer> guaranteedPerSchool = new HashMap<>();
        int position = 0;
        for (Submitted s : submitted(context.cycle.getId())) {
            SchoolAgeChild.Facts facts = s.facts();
            long[] choices = s.choices();
            int[] tiers = new int[choices.length];
            for (int i = 0; i < choices.length; i++) {
                tiers[i] = context.tiers.tierAt(facts, choices[i]).rank();
            }
            ApplicationOptions.Guaranteed guaranteed =
                    ApplicationOptions.guaranteedSeat(context, facts.primaryUnitId(), feeders);
            if (guaranteed != null) {
                guaranteedPerSchool.merge(guaranteed.unitId(), 1, Integer::sum);
            }
            RegistryReads.Block home = blocks.get(facts.residenceBlockId());
            long[] fallback = fallback(byDistrict.getOrDefault(s.districtId(), List.of()), choices, home);
            applicantRows.add(new Object[] {
                runId,
                s.number(),
                s.applicationId(),
                position++,
                join(choices),
                join(tiers),
                guaranteed == null ? null : guaranteed.unitId(),
                join(fallback),
                home == null ? null : degrees(home.longitude()),
                home == null ? null : degrees(home.latitude())
            });
        }
        List<String> overfull = guaranteedPerSchool.entrySet().stream()
                .filter(e -> e.getValue() > context.schools.get(e.getKey()).seats())
                .map(e -> context.schools.get(e.getKey()).name())
                .sorted()
                .toList();
        if (!overfull.isEmpty()) {
            throw new XuequProblem(HttpStatus.CONFLICT, "problem.guaranteed-exceed-seats", String.join("、", overfull));
        }
        batch.batchUpdate("""
                insert into allocation_run_applicant (run_id, number, application_id, position, choices, tiers,
                    guaranteed_unit_id, fallback, longitude, latitude) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", applicantRows, 1000, (ps, row) -> {
            for (int i = 0; i < row.length; i++) {
                ps.setObject(i + 1, row[i]);
            }
        });
        List<Object[]> seatRows = context.schools.values().stream()
                .sorted(Comparator.comparingLong(RegistryReads.School::id))
                .map(s -> new Object[] {
                    runId, s.id(), s.districtId(), s.seats(), degrees(s.longitude()), degrees(s.latitude())
                })
                .toList();
        batch.batchUpdate(
                "insert into allocation_run_seat (run_id, unit_id, district_id, seats, longitude, latitude)"
                        + " values (?, ?, ?, ?, ?, ?)",
                seatRows);
        return applicantRows.size();
    }

    Frozen read(long runId, int lowestTier) {
        List<Applicant> applicants = jdbc.sql("""
                        select number, application_id, choices, tiers, guaranteed_unit_id, fallback, longitude, latitude
                        from allocation_run_applicant where run_id = :run order by position""")
                .param("run", runId)
                .query((rs, i) -> new Applicant(
                        rs.getString(1),
                        rs.getLong(2),
                        longs(rs.getString(3)),
                        ints(rs.getString(4)),
                        (Long) rs.getObject(5),
                        longs(rs.getString(6)),
                        degrees(rs, 7),
                        degrees(rs, 8)))
                .list();
        List<Seat> seats = jdbc.sql(
                        "select unit_id, district_id, seats, longitude, latitude from allocation_run_seat where run_id = :run"
                                + " order by unit_id")
                .param("run", runId)
                .query((rs, i) ->
                        new Seat(rs.getLong(1), (Long) rs.getObject(2), rs.getInt(3), degrees(rs, 4), degrees(rs, 5)))
                .list();
        return new Frozen(applicants, seats, lowestTier);
    }

    private record Submitted(
            String number, long applicationId, Long districtId, long[] choices, SchoolAgeChild.Facts facts) {}

    /** Submitted applications of a cycle, by number, with their children (two queries, not N+1). */
    private List<Submitted> submitted(long cycleId) {
        Map<Long, List<Long>> choices = new HashMap<>();
        jdbc.sql("""
                        select c.application_id, c.unit_id from enrollment_application_choice c
                        join enrollment_application a on a.id = c.application_id
                        where a.cycle_id = :cycle and a.status = 'SUBMITTED' order by c.application_id, c.rank""")
                .param("cycle", cycleId)
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .list()
                .forEach(e -> choices.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return jdbc.sql("select a.number, a.id as application_id, a.district_id, " + SchoolAgeChild.FACTS_COLUMNS + """
                         from enrollment_application a join school_age_child c on c.id = a.child_id
                        where a.cycle_id = :cycle and a.status = 'SUBMITTED' order by a.number""")
                .param("cycle", cycleId)
                .query((rs, i) -> new Submitted(
                        rs.getString("number"),
                        rs.getLong("application_id"),
                        (Long) rs.getObject("district_id"),
                        choices.getOrDefault(rs.getLong("application_id"), List.of()).stream()
                                .mapToLong(Long::longValue)
                                .toArray(),
                        SchoolAgeChild.factsOf(rs)))
                .list();
    }

    private static long[] fallback(
            List<RegistryReads.School> districtSchools, long[] choices, RegistryReads.Block home) {
        Set<Long> chosen = new HashSet<>();
        for (long c : choices) {
            chosen.add(c);
        }
        return districtSchools.stream()
                .filter(s -> !chosen.contains(s.id()))
                .sorted(Comparator.comparingDouble((RegistryReads.School s) -> distance(home, s))
                        .thenComparingLong(RegistryReads.School::id))
                .mapToLong(RegistryReads.School::id)
                .toArray();
    }

    /** Squared planar distance is enough to order schools within a district; unknown positions go last. */
    private static double distance(RegistryReads.Block home, RegistryReads.School school) {
        if (home == null || Double.isNaN(home.longitude()) || Double.isNaN(school.longitude())) {
            return Double.MAX_VALUE;
        }
        double dx = (home.longitude() - school.longitude()) * Math.cos(Math.toRadians(home.latitude()));
        double dy = home.latitude() - school.latitude();
        return dx * dx + dy * dy;
    }

    /** A position as stored: null where unknown (the registry's NaN). */
    private static Double degrees(double value) {
        return Double.isNaN(value) ? null : value;
    }

    private static double degrees(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : value;
    }

    static String join(long[] values) {
        return Arrays.stream(values).mapToObj(Long::toString).collect(Collectors.joining("|"));
    }

    static String join(int[] values) {
        return Arrays.stream(values).mapToObj(Integer::toString).collect(Collectors.joining("|"));
    }

    static long[] longs(String joined) {
        return joined.isEmpty()
                ? new long[0]
                : Arrays.stream(joined.split("\\|")).mapToLong(Long::parseLong).toArray();
    }

    static int[] ints(String joined) {
        return joined.isEmpty()
                ? new int[0]
                : Arrays.stream(joined.split("\\|")).mapToInt(Integer::parseInt).toArray();
    }
}
