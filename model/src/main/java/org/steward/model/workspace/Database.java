package org.steward.model.workspace;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.h2.api.ErrorCode;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/** The workspace's H2 database: a small connection pool plus read and transaction helpers. */
public final class Database implements AutoCloseable {
    public static final String USER = "sa";
    public static final String PASSWORD = "";
    private static final String MEMORY_PREFIX = "jdbc:h2:mem:";

    private final String url;
    private final JdbcConnectionPool pool;

    Database(String url) {
        this.url = url;
        this.pool = JdbcConnectionPool.create(url, USER, PASSWORD);
        this.pool.setMaxConnections(16);
    }

    public String url() {
        return url;
    }

    DataSource dataSource() {
        return pool;
    }

    public <T> T read(Sql<T> work) {
        try (Connection connection = pool.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new WorkspaceException("Workspace database error: " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} in one transaction: everything or nothing. */
    public <T> T transaction(Sql<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Workspace database error: " + e.getMessage(), e);
        }
    }

    /** Closes the database; a file database closes itself when its last connection goes. */
    @Override
    public void close() {
        pool.dispose();
        if (url.startsWith(MEMORY_PREFIX)) {
            shutdown("SHUTDOWN");
        }
    }

    /** Closes the database and rewrites its file without the space old versions left (after large imports). */
    void closeCompacted() {
        pool.dispose();
        shutdown("SHUTDOWN COMPACT");
    }

    private void shutdown(String command) {
        // A plain connection, not a pooled one: closing a pooled connection after SHUTDOWN logs a spurious error.
        try (Connection connection = DriverManager.getConnection(url, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(command);
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.DATABASE_IS_CLOSED) {
                throw new WorkspaceException("Could not close the workspace database cleanly: " + e.getMessage(), e);
            }
        }
    }
}
