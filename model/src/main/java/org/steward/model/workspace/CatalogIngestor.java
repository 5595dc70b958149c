package org.steward.model.workspace;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steward.model.ingest.CatalogBatch;
import org.steward.model.ingest.ClassificationRecord;
import org.steward.model.ingest.EntityRecord;
import org.steward.model.ingest.LineageEdgeRecord;
import org.steward.model.task.ProgressMonitor;

/**
 * The one ingestion path: merges the {@link CatalogBatch}es of one import into the workspace inside the caller's
 * transaction, in order: reference data ({@link ReferenceDataWriter}), entities matched by qualified name
 * ({@link EntityWriter}), then classification assignments and lineage edges ({@link LinkWriter}).
 */
final class CatalogIngestor {
    private final Connection connection;
    private final ProgressMonitor monitor;
    private IngestContext context;
    private ReferenceDataWriter referenceData;
    private EntityWriter entities;
    private LinkWriter links;

    CatalogIngestor(Connection connection, ProgressMonitor monitor) {
        this.connection = connection;
        this.monitor = monitor;
    }

    /**
     * Merges one batch. Call it for every batch of one import with the same ingestor: entities of earlier batches
     * are then known without asking the database, and an import into an empty workspace asks it nothing.
     */
    void ingest(CatalogBatch batch) throws SQLException {
        if (context == null) {
            context = IngestContext.start(connection, monitor);
            referenceData = new ReferenceDataWriter(connection);
            entities = new EntityWriter(context);
            links = new LinkWriter(context);
        }
        long total = batch.entities().size() + batch.lineage().size() + batch.classifications().size();
        monitor.progress(0, total, "Importing " + batch.origin());
        if (!context.emptyWorkspace) {
            context.known.prefetch(namesIn(batch));
        }
        referenceData.mergeOwners(batch.owners());
        referenceData.mergeGlossaryTerms(batch.glossaryTerms());
        referenceData.mergeClassificationDefinitions(batch.classificationDefinitions());
        entities.write(batch.origin(), batch.entities(), batch.partial(), total);
        links.addClassifications(batch.classifications());
        links.addLineage(batch.origin(), batch.lineage(), total);
    }

    /** Entity ids whose search documents must be refreshed. */
    Set<Long> touchedEntities() {
        return context == null ? Set.of() : context.touched;
    }

    /** Entity ids touched since the last call, e.g. by the batch just merged. */
    Set<Long> drainRecentlyTouched() {
        return context == null ? Set.of() : context.drainRecentlyTouched();
    }

    /** Entities this import created. */
    int inserted() {
        return context == null ? 0 : (int) context.before.values().stream().filter(String::isEmpty).count();
    }

    /** Entities that existed before and differ at the end, however often a batch rewrote them on the way. */
    int updated() {
        if (context == null) {
            return 0;
        }
        int updated = 0;
        for (Map.Entry<String, String> entry : context.before.entrySet()) {
            if (!entry.getValue().isEmpty()
                    && !entry.getValue().equals(context.known.known(entry.getKey()).contentHash())) {
                updated++;
            }
        }
        return updated;
    }

    int unchanged() {
        return context == null ? 0 : context.before.size() - inserted() - updated();
    }

    /** The id of an entity this ingestion wrote or looked up, else looked up now; {@code null} if there is none. */
    Long entityId(String qualifiedName) throws SQLException {
        KnownEntity entity = context == null ? null : context.known.lookup(qualifiedName);
        return entity == null ? null : entity.id();
    }

    int edgesAdded() {
        return links == null ? 0 : links.edgesAdded();
    }

    int classificationsAdded() {
        return links == null ? 0 : links.classificationsAdded();
    }

    private static List<String> namesIn(CatalogBatch batch) {
        List<String> names = new ArrayList<>();
        for (EntityRecord record : batch.entities()) {
            names.add(record.qualifiedName());
            if (record.parentQualifiedName() != null) {
                names.add(record.parentQualifiedName());
            }
        }
        for (ClassificationRecord record : batch.classifications()) {
            names.add(record.entityQualifiedName());
            if (record.originQualifiedName() != null) {
                names.add(record.originQualifiedName());
            }
        }
        for (LineageEdgeRecord edge : batch.lineage()) {
            names.add(edge.fromQualifiedName());
            names.add(edge.toQualifiedName());
            if (edge.viaProcessQualifiedName() != null) {
                names.add(edge.viaProcessQualifiedName());
            }
        }
        return names;
    }
}
