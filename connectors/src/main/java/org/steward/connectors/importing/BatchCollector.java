package org.steward.connectors.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.steward.model.ingest.CatalogBatch;
import org.steward.model.ingest.ClassificationDefinitionRecord;
import org.steward.model.ingest.ClassificationRecord;
import org.steward.model.ingest.EntityRecord;
import org.steward.model.ingest.EntityRecordMerge;
import org.steward.model.ingest.GlossaryTermRecord;
import org.steward.model.ingest.LineageEdgeRecord;
import org.steward.model.ingest.OwnerRecord;

/**
 * Gathers what an importer reads into batches of about {@value #BATCH_ENTITIES} entities. Within a batch,
 * occurrences of the same entity are merged ({@link EntityRecordMerge}) and edges de-duplicated. Across batches it keeps
 * only a 64-bit fingerprint per entity and edge, so an entity seen again unchanged is not sent again; one that
 * changed is sent again with what the later occurrences said. Callers emit at record boundaries
 * ({@link #flushIfFull()}), so a batch never refers to an entity that a later batch defines.
 */
public final class BatchCollector {
    public static final int BATCH_ENTITIES = 10_000;

    private final String origin;
    private final Consumer<CatalogBatch> sink;
    private final int batchEntities;
    private final boolean partial;
    private final Map<String, EntityRecord> entities = new LinkedHashMap<>();
    private final Map<String, OwnerRecord> owners = new LinkedHashMap<>();
    private final Map<String, GlossaryTermRecord> terms = new LinkedHashMap<>();
    private final Set<ClassificationRecord> classifications = new LinkedHashSet<>();
    private final Map<String, ClassificationDefinitionRecord> definitions = new LinkedHashMap<>();
    private final Set<LineageEdgeRecord> edges = new LinkedHashSet<>();
    private final Set<String> sentOwners = new LinkedHashSet<>();
    private final Set<String> sentTerms = new LinkedHashSet<>();
    private final LongLongMap sentEntities = new LongLongMap();
    private final LongLongMap sentEdges = new LongLongMap();
    private int batches;
    /** Records given since the last flush, repeats included. */
    private int seen;

    public BatchCollector(String origin, Consumer<CatalogBatch> sink) {
        this(origin, sink, BATCH_ENTITIES);
    }

    public BatchCollector(String origin, Consumer<CatalogBatch> sink, int batchEntities) {
        this(origin, sink, batchEntities, false);
    }

    /** @param partial the source describes entities a part at a time ({@link CatalogBatch#partial()}) */
    public BatchCollector(String origin, Consumer<CatalogBatch> sink, int batchEntities, boolean partial) {
        this.origin = origin;
        this.sink = sink;
        this.batchEntities = batchEntities;
        this.partial = partial;
    }

    public void entity(EntityRecord record) {
        seen++;
        entities.merge(record.qualifiedName(), record, EntityRecordMerge::merge);
    }

    /**
     * Makes sure an entity that is only referred to (a lineage end without any description) exists, without
     * overwriting what this or an earlier batch says about it.
     */
    public void reference(EntityRecord stub) {
        if (!entities.containsKey(stub.qualifiedName())
                && sentEntities.get(LongLongMap.hash(stub.qualifiedName())) == 0) {
            entities.put(stub.qualifiedName(), stub);
        }
    }

    public void owner(OwnerRecord owner) {
        if (!sentOwners.contains(owner.id())) {
            owners.merge(owner.id(), owner, (earlier, later) -> later);
        }
    }

    public void term(GlossaryTermRecord term) {
        if (!sentTerms.contains(term.qualifiedName())) {
            terms.merge(term.qualifiedName(), term, (earlier, later) -> later);
        }
    }

    /** A classification definition (Atlas classificationDefs), merged into the workspace's taxonomy. */
    public void definition(ClassificationDefinitionRecord definition) {
        definitions.put(definition.name(), definition);
    }

    public void classification(ClassificationRecord record) {
        classifications.add(record);
    }

    /** Adds an edge unless it is a self-loop, which a source may state but the catalog cannot hold. */
    public void edge(String from, String to, String via) {
        seen++;
        if (!from.equals(to)) {
            edges.add(new LineageEdgeRecord(from, to, via));
        }
    }

    /**
     * Flushes when the batch holds {@value #BATCH_ENTITIES} entities or four times as many edges, or when that many
     * records came by since the last flush even if they were mostly repeats (a log of the same jobs run over and
     * over): the workspace then writes what is new while the rest of the file is still being read.
     */
    public void flushIfFull() {
        if (entities.size() >= batchEntities || edges.size() >= batchEntities * 4 || seen >= batchEntities * 4) {
            flush();
        }
    }

    /** Sends what has been gathered (if anything new) as one batch. */
    public void flush() {
        List<EntityRecord> changed = new ArrayList<>(entities.size());
        for (EntityRecord record : entities.values()) {
            long key = LongLongMap.hash(record.qualifiedName());
            long content = LongLongMap.mix(((long) record.hashCode() << 32) ^ Objects.hash(record.description(),
                    record.attributes(), record.parentQualifiedName(), record.dataType()));
            if (sentEntities.get(key) != content) {
                sentEntities.put(key, content);
                changed.add(record);
            }
        }
        List<LineageEdgeRecord> newEdges = new ArrayList<>(edges.size());
        for (LineageEdgeRecord edge : edges) {
            long key = LongLongMap.hash(edge.fromQualifiedName() + '\u0000' + edge.toQualifiedName());
            if (sentEdges.get(key) == 0) {
                sentEdges.put(key, 1);
                newEdges.add(edge);
            }
        }
        if (!changed.isEmpty() || !newEdges.isEmpty() || !classifications.isEmpty() || !owners.isEmpty()
                || !definitions.isEmpty()
                || !terms.isEmpty() || batches == 0) {
            sink.accept(new CatalogBatch(origin, List.copyOf(owners.values()), List.copyOf(terms.values()),
                    List.copyOf(definitions.values()), changed, List.copyOf(classifications), newEdges, partial));
            batches++;
        }
        sentOwners.addAll(owners.keySet());
        sentTerms.addAll(terms.keySet());
        seen = 0;
        entities.clear();
        owners.clear();
        terms.clear();
        classifications.clear();
        definitions.clear();
        edges.clear();
    }

    public String origin() {
        return origin;
    }
}
