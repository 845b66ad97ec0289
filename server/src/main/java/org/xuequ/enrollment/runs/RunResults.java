package org.xuequ.enrollment.runs;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.DataScope;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.registry.RegistryReads;

/**
 * Reading a run's results: per school (seats, admitted, cutoff), per child (school, stage, tier,
 * lottery, explanation). An upheld appeal that moved a child shows as their final school; the draw
 * itself is never rewritten, so the public replay still matches it.
 */
@Service
@Transactional(readOnly = true)
public class RunResults {

    private final JdbcClient jdbc;
    private final Runs runs;
    private final DrawStore store;
    private final CurrentUser currentUser;
    private final RegistryReads registry;

    RunResults(JdbcClient jdbc, Runs runs, DrawStore store, CurrentUser currentUser, RegistryReads registry) {
        this.jdbc = jdbc;
        this.runs = runs;
        this.store = store;
        this.currentUser = currentUser;
        this.registry = registry;
    }

    public record SchoolRow(
            long unitId,
            String unitName,
            Long districtId,
            String districtName,
            int seats,
            int admitted,
            int guaranteed,
            String cutoffStage,
            Integer cutoffTier,
            Long cutoffLottery,
            Integer cutoffRound,
            List<StageCutoff> stages) {}

    /** What one stage of the draw did at a school: seats it had left, admitted, the last admitted (if any). */
    public record StageCutoff(String stage, int seats, int admitted, int tier, long lottery, int round) {}

    /** Stages in the order the draw runs them. */
    private static final List<String> STAGE_ORDER = List.of("CHOICES", "DISTRICT", "REGION");

    /** A child's result; {@code unitId} is the final school (after any upheld appeal). */
    public record ResultRow(
            String number,
            long applicationId,
            long childId,
            String childName,
            String idNumber,
            Long districtId,
            Long unitId,
            String unitName,
            String stage,
            Integer choiceRank,
            int tier,
            long lottery,
            Long drawnUnitId) {}

    /**
     * Counts come from one pass over the run's results grouped by school: a count per school in a
     * subquery would read the whole run once per school (300 × 100,000 rows at region scale). Names
     * come from the registry in one read each; rows go by district name (none last), then school name.
     */
    public List<SchoolRow> schools(long runId) {
        AllocationRun run = withResults(runId);
        List<SchoolRow> unnamed = jdbc.sql("""
                        with admitted as (select unit_id, count(*) as n from allocation_outcome
                                          where run_id = :run and unit_id is not null group by unit_id),
                             drawn as (select unit_id, count(*) as n, count(*) filter (where stage = 'GUARANTEED') as guaranteed
                                       from allocation_result where run_id = :run and unit_id is not null group by unit_id)
                        select s.unit_id, s.district_id, s.seats,
                          coalesce(a.n, 0) as admitted, coalesce(g.guaranteed, 0) as guaranteed,
                          c.stage, c.tier, c.lottery, c.round
                        from allocation_run_seat s
                        left join admitted a on a.unit_id = s.unit_id
                        left join drawn g on g.unit_id = s.unit_id
                        left join allocation_cutoff c on c.run_id = s.run_id and c.unit_id = s.unit_id and c.stage = 'CHOICES'
                          and c.admitted > 0
                        where s.run_id = :run and (s.seats > 0 or g.n > 0)""")
                .param("run", runId)
                .query((rs, i) -> new SchoolRow(
                        rs.getLong(1),
                        null,
                        (Long) rs.getObject(2),
                        null,
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getString(6),
                        (Integer) rs.getObject(7),
                        (Long) rs.getObject(8),
                        (Integer) rs.getObject(9),
                        List.of()))
                .list();
        List<SchoolRow> rows = withStages(runId, named(unnamed));
        DataScope scope = currentUser.scope();
        return rows.stream()
                .filter(r -> scope.covers(target(run, r.districtId(), r.unitId())))
                .toList();
    }

