package org.steward.model.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.steward.model.catalog.EntityType;
import org.steward.model.ingest.EntityRecord;

/** An entity's stored row read back as the {@link EntityRecord} a source would give for it, to hash it. */
final class StoredEntityRecord {

    private StoredEntityRecord() {
    }

    static Optional<EntityRecord> read(Connection connection, long id) throws SQLException {
        String[] row = new String[12];
        try (PreparedStatement query = connection.prepareStatement("SELECT e.entity_type, e.qualified_name,"
                + " e.subtype, e.name, e.source_name, e.database_name, e.schema_name, p.qualified_name,"
                + " e.description, e.owner_id, e.data_type, e.sample_values, e.position FROM entity e"
                + " LEFT JOIN entity p ON p.id = e.parent_id WHERE e.id = ?")) {
            query.setLong(1, id);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getString(i + 1);
                }
                int position = rs.getInt(13);
                return Optional.of(new EntityRecord(EntityType.valueOf(row[0]), row[2], row[1], row[3], row[4],
                        row[5], row[6], row[7], row[8], row[9], row[10], position, SampleValues.split(row[11]),
                        attributes(connection, id), terms(connection, id)));
            }
        }
    }

    private static Map<String, String> attributes(Connection connection, long id) throws SQLException {
        Map<String, String> attributes = new TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT attr_key, attr_value FROM entity_attribute WHERE entity_id = ?")) {
            query.setLong(1, id);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    attributes.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return attributes;
    }

    private static List<String> terms(Connection connection, long id) throws SQLException {
        List<String> terms = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT term FROM entity_term WHERE entity_id = ? ORDER BY term")) {
            query.setLong(1, id);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    terms.add(rs.getString(1));
                }
            }
        }
        return terms;
    }
}
