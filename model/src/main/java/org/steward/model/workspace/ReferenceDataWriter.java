package org.steward.model.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.steward.model.ingest.ClassificationDefinitionRecord;
import org.steward.model.ingest.GlossaryTermRecord;
import org.steward.model.ingest.OwnerRecord;

/** Merges what entities refer to by key: owners, glossary terms and classification definitions. */
final class ReferenceDataWriter {
    private final Connection connection;

    ReferenceDataWriter(Connection connection) {
        this.connection = connection;
    }

    void mergeOwners(List<OwnerRecord> owners) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO owner (owner_id, display_name, email, team) KEY (owner_id) VALUES (?, ?, ?, ?)")) {
            for (OwnerRecord owner : owners) {
                merge.setString(1, owner.id());
                merge.setString(2, owner.displayName());
                merge.setString(3, owner.email());
                merge.setString(4, owner.team());
                merge.addBatch();
            }
            merge.executeBatch();
        }
    }

    void mergeGlossaryTerms(List<GlossaryTermRecord> terms) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO glossary_term (qualified_name, name, description) KEY (qualified_name) VALUES (?, ?, ?)")) {
            for (GlossaryTermRecord term : terms) {
                merge.setString(1, term.qualifiedName());
                merge.setString(2, term.name());
                merge.setString(3, term.description());
                merge.addBatch();
            }
            merge.executeBatch();
        }
    }

    void mergeClassificationDefinitions(List<ClassificationDefinitionRecord> definitions) throws SQLException {
        // A source that does not say (empty parent or description, sensitivity 0) keeps what the workspace's
        // taxonomy already has: Atlas classification defs carry no sensitivity.
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO classification_def (name, parent, description, sensitivity, attribute_names) KEY (name)"
                        + " VALUES (?,"
                        + " COALESCE(NULLIF(?, ''), (SELECT parent FROM classification_def WHERE name = ?), ''),"
                        + " COALESCE(NULLIF(?, ''), (SELECT description FROM classification_def WHERE name = ?), ''),"
                        + " COALESCE(NULLIF(?, 0), (SELECT sensitivity FROM classification_def WHERE name = ?), 0),"
                        + " COALESCE(NULLIF(?, ''), (SELECT attribute_names FROM classification_def WHERE name = ?),"
                        + " ''))")) {
            for (ClassificationDefinitionRecord definition : definitions) {
                merge.setString(1, definition.name());
                merge.setString(2, definition.parent());
                merge.setString(3, definition.name());
                merge.setString(4, definition.description());
                merge.setString(5, definition.name());
                merge.setInt(6, definition.sensitivity());
                merge.setString(7, definition.name());
                merge.setString(8, String.join("\n", definition.attributes()));
                merge.setString(9, definition.name());
                merge.addBatch();
            }
            merge.executeBatch();
        }
    }
}