    /**
     * The rows with their school and district names, in the order {@code order by district name nulls
     * last, school name} would give; a row whose school the registry does not know is left out.
     */
    private List<SchoolRow> named(List<SchoolRow> rows) {
        Map<Long, String> units =
                registry.unitNames(rows.stream().map(SchoolRow::unitId).collect(Collectors.toSet()));
        Map<Long, String> districts = registry.districtNames(rows.stream()
                .map(SchoolRow::districtId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<String, Integer> unitOrder = order(units);
        Map<String, Integer> districtOrder = order(districts);
        return rows.stream()
                .filter(r -> units.containsKey(r.unitId()))
                .map(r -> new SchoolRow(
                        r.unitId(),
                        units.get(r.unitId()),
                        r.districtId(),
                        r.districtId() == null ? null : districts.get(r.districtId()),
                        r.seats(),
                        r.admitted(),
                        r.guaranteed(),
                        r.cutoffStage(),
                        r.cutoffTier(),
                        r.cutoffLottery(),
                        r.cutoffRound(),
                        r.stages()))
                .sorted(Comparator.comparing(
                                (SchoolRow r) -> r.districtName() == null ? null : districtOrder.get(r.districtName()),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(r -> unitOrder.get(r.unitName())))
                .toList();
    }

    /** Each row with every stage's cutoff at its school, in one read of the run's cutoffs. */
    private List<SchoolRow> withStages(long runId, List<SchoolRow> rows) {
        Map<Long, List<StageCutoff>> byUnit = new HashMap<>();
        jdbc.sql(
                        "select unit_id, stage, seats, admitted, tier, lottery, round from allocation_cutoff where run_id = :run")
                .param("run", runId)
                .query(rs -> {
                    byUnit.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                            .add(new StageCutoff(
                                    rs.getString(2),
                                    rs.getInt(3),
                                    rs.getInt(4),
                                    rs.getInt(5),
                                    rs.getLong(6),
                                    rs.getInt(7)));
                });
        Comparator<StageCutoff> byStage = Comparator.comparingInt(c -> STAGE_ORDER.indexOf(c.stage()));
        return rows.stream()
                .map(r -> new SchoolRow(
                        r.unitId(),
                        r.unitName(),
                        r.districtId(),
                        r.districtName(),
                        r.seats(),
                        r.admitted(),
                        r.guaranteed(),
                        r.cutoffStage(),
                        r.cutoffTier(),
                        r.cutoffLottery(),
                        r.cutoffRound(),
                        byUnit.getOrDefault(r.unitId(), List.of()).stream()
                                .sorted(byStage)
                                .toList()))
                .toList();
    }

    /** The position of each name in a map that iterates by name as the database sorts them. */
    private static Map<String, Integer> order(Map<Long, String> byName) {
        Map<String, Integer> out = new HashMap<>();
        byName.values().forEach(name -> out.putIfAbsent(name, out.size()));
        return out;
    }

    public record Filter(Long unitId, Long districtId, Boolean placed, String text) {}

    public Page<ResultRow> results(long runId, Filter filter, Pageable pageable) {
        return query(runId, filter, null, pageable);
    }

    /** Results in scope; {@code number} (exact) finds one by its primary key instead of matching text over the run. */
    private Page<ResultRow> query(long runId, Filter filter, String number, Pageable pageable) {
        AllocationRun run = withResults(runId);
        StringBuilder where = new StringBuilder(" where r.run_id = :run");
        DataScope scope = currentUser.scope();
        if (scope instanceof DataScope.Districts districts) {
            where.append(" and a.district_id in (:scopeDistricts)");
        } else if (scope instanceof DataScope.Unit unit) {
            where.append(" and r.unit_id = :scopeUnit");
        } else if (!scope.covers(run.scopeTarget())) {
            throw new org.xuequ.platform.access.OutOfScopeException();
        }
        if (filter.unitId() != null) {
            where.append(" and r.unit_id = :unit");
        }
        if (filter.districtId() != null) {
            where.append(" and a.district_id = :district");
        }
        if (filter.placed() != null) {
            where.append(filter.placed() ? " and r.unit_id is not null" : " and r.unit_id is null");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (r.number like :text or c.name like :text)");
        }
        if (number != null) {
            where.append(" and r.number = :number");
        }
        String from = """
                 from allocation_outcome r
                 join enrollment_application a on a.id = r.application_id
                 join school_age_child c on c.id = a.child_id""";
        var count = bind(jdbc.sql("select count(*) " + from + where), runId, scope, filter, number);
        long total = count.query(Long.class).single();
        var page = bind(
                        jdbc.sql("""
                        select r.number, r.application_id, c.id as child_id, c.name as child_name, c.id_number, a.district_id,
                          r.unit_id, r.stage, r.choice_rank, r.tier, r.lottery, r.drawn_unit_id""" + " " + from + where + " order by r.number limit :limit offset :offset"),
                        runId,
                        scope,
                        filter,
                        number)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset());
        List<ResultRow> rows = page.query((rs, i) -> new ResultRow(
                        rs.getString("number"),
                        rs.getLong("application_id"),
                        rs.getLong("child_id"),
                        rs.getString("child_name"),
                        rs.getString("id_number"),
                        (Long) rs.getObject("district_id"),
                        (Long) rs.getObject("unit_id"),
                        null,
                        rs.getString("stage"),
                        (Integer) rs.getObject("choice_rank"),
                        rs.getInt("tier"),
                        rs.getLong("lottery"),
                        (Long) rs.getObject("drawn_unit_id")))
                .list();
        Map<Long, String> units = registry.unitNames(rows.stream()
                .map(ResultRow::unitId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
        List<ResultRow> named = rows.stream()
                .map(r -> r.unitId() == null
                        ? r
                        : new ResultRow(
                                r.number(),
                                r.applicationId(),
                                r.childId(),
                                r.childName(),
                                r.idNumber(),
                                r.districtId(),
                                r.unitId(),
                                units.get(r.unitId()),
                                r.stage(),
                                r.choiceRank(),
                                r.tier(),
                                r.lottery(),
                                r.drawnUnitId()))
                .toList();
        return new PageImpl<>(named, pageable, total);
    }

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec spec, long runId, DataScope scope, Filter filter, String number) {
        spec = spec.param("run", runId);
        if (number != null) {
            spec = spec.param("number", number);
        }
        if (scope instanceof DataScope.Districts districts) {
            spec = spec.param(
                    "scopeDistricts", districts.districtIds().isEmpty() ? List.of(-1L) : districts.districtIds());
        } else if (scope instanceof DataScope.Unit unit) {
            spec = spec.param("scopeUnit", unit.unitId());
        }
        if (filter.unitId() != null) {
            spec = spec.param("unit", filter.unitId());
        }
        if (filter.districtId() != null) {
            spec = spec.param("district", filter.districtId());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            spec = spec.param("text", "%" + filter.text().strip() + "%");
        }
        return spec;
    }

    /** One child's result, checked against the caller's scope. */
    public ResultRow result(long runId, String number) {
        return query(runId, new Filter(null, null, null, null), number, Pageable.ofSize(1)).getContent().stream()
                .findFirst()
                .orElseThrow(() -> XuequProblem.notFound("AllocationResult", number));
    }

    public StoredExplanation explanation(long runId, String number) {
        result(runId, number);
        return explanationOf(runId, number);
    }

    /** For the family's own result: the caller proved who they are with the access code, not a scope. */
    public StoredExplanation explanationUnscoped(long runId, String number) {
        return explanationOf(runId, number);
    }

    StoredExplanation explanationOf(long runId, String number) {
        String stored = jdbc.sql("select explanation from allocation_result where run_id = :run and number = :number")
                .param("run", runId)
                .param("number", number)
                .query(String.class)
                .optional()
                .orElseThrow(() -> XuequProblem.notFound("AllocationResult", number));
        return store.explanation(stored);
    }

    /** The drawn result of one application, without scope (the family's own, or the public list by number). */
    Optional<Object[]> drawn(long runId, String number) {
        return jdbc.sql(
                        "select unit_id, stage, lottery from allocation_result where run_id = :run and number = :number")
                .param("run", runId)
                .param("number", number)
                .query((rs, i) -> new Object[] {rs.getObject(1), rs.getString(2), rs.getLong(3)})
                .optional();
    }

    private AllocationRun withResults(long runId) {
        AllocationRun run = runs.get(runId);
        run.requireResults();
        return run;
    }

    private static ScopeTarget target(AllocationRun run, Long districtId, long unitId) {
        return new ScopeTarget(
                run.getRegionCode(), districtId == null ? java.util.Set.of() : java.util.Set.of(districtId), unitId);
    }
}
