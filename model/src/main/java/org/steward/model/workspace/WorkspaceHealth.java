package org.steward.model.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;

/** Refuses damaged or busy workspaces with a message a user can act on, before anything is written. */
final class WorkspaceHealth {
    private static final String MVSTORE_HEADER = "H:2,";

    private WorkspaceHealth() {
    }

    /** Checks the database file exists and starts like an H2 database, without opening it. */
    static void check(WorkspaceFolder folder) {
        if (!Files.isRegularFile(folder.databaseFile())) {
            throw new WorkspaceException("The workspace " + folder.directory() + " is damaged: its database file "
                    + folder.databaseFile().getFileName() + " is missing. Nothing was changed.");
        }
        byte[] head = new byte[MVSTORE_HEADER.length()];
        int read;
        try (InputStream in = Files.newInputStream(folder.databaseFile())) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new WorkspaceException("Cannot read " + folder.databaseFile() + ": " + e.getMessage(), e);
        }
        if (read < head.length || !MVSTORE_HEADER.equals(new String(head, StandardCharsets.ISO_8859_1))) {
            throw new WorkspaceException("The workspace " + folder.directory() + " is damaged: "
                    + folder.databaseFile().getFileName() + " is not an H2 database. Nothing was changed.");
        }
    }

    /** Opens one connection and translates H2's refusals into plain words. */
    static void probe(Database database, WorkspaceFolder folder) {
        try (Connection connection = database.dataSource().getConnection()) {
            connection.isValid(1);
        } catch (SQLException e) {
            throw new WorkspaceException(explain(e, folder), e);
        }
    }

    private static String explain(SQLException e, WorkspaceFolder folder) {
        switch (e.getErrorCode()) {
            case 90020:
                return "The workspace " + folder.directory()
                        + " is open in another Steward window or process. Close it there first.";
            case 90030:
            case 90048:
                return "The workspace " + folder.directory() + " is damaged (" + firstLine(e)
                        + "). Nothing was changed; restore it from a backup.";
            case 28000:
            case 90049:
                return "The workspace " + folder.directory() + " is encrypted or protected with other credentials.";
            default:
                return "Cannot open the workspace " + folder.directory() + ": " + firstLine(e);
        }
    }

    private static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
