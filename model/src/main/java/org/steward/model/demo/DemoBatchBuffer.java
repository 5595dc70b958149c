package org.steward.model.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.steward.model.ingest.CatalogBatch;
import org.steward.model.ingest.ClassificationDefinitionRecord;
import org.steward.model.ingest.ClassificationRecord;
import org.steward.model.ingest.EntityRecord;
import org.steward.model.ingest.GlossaryTermRecord;
import org.steward.model.ingest.LineageEdgeRecord;
import org.steward.model.ingest.OwnerRecord;

/** Collects node records into batches of at most {@code maxEntities} entities and hands them to the sink. */
final class DemoBatchBuffer {

    private final String origin;
    private final int maxEntities;
    private final Consumer<CatalogBatch> sink;
    private List<OwnerRecord> owners;
    private List<GlossaryTermRecord> terms;
    private List<ClassificationDefinitionRecord> definitions;
    private List<EntityRecord> entities = new ArrayList<>();
    private List<ClassificationRecord> classifications = new ArrayList<>();
    private List<LineageEdgeRecord> lineage = new ArrayList<>();
    private int batches;

    DemoBatchBuffer(String origin, int maxEntities, Consumer<CatalogBatch> sink, List<OwnerRecord> owners,
                    List<GlossaryTermRecord> terms, List<ClassificationDefinitionRecord> definitions) {
        this.origin = origin;
        this.maxEntities = maxEntities;
        this.sink = sink;
        this.owners = owners;
        this.terms = terms;
        this.definitions = definitions;
    }

    void add(NodeRecords node) {
        if (!entities.isEmpty() && entities.size() + node.entities().size() > maxEntities) {
            flush();
        }
        entities.addAll(node.entities());
        classifications.addAll(node.classifications());
        lineage.addAll(node.lineage());
    }

    /** Emits what is pending; the first batch is emitted even when empty, for owners, terms and definitions. */
    void flush() {
        if (entities.isEmpty() && batches > 0) {
            return;
        }
        sink.accept(new CatalogBatch(origin, owners, terms, definitions, entities, classifications, lineage));
        batches++;
        owners = List.of();
        terms = List.of();
        definitions = List.of();
        entities = new ArrayList<>();
        classifications = new ArrayList<>();
        lineage = new ArrayList<>();
    }

    int batches() {
        return batches;
    }
}
