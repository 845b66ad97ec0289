package org.xuequ.enrollment.runs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.engine.lottery.Lottery;
import org.xuequ.enrollment.cycles.CycleContext;
import org.xuequ.platform.XuequProblem;

/**
 * The public check of a draw: anyone gives the revealed seed; the server checks it against the
 * commitment published before the draw, replays the draw from the frozen inputs with the same code,
 * and compares every applicant's school with the published result.
 */
@Service
@Transactional(readOnly = true)
public class DrawReplay {

    private static final int LISTED = 20;

    private final AllocationRunRepository runs;
    private final DrawInputs inputs;
    private final CycleContext.Loader cycles;
    private final JdbcClient jdbc;

    DrawReplay(AllocationRunRepository runs, DrawInputs inputs, CycleContext.Loader cycles, JdbcClient jdbc) {
        this.runs = runs;
        this.inputs = inputs;
        this.cycles = cycles;
        this.jdbc = jdbc;
    }

    public record Difference(String number, Long published, Long replayed) {}

    public record Verdict(
            boolean seedMatchesCommitment,
            boolean resultMatches,
            int applicants,
            int placed,
            List<Difference> differences,
            int differenceCount,
            Map<String, String> sampleLottery) {}

    /** Runs whose commitment is public: committed and later. */
    public List<AllocationRun> publicRuns() {
        return runs.findAllByOrderByIdDesc().stream()
                .filter(AllocationRun::isPublic)
                .toList();
    }

    public AllocationRun publicRun(long id) {
        return runs.findById(id)
                .filter(AllocationRun::isPublic)
                .orElseThrow(() -> XuequProblem.notFound("AllocationRun", id));
    }

    public Verdict verify(long runId, String seedHex) {
        AllocationRun run = publicRun(runId);
        run.requirePublished();
        byte[] seed;
        try {
            seed = Lottery.parseSeed(seedHex == null ? "" : seedHex.strip());
        } catch (IllegalArgumentException e) {
            throw XuequProblem.invalid("seed", "error.enrollment.seed-format");
        }
        boolean commitmentMatches = Lottery.commitment(seed).equals(run.getSeedCommitment());
        CycleContext context = cycles.load(run.getCycleId());
        DrawInputs.Frozen frozen = inputs.read(runId, context.policy.lowestTier());
        Draw.Outcome replayed = Draw.run(frozen, run.getMechanism(), seedHex.strip(), context.cycle.isRegionStage());
        Map<String, Long> published = new HashMap<>();
        jdbc.sql("select number, unit_id from allocation_result where run_id = :run")
                .param("run", runId)
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getObject(2)})
                .list()
                .forEach(row -> published.put((String) row[0], (Long) row[1]));
        List<Difference> differences = new ArrayList<>();
        int count = 0;
        for (Draw.Placement p : replayed.placements()) {
            Long before = published.get(p.number());
            if (!published.containsKey(p.number()) || !Objects.equals(before, p.unitId())) {
                count++;
                if (differences.size() < LISTED) {
                    differences.add(new Difference(p.number(), before, p.unitId()));
                }
            }
        }
        count += Math.max(0, published.size() - replayed.placements().size());
        Map<String, String> sample = new java.util.LinkedHashMap<>();
        replayed.placements().stream()
                .limit(5)
                .forEach(p -> sample.put(p.number(), Long.toUnsignedString(p.lottery())));
        return new Verdict(
                commitmentMatches,
                commitmentMatches && count == 0,
                replayed.placements().size(),
                replayed.placed(),
                differences,
                count,
                sample);
    }

    /** The frozen inputs as CSV, so that anyone can rerun the draw with their own tools. */
    public String inputsCsv(long runId) {
        AllocationRun run = publicRun(runId);
        DrawInputs.Frozen frozen =
                inputs.read(runId, cycles.load(run.getCycleId()).policy.lowestTier());
        StringBuilder csv = new StringBuilder("applicant_id,choices,tiers,guaranteed,district_fallback\n");
        for (DrawInputs.Applicant a : frozen.applicants()) {
            csv.append(a.number())
                    .append(',')
                    .append(DrawInputs.join(a.choices()))
                    .append(',')
                    .append(DrawInputs.join(a.tiers()))
                    .append(',')
                    .append(a.guaranteedUnitId() == null ? "" : a.guaranteedUnitId())
                    .append(',')
                    .append(DrawInputs.join(a.fallback()))
                    .append('\n');
        }
        return csv.toString();
    }

    public String seatsCsv(long runId) {
        AllocationRun run = publicRun(runId);
        StringBuilder csv = new StringBuilder("school_id,capacity\n");
        inputs.read(runId, cycles.load(run.getCycleId()).policy.lowestTier())
                .seats()
                .forEach(s ->
                        csv.append(s.unitId()).append(',').append(s.seats()).append('\n'));
        return csv.toString();
    }

    /** School positions as the engine CLI's SL.csv; schools without one are left out (they take no part). */
    public String schoolLocationsCsv(long runId) {
        AllocationRun run = publicRun(runId);
        StringBuilder csv = new StringBuilder("school_id,lon,lat\n");
        inputs.read(runId, cycles.load(run.getCycleId()).policy.lowestTier()).seats().stream()
                .filter(s -> !Double.isNaN(s.longitude()) && !Double.isNaN(s.latitude()))
                .forEach(s -> csv.append(s.unitId())
                        .append(',')
                        .append(degrees(s.longitude()))
                        .append(',')
                        .append(degrees(s.latitude()))
                        .append('\n'));
        return csv.toString();
    }

    /**
     * Home positions of the children who reached the region stage (placed by it, or left unplaced after it), as
     * the engine CLI's AL.csv. Only these, and only once published: the replay needs no one else's, and where a
     * child lives is theirs.
     */
    public String regionApplicantsCsv(long runId) {
        AllocationRun run = publicRun(runId);
        run.requirePublished();
        StringBuilder csv = new StringBuilder("applicant_id,lon,lat\n");
        if (!cycles.load(run.getCycleId()).cycle.isRegionStage()) {
            return csv.toString();
        }
        jdbc.sql("""
                        select a.number, a.longitude, a.latitude from allocation_run_applicant a
                        join allocation_result r on r.run_id = a.run_id and r.number = a.number
                        where a.run_id = :run and (r.stage = 'REGION' or r.unit_id is null)
                          and a.longitude is not null and a.latitude is not null
                        order by a.position""").param("run", runId).query(rs -> {
            csv.append(rs.getString(1))
                    .append(',')
                    .append(degrees(rs.getDouble(2)))
                    .append(',')
                    .append(degrees(rs.getDouble(3)))
                    .append('\n');
        });
        return csv.toString();
    }

    /** Plain decimal (no exponent, as the CLI reads it), the shortest text that reads back as the same double. */
    private static String degrees(double value) {
        return java.math.BigDecimal.valueOf(value).toPlainString();
    }
}
