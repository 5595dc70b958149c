package org.steward.model.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.steward.model.catalog.EntityType;
import org.steward.model.ingest.CatalogBatch;
import org.steward.model.ingest.ClassificationRecord;
import org.steward.model.ingest.EntityRecord;
import org.steward.model.ingest.LineageEdgeRecord;

/** Streams over generated batches and records what the tests check, without keeping the batches. */
final class DemoStats implements Consumer<CatalogBatch> {

    final Map<EntityType, Integer> byType = new EnumMap<>(EntityType.class);
    final Set<String> seen = new HashSet<>();
    final List<String> problems = new ArrayList<>();
    final List<Integer> batchSizes = new ArrayList<>();
    int duplicates;
    int datasetEdges;
    int columnEdges;
    int directLabels;
    int propagatedLabels;
    int owners;
    int glossaryTerms;
    int definitions;
    int blankDatasetDescriptions;
    int blankColumnDescriptions;
    int unownedDatasets;
    private final MessageDigest digest;
    private final boolean hashing;

    DemoStats(boolean hashing) {
        this.hashing = hashing;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void accept(CatalogBatch batch) {
        if (!batchSizes.isEmpty() && (!batch.owners().isEmpty() || !batch.glossaryTerms().isEmpty())) {
            problems.add("owners or terms outside the first batch");
        }
        batchSizes.add(batch.entities().size());
        owners += batch.owners().size();
        glossaryTerms += batch.glossaryTerms().size();
        definitions += batch.classificationDefinitions().size();
        if (hashing) {
            batch.owners().forEach(o -> update(o.toString()));
            batch.glossaryTerms().forEach(t -> update(t.toString()));
            batch.classificationDefinitions().forEach(d -> update(d.toString()));
        }
        for (EntityRecord e : batch.entities()) {
            if (!seen.add(e.qualifiedName())) {
                duplicates++;
            }
            byType.merge(e.type(), 1, Integer::sum);
            if (e.type() == EntityType.DATASET) {
                blankDatasetDescriptions += e.description().isBlank() ? 1 : 0;
                unownedDatasets += e.owner().isBlank() ? 1 : 0;
            }
            if (e.type() == EntityType.COLUMN) {
                blankColumnDescriptions += e.description().isBlank() ? 1 : 0;
            }
            if (hashing) {
                update(e.type() + "|" + e.subtype() + "|" + e.qualifiedName() + "|" + e.name() + "|" + e.source() + "|"
                    + e.database() + "|" + e.schema() + "|" + e.parentQualifiedName() + "|" + e.description() + "|"
                    + e.owner() + "|" + e.dataType() + "|" + e.position() + "|" + e.sampleValues() + "|"
                    + new TreeMap<>(e.attributes()) + "|" + e.glossaryTerms());
            }
        }
        for (EntityRecord e : batch.entities()) {
            if (e.parentQualifiedName() != null && !seen.contains(e.parentQualifiedName())) {
                problems.add("parent not emitted yet: " + e.qualifiedName());
            }
        }
        for (LineageEdgeRecord edge : batch.lineage()) {
            if (hashing) {
                update(edge.toString());
            }
            if (!seen.contains(edge.fromQualifiedName()) || !seen.contains(edge.toQualifiedName())
                    || edge.viaProcessQualifiedName() != null && !seen.contains(edge.viaProcessQualifiedName())) {
                problems.add("lineage end not emitted yet: " + edge);
            }
            if (edge.viaProcessQualifiedName() == null) {
                datasetEdges++;
            } else {
                columnEdges++;
            }
        }
        for (ClassificationRecord c : batch.classifications()) {
            if (hashing) {
                update(c.toString());
            }
            if (!seen.contains(c.entityQualifiedName())
                    || c.originQualifiedName() != null && !seen.contains(c.originQualifiedName())) {
                problems.add("classification target not emitted yet: " + c);
            }
            if (c.originQualifiedName() == null) {
                directLabels++;
            } else {
                propagatedLabels++;
            }
        }
    }

    private void update(String text) {
        if (!hashing) {
            return;
        }
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
    }

    String digestHex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    int count(EntityType type) {
        return byType.getOrDefault(type, 0);
    }

    int total() {
        return byType.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public String toString() {
        return "entities=" + total() + " " + byType + " datasetEdges=" + datasetEdges + " columnEdges=" + columnEdges
                + " direct=" + directLabels + " propagated=" + propagatedLabels + " owners=" + owners + " terms="
                + glossaryTerms + " defs=" + definitions + " blankDatasetDesc=" + blankDatasetDescriptions
                + " blankColumnDesc=" + blankColumnDescriptions + " unownedDatasets=" + unownedDatasets
                + " batches=" + batchSizes.size() + " problems=" + problems.size();
    }
}
