package org.xuequ.platform.internal.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.xuequ.platform.internal.jobs.JobRow.Mode;
import org.xuequ.platform.internal.jobs.JobRow.State;

/**
 * platform_job: each write commits in a transaction of its own, never the caller's: a job started from inside a
 * (possibly read-only) service transaction must be visible to pollers at once, and must not vanish if that
 * transaction rolls back.
 */
@Component
class JobStore {

    static final String DURABLE_TASK = "xuequ-job";

    private final JdbcClient jdbc;
    private final TransactionTemplate own;

    JobStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    private int write(JdbcClient.StatementSpec statement) {
        return own.execute(status -> statement.update());
    }

    void insert(
            UUID id,
            String kind,
            String owner,
            String locale,
            Mode mode,
            String handler,
            String input,
            String node,
            Instant now) {
        write(jdbc.sql("""
                        insert into platform_job (id, kind, owner, locale, mode, handler, input, state, phase, node,
                                                  started_at, heartbeat_at)
                        values (:id, :kind, :owner, :locale, :mode, :handler, cast(:input as jsonb), 'RUNNING',
                                :phase, :node, :now, :now)""")
                .param("id", id)
                .param("kind", kind)
                .param("owner", owner)
                .param("locale", locale)
                .param("mode", mode.name())
                .param("handler", handler)
                .param("input", input)
                .param("phase", mode == Mode.DURABLE ? "queued" : null)
                .param("node", node)
                .param("now", Timestamp.from(now)));
    }

    Optional<JobRow> find(UUID id) {
        return jdbc.sql("""
                        select id, kind, owner, locale, mode, handler, input::text as input, state, phase, total,
                               processed, node, attempts, note, result::text as result, problem::text as problem,
                               started_at, finished_at
                          from platform_job where id = :id""").param("id", id).query(JobStore::row).optional();
    }

    /** This node takes a durable job (again): answers the attempt number, or 0 when it has already ended. */
    int claim(UUID id, String node, String note, Instant now) {
        return own.execute(status -> jdbc.sql("""
                        update platform_job
                           set node = :node, attempts = attempts + 1, heartbeat_at = :now, phase = null,
                               processed = 0, note = coalesce(:note, note)
                         where id = :id and state = 'RUNNING'
                        returning attempts""")
                .param("id", id)
                .param("node", node)
                .param("note", note)
                .param("now", Timestamp.from(now))
                .query(Integer.class)
                .optional()
                .orElse(0));
    }

    void progress(UUID id, String phase, long total, long processed, Instant now) {
        write(jdbc.sql("""
                        update platform_job set phase = :phase, total = :total, processed = :processed,
                                                heartbeat_at = :now
                         where id = :id and state = 'RUNNING'""")
                .param("id", id)
                .param("phase", phase)
                .param("total", total)
                .param("processed", processed)
                .param("now", Timestamp.from(now)));
    }

    void succeed(UUID id, String phase, long total, long processed, String result, Instant now) {
        finish(id, State.SUCCEEDED, phase, total, processed, result, null, null, now);
    }

    void fail(UUID id, String phase, long total, long processed, String problem, String note, Instant now) {
        finish(id, State.FAILED, phase, total, processed, null, problem, note, now);
    }

    private void finish(
            UUID id,
            State state,
            String phase,
            long total,
            long processed,
            String result,
            String problem,
            String note,
            Instant now) {
        write(jdbc.sql("""
                        update platform_job
                           set state = :state, phase = :phase, total = :total, processed = :processed,
                               result = cast(:result as jsonb), problem = cast(:problem as jsonb),
                               note = coalesce(:note, note), heartbeat_at = :now, finished_at = :now
                         where id = :id and state = 'RUNNING'""")
                .param("id", id)
                .param("state", state.name())
                .param("phase", phase)
                .param("total", total)
                .param("processed", processed)
                .param("result", result)
                .param("problem", problem)
                .param("note", note)
                .param("now", Timestamp.from(now)));
    }

    /**
     * Jobs whose node stopped beating: closures held by a node that is gone, and durable jobs the scheduler no
     * longer holds (it revives those it does). Answers how many were marked failed.
     */
    int failAbandoned(Instant staleBefore, String problem, Instant now) {
        return write(jdbc.sql("""
                        update platform_job j
                           set state = 'FAILED', problem = cast(:problem as jsonb), finished_at = :now,
                               note = left('node ' || coalesce(j.node, '?') || ' stopped while running it', 300)
                         where j.state = 'RUNNING' and j.heartbeat_at < :stale
                           and (j.mode = 'LOCAL'
                                or not exists (select 1 from scheduled_tasks t
                                                where t.task_name = :task and t.task_instance = j.id::text))""")
                .param("problem", problem)
                .param("stale", Timestamp.from(staleBefore))
                .param("task", DURABLE_TASK)
                .param("now", Timestamp.from(now)));
    }

    /** A node that shuts down says so for the closures it cannot finish, rather than leave pollers waiting. */
    int failLocal(Collection<UUID> ids, String problem, String note, Instant now) {
        if (ids.isEmpty()) {
            return 0;
        }
        return write(jdbc.sql("""
                        update platform_job set state = 'FAILED', problem = cast(:problem as jsonb), note = :note,
                                                finished_at = :now
                         where id in (:ids) and state = 'RUNNING' and mode = 'LOCAL'""")
                .param("ids", ids)
                .param("problem", problem)
                .param("note", note)
                .param("now", Timestamp.from(now)));
    }

    int forgetFinishedBefore(Instant cutoff) {
        return write(jdbc.sql("delete from platform_job where finished_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff)));
    }

    private static JobRow row(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new JobRow(
                rs.getObject("id", UUID.class),
                rs.getString("kind"),
                rs.getString("owner"),
                rs.getString("locale"),
                Mode.valueOf(rs.getString("mode")),
                rs.getString("handler"),
                rs.getString("input"),
                State.valueOf(rs.getString("state")),
                rs.getString("phase"),
                rs.getLong("total"),
                rs.getLong("processed"),
                rs.getString("node"),
                rs.getInt("attempts"),
                rs.getString("note"),
                rs.getString("result"),
                rs.getString("problem"),
                rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
