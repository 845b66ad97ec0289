package org.xuequ.enrollment.runs;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes a draw's outcome (results and cutoffs) in bulk, replacing any earlier execution's. */
@Component
class DrawStore {

    private static final int BATCH = 2_000;

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    DrawStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void replace(long runId, Draw.Outcome outcome, int lowestTier) {
        jdbc.update("delete from allocation_result where run_id = ?", runId);
        jdbc.update("delete from allocation_cutoff where run_id = ?", runId);
        List<Object[]> rows = new ArrayList<>(outcome.placements().size());
        for (Draw.Placement p : outcome.placements()) {
            rows.add(new Object[] {
                runId,
                p.number(),
                p.applicationId(),
                p.unitId(),
                p.stage(),
                p.choiceRank(),
                p.tier(),
                p.lottery(),
                json.writeValueAsString(StoredExplanation.of(p, lowestTier))
            });
        }
        jdbc.batchUpdate("""
                insert into allocation_result (run_id, number, application_id, unit_id, stage, choice_rank, tier, lottery,
                    explanation) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, BATCH, (ps, row) -> {
            for (int i = 0; i < row.length; i++) {
                ps.setObject(i + 1, row[i]);
            }
        });
        List<Object[]> cutoffs = outcome.cutoffs().stream()
                .map(c -> new Object[] {
                    runId, c.unitId(), c.stage(), c.seats(), c.admitted(), c.tier(), c.lottery(), c.round()
                })
                .toList();
        jdbc.batchUpdate("""
                insert into allocation_cutoff (run_id, unit_id, stage, seats, admitted, tier, lottery, round)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", cutoffs);
    }

    StoredExplanation explanation(String stored) {
        return json.readValue(stored, StoredExplanation.class);
    }
}
