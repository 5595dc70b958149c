package org.steward.model.workspace;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.steward.model.catalog.EntityType;
import org.steward.model.ingest.ClassificationRecord;
import org.steward.model.ingest.IngestException;
import org.steward.model.ingest.LineageEdgeRecord;

/**
 * Adds the links between entities a batch names, each once: classification assignments and lineage edges. What
 * the workspace already stores is loaded for the batch's older entities first ({@link ExistingLinks}), so a
 * re-import adds nothing.
 */
final class LinkWriter {
    private static final int BATCH = 1_000;

    private final IngestContext context;
    private final ExistingLinks links;
    private final Set<Long> edges = new HashSet<>();
    private final Set<String> assignments = new HashSet<>();
    private int edgesAdded;
    private int classificationsAdded;

    LinkWriter(IngestContext context) {
        this.context = context;
        this.links = new ExistingLinks(context.connection);
    }

    int edgesAdded() {
        return edgesAdded;
    }

    int classificationsAdded() {
        return classificationsAdded;
    }

    void addClassifications(List<ClassificationRecord> classifications) throws SQLException {
        Set<String> defined = context.existing("SELECT name FROM classification_def");
        if (!context.emptyWorkspace) {
            links.loadAssignments(classifications, context::lookup, context.firstNewId, assignments);
        }
        try (PreparedStatement insert = context.connection.prepareStatement(
                "INSERT INTO classification_assignment (entity_id, classification, origin_id, propagate, source,"
                        + " valid_from, valid_to, attributes) VALUES (?, ?, ?, ?, 'import', ?, ?, ?)");
             PreparedStatement define = context.connection.prepareStatement(
                "MERGE INTO classification_def (name, parent) KEY (name) VALUES (?, ?)")) {
            for (ClassificationRecord record : classifications) {
                String what = "classification " + record.classification() + " on " + record.entityQualifiedName();
                KnownEntity target = context.require(record.entityQualifiedName(), what);
                Long origin = record.originQualifiedName() == null ? null
                        : context.require(record.originQualifiedName(), what).id();
                if (!defined.contains(record.classification())) {
                    String name = record.classification();
                    int dot = name.lastIndexOf('.');
                    define.setString(1, name);
                    define.setString(2, dot < 0 ? "" : name.substring(0, dot));
                    define.executeUpdate();
                    defined.add(name);
                }
                if (assignments.add(ExistingLinks.assignmentKey(target.id(), record.classification(), origin))) {
                    insert.setLong(1, target.id());
                    insert.setString(2, record.classification());
                    insert.setObject(3, origin, Types.BIGINT);
                    insert.setBoolean(4, record.propagate());
                    insert.setObject(5, record.validFrom(), Types.DATE);
                    insert.setObject(6, record.validTo(), Types.DATE);
                    insert.setString(7, LabelAttributes.encode(record.attributes()));
                    insert.addBatch();
                    classificationsAdded++;
                    context.touch(target.id(), target.parentId());
                }
            }
            insert.executeBatch();
        }
    }

    void addLineage(String origin, List<LineageEdgeRecord> lineage, long total) throws SQLException {
        if (!context.emptyWorkspace) {
            links.loadEdges(lineage, context::lookup, context.firstNewId, edges);
        }
        try (PreparedStatement insert = context.connection.prepareStatement(
                "INSERT INTO lineage_edge (from_id, to_id, edge_level, via_process_id, origin) VALUES (?,?,?,?,?)")) {
            int done = 0;
            for (LineageEdgeRecord edge : lineage) {
                String what = "lineage edge " + edge.fromQualifiedName() + " → " + edge.toQualifiedName();
                KnownEntity from = context.require(edge.fromQualifiedName(), what);
                KnownEntity to = context.require(edge.toQualifiedName(), what);
                if (from.id() == to.id()) {
                    throw new IngestException(what + " points from an entity to itself");
                }
                Long via = edge.viaProcessQualifiedName() == null ? null
                        : context.require(edge.viaProcessQualifiedName(), what).id();
                if (!edges.add(from.id() << 32 | to.id())) {
                    continue;
                }
                boolean columnLevel = from.type() == EntityType.COLUMN && to.type() == EntityType.COLUMN;
                insert.setLong(1, from.id());
                insert.setLong(2, to.id());
                insert.setString(3, columnLevel ? "COLUMN" : "DATASET");
                insert.setObject(4, via, Types.BIGINT);
                insert.setString(5, origin);
                insert.addBatch();
                edgesAdded++;
                if (++done % BATCH == 0) {
                    insert.executeBatch();
                    context.monitor.checkCancelled();
                    context.monitor.progress(total - lineage.size() + done, total, "Importing lineage");
                }
            }
            insert.executeBatch();
        }
    }
}
