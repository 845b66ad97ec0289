package org.xuequ.enrollment.runs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Only one execution of a run at a time, across every node: a PostgreSQL advisory lock, taken by
 * the request before it answers 202 and held by the job until the draw is done. It lives in a
 * transaction of its own connection, so a crashed server (kill -9) cannot leave it behind: the
 * connection dies and PostgreSQL releases it.
 */
@Component
class RunExecutionLock {

    private static final Logger log = LoggerFactory.getLogger(RunExecutionLock.class);
    /** The advisory lock's first key: the kind of thing locked ('RUNX'); the second is the run id. */
    private static final int RUN_EXECUTION = 0x52554E58;

    private final DataSource dataSource;

    RunExecutionLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The lock if no execution of the run holds it; empty if one does. */
    Optional<Held> tryHold(long runId) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?, ?)")) {
                lock.setInt(1, RUN_EXECUTION);
                lock.setInt(2, Math.toIntExact(runId));
                try (ResultSet acquired = lock.executeQuery()) {
                    acquired.next();
                    if (acquired.getBoolean(1)) {
                        return Optional.of(new Held(connection));
                    }
                }
            }
            new Held(connection).close();
            return Optional.empty();
        } catch (SQLException e) {
            if (connection != null) {
                new Held(connection).close();
            }
            throw new DataAccessResourceFailureException("Cannot lock run " + runId + " for execution", e);
        }
    }

    /** Ending the lock's transaction releases it; closing twice is harmless. */
    static final class Held implements AutoCloseable {

        private Connection connection;

        private Held(Connection connection) {
            this.connection = connection;
        }

        @Override
        public synchronized void close() {
            if (connection == null) {
                return;
            }
            try (Connection c = connection) {
                c.rollback();
            } catch (SQLException e) {
                log.warn("Run execution lock: connection did not close cleanly", e);
            } finally {
                connection = null;
            }
        }
    }
}
