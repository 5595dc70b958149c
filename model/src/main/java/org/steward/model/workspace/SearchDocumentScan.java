package org.steward.model.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.steward.model.catalog.Entity;
import org.steward.model.classification.PersonalDataSuspicion;
import org.steward.model.search.SearchDocument;

/**
 * Every entity's search document in one pass, for rebuilding the index: entities in id order merged with their
 * columns in parent order, so a million entities take two streaming queries instead of thousands of lookups.
 */
final class SearchDocumentScan {
    private final Connection connection;
    private final PersonalDataSuspicion suspicion;

    SearchDocumentScan(Connection connection, PersonalDataSuspicion suspicion) {
        this.connection = connection;
        this.suspicion = suspicion;
    }

    void run(Consumer<SearchDocument> sink) throws SQLException {
        Map<Long, Set<String>> labels = labels();
        Map<Long, List<String>> terms = terms();
        Map<String, String> owners = owners();
        LabelledDocument rules = new LabelledDocument(labels, suspicion);
        ColumnVerdicts verdicts = new ColumnVerdicts();
        // Columns in parent order only: the index on parent_id streams them; sorting by position too would
        // materialise (and for large workspaces spill) every column row first.
        try (PreparedStatement entities = connection.prepareStatement("SELECT " + CatalogStore.ENTITY_COLUMNS
                + ", e.sample_values, p.name FROM entity e LEFT JOIN entity p ON p.id = e.parent_id ORDER BY e.id");
             PreparedStatement columns = connection.prepareStatement(
                "SELECT parent_id, id, name, sample_values, position FROM entity WHERE parent_id IS NOT NULL"
                        + " ORDER BY parent_id");
             ResultSet entityRows = entities.executeQuery();
             ResultSet columnRows = columns.executeQuery()) {
            boolean moreColumns = columnRows.next();
            List<ColumnRow> group = new ArrayList<>();
            while (entityRows.next()) {
                Entity entity = CatalogStore.entity(entityRows);
                while (moreColumns && columnRows.getLong(1) < entity.id()) {
                    moreColumns = columnRows.next();
                }
                group.clear();
                while (moreColumns && columnRows.getLong(1) == entity.id()) {
                    group.add(new ColumnRow(columnRows.getLong(2), columnRows.getString(3), columnRows.getString(4),
                            columnRows.getInt(5)));
                    moreColumns = columnRows.next();
                }
                group.sort(ColumnRow.ORDER);
                List<String> columnNames = new ArrayList<>(group.size());
                boolean columnSuspected = false;
                for (ColumnRow column : group) {
                    columnNames.add(column.name());
                    boolean suspected = rules.anyColumnSuspected(
                            List.of(new LabelledDocument.ColumnSample(column.id(), column.name(), column.samples())));
                    verdicts.remember(column.id(), suspected);
                    columnSuspected |= suspected;
                }
                String samples = entityRows.getString(13);
                sink.accept(rules.of(entity, samples, columnNames, columnSuspected,
                        terms.getOrDefault(entity.id(), List.of()), owners.getOrDefault(entity.owner(), entity.owner()),
                        entityRows.getString(14), verdicts.take(entity.id())));
            }
        }
    }

    private record ColumnRow(long id, String name, String samples, int position) {
        static final Comparator<ColumnRow> ORDER = Comparator.comparingInt(ColumnRow::position)
                .thenComparing(ColumnRow::name);
    }

    /** Labels by entity id; a dataset's columns' labels are kept under the negated dataset id. */
    private Map<Long, Set<String>> labels() throws SQLException {
        Map<Long, Set<String>> labels = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT a.entity_id, c.parent_id, a.classification FROM classification_assignment a"
                        + " JOIN entity c ON c.id = a.entity_id ORDER BY a.classification");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                long entityId = rs.getLong(1);
                long parentId = rs.getLong(2);
                boolean hasParent = !rs.wasNull();
                String label = rs.getString(3);
                labels.computeIfAbsent(entityId, k -> new LinkedHashSet<>()).add(label);
                if (hasParent) {
                    labels.computeIfAbsent(-parentId, k -> new LinkedHashSet<>()).add(label);
                }
            }
        }
        return labels;
    }

    private Map<Long, List<String>> terms() throws SQLException {
        Map<Long, List<String>> terms = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT t.entity_id, g.name FROM entity_term t JOIN glossary_term g ON g.qualified_name = t.term"
                        + " ORDER BY g.name");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                terms.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return terms;
    }

    private Map<String, String> owners() throws SQLException {
        Map<String, String> owners = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT owner_id, display_name, team FROM owner");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                owners.put(rs.getString(1), rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return owners;
    }
}
