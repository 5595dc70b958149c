package org.steward.model.workspace;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Brings a workspace's schema to the version this Steward knows, with Flyway. */
final class SchemaMigrations {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);

    private SchemaMigrations() {
    }

    /** The newest migration shipped in db/migration; a test keeps it in step with the files. */
    static final int LATEST_VERSION = 9;

    static void migrate(Database database, String label) {
        if (isCurrent(database)) {
            return;
        }
        migrate(database, label, MigrationVersion.LATEST);
    }

    /** Skips starting Flyway (a third of the open time) when the schema already is the newest one. */
    private static boolean isCurrent(Database database) {
        try {
            return database.read(connection -> {
                try (var tables = connection.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                        + " WHERE TABLE_NAME = 'flyway_schema_history'");
                     var found = tables.executeQuery()) {
                    if (!found.next() || found.getInt(1) == 0) {
                        return false;
                    }
                }
                try (var query = connection.prepareStatement("SELECT \"version\", \"success\" FROM"
                        + " \"flyway_schema_history\" ORDER BY \"installed_rank\" DESC LIMIT 1");
                     var rs = query.executeQuery()) {
                    return rs.next() && rs.getBoolean(2)
                            && Integer.toString(LATEST_VERSION).equals(rs.getString(1));
                }
            });
        } catch (WorkspaceException e) {
            return false;
        }
    }

    /** Migrates up to {@code target}; tests use it to make workspaces of older schema versions. */
    static void migrate(Database database, String label, MigrationVersion target) {
        Flyway flyway = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(database.dataSource())
                .locations("classpath:db/migration")
                .cleanDisabled(true)
                .target(target)
                .load();
        try {
            MigrateResult result = flyway.migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("Migrated workspace {} from schema {} to {}", label,
                        result.initialSchemaVersion == null ? "(empty)" : result.initialSchemaVersion,
                        result.targetSchemaVersion);
            }
        } catch (FlywayException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            if (message.contains("not resolved locally") || message.contains("newer")) {
                throw new WorkspaceException("The workspace " + label
                        + " was made by a newer version of Steward; update Steward to open it. Nothing was changed.", e);
            }
            if (message.contains("non-empty schema")) {
                throw new WorkspaceException("The database in " + label
                        + " is not a Steward workspace database. Nothing was changed.", e);
            }
            throw new WorkspaceException("Cannot bring the workspace " + label + " up to date: "
                    + message.lines().findFirst().orElse(message), e);
        }
    }
}
