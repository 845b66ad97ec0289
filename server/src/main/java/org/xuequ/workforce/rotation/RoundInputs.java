package org.xuequ.workforce.rotation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Teachers' ranked wishes and schools' needs of a round: plain rows, replaced as a whole per teacher or school. */
@Component
class RoundInputs {

    /** A school's need of teachers of a subject. */
    record Need(long unitId, String subject, int seats) {}

    private final JdbcClient jdbc;

    RoundInputs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each teacher's wished schools, best first. */
    Map<Long, List<Long>> wishes(long roundId) {
        Map<Long, List<Long>> wishes = new LinkedHashMap<>();
        jdbc.sql("select staff_id, unit_id from workforce_rotation_wish where round_id = :round"
                        + " order by staff_id, wish_rank")
                .param("round", roundId)
                .query((rs, i) -> {
                    wishes.computeIfAbsent(rs.getLong(1), s -> new ArrayList<>())
                            .add(rs.getLong(2));
                    return null;
                })
                .list();
        return wishes;
    }

    void replaceWishes(long roundId, long staffId, List<Long> units) {
        jdbc.sql("delete from workforce_rotation_wish where round_id = :round and staff_id = :staff")
                .param("round", roundId)
                .param("staff", staffId)
                .update();
        for (int rank = 0; rank < units.size(); rank++) {
            jdbc.sql("insert into workforce_rotation_wish (round_id, staff_id, wish_rank, unit_id)"
                            + " values (:round, :staff, :rank, :unit)")
                    .param("round", roundId)
                    .param("staff", staffId)
                    .param("rank", rank + 1)
                    .param("unit", units.get(rank))
                    .update();
        }
    }

    List<Need> needs(long roundId) {
        return jdbc.sql("select unit_id, subject, seats from workforce_rotation_need where round_id = :round"
                        + " order by unit_id, subject")
                .param("round", roundId)
                .query((rs, i) -> new Need(rs.getLong(1), rs.getString(2), rs.getInt(3)))
                .list();
    }

    void replaceNeeds(long roundId, long unitId, Map<String, Integer> seatsBySubject) {
        jdbc.sql("delete from workforce_rotation_need where round_id = :round and unit_id = :unit")
                .param("round", roundId)
                .param("unit", unitId)
                .update();
        seatsBySubject.forEach(
                (subject, seats) -> jdbc.sql("insert into workforce_rotation_need (round_id, unit_id, subject, seats)"
                                + " values (:round, :unit, :subject, :seats)")
                        .param("round", roundId)
                        .param("unit", unitId)
                        .param("subject", subject)
                        .param("seats", seats)
                        .update());
    }
}
