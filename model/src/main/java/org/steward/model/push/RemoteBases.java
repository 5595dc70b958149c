package org.steward.model.push;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * Adds what the last pull from the endpoint saw of each entity (remote guid, type, version, update time; the pull's
 * {@code remote_entity} table) to the references the push uses. Entities never pulled keep their qualified name and
 * type, and are found on the platform by those.
 */
final class RemoteBases {

    private RemoteBases() {
    }

    static void fill(Connection connection, String endpoint, Map<Long, EntityRef> refs) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT entity_id, guid, type_name, version,"
                + " update_time FROM remote_entity WHERE endpoint = ? AND entity_id = ANY(?)")) {
            query.setString(1, endpoint);
            query.setArray(2, connection.createArrayOf("BIGINT", refs.keySet().toArray()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    EntityRef local = refs.get(rs.getLong(1));
                    refs.put(local.id(), new EntityRef(local.id(), local.qualifiedName(), rs.getString(3),
                            rs.getString(2), rs.getLong(4), rs.getLong(5)));
                }
            }
        }
    }
}
