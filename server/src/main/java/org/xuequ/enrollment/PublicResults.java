package org.xuequ.enrollment;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.XuequProblem;

/**
 * 公示: after publication a result can be looked up by application number alone — the number is
 * what families hold; no name or ID number is shown. The final school includes upheld appeals.
 */
@Service
@Transactional(readOnly = true)
public class PublicResults {

    private final JdbcClient jdbc;
    private final DrawReplay replay;

    PublicResults(JdbcClient jdbc, DrawReplay replay) {
        this.jdbc = jdbc;
        this.replay = replay;
    }

    public record Line(String number, long lottery, Long unitId, String unitName, String stage) {
    }

    public Line byNumber(long runId, String number) {
        AllocationRun run = replay.publicRun(runId);
        if (run.getStatus() != AllocationRun.Status.PUBLISHED) {
            throw new XuequProblem(HttpStatus.CONFLICT, "problem.run-not-published");
        }
        return jdbc.sql("""
                        select o.number, o.lottery, o.unit_id, u.name, o.stage
                        from allocation_outcome o left join education_unit u on u.id = o.unit_id
                        where o.run_id = :run and o.number = :number""")
                .param("run", runId).param("number", number == null ? "" : number.strip())
                .query((rs, i) -> new Line(rs.getString(1), rs.getLong(2), (Long) rs.getObject(3), rs.getString(4),
                        rs.getString(5)))
                .optional().orElseThrow(() -> XuequProblem.notFound("AllocationResult", number));
    }
}
