package org.steward.model.push;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * Adds what the last pull saw of each entity (remote guid, version, update time) to the references the push uses.
 * Entities never pulled keep only their qualified name and type, and are found on the platform by those.
 */
final class RemoteBases {

    private RemoteBases() {
    }

    static void fill(Connection connection, Map<Long, EntityRef> refs) throws SQLException {
        // The pull's remote_entity table arrives with the Atlas pull; until then entities are addressed by name.
    }
}
