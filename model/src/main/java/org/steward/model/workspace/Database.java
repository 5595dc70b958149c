package org.steward.model.workspace;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/** The workspace's H2 database: a small connection pool plus read and transaction helpers. */
public final class Database implements AutoCloseable {
    public static final String USER = "sa";
    public static final String PASSWORD = "";

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

    @Override
    public void close() {
        try (Connection connection = pool.getConnection()) {
            connection.createStatement().execute("SHUTDOWN");
        } catch (SQLException ignored) {
            // already closed or never opened: nothing to shut down
        }
        pool.dispose();
    }
}
