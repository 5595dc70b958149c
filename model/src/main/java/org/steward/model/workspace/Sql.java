package org.steward.model.workspace;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with a JDBC connection. */
@FunctionalInterface
public interface Sql<T> {
    T run(Connection connection) throws SQLException;
}
