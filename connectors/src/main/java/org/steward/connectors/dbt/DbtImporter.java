package org.steward.connectors.dbt;

import com.fasterxml.jackson.core.JsonToken;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.steward.connectors.importing.BatchCollector;
import org.steward.connectors.importing.FormatHint;
import org.steward.connectors.importing.ImportException;
import org.steward.connectors.importing.JsonDocument;
import org.steward.model.ingest.CatalogBatch;
import org.steward.model.ingest.CatalogImporter;
import org.steward.model.task.ProgressMonitor;

/**
 * Reads a dbt {@code manifest.json} (schema v4 to v12), optionally with the project's {@code catalog.json} for
 * column types and table statistics. Nodes, sources, exposures, groups, metrics, semantic models, saved queries and
 * unit tests are bound one at a time; macros, docs, disabled nodes and the parent/child maps are skipped unread.
 */
public final class DbtImporter implements CatalogImporter {
    private final Path catalog;

    /** An importer for manifests alone. */
    public DbtImporter() {
        this(null);
    }

    /** An importer that also reads {@code catalog} (may be {@code null}). */
    public DbtImporter(Path catalog) {
        this.catalog = catalog;
    }

    @Override
    public String format() {
        return "dbt";
    }

    @Override
    public String label() {
        return "dbt manifest";
    }

    @Override
    public java.util.List<String> filePatterns() {
        return java.util.List.of("manifest.json", "*.json");
    }

    @Override
    public void read(Path file, Consumer<CatalogBatch> sink, ProgressMonitor monitor) {
        try {
            DbtCatalog types = catalog == null ? DbtCatalog.EMPTY : DbtCatalog.read(catalog, monitor);
            try (JsonDocument document = JsonDocument.open(file, monitor)) {
                // One batch: test attributes and edges are resolved at the end and must merge with the nodes' records.
                BatchCollector out = new BatchCollector("dbt:" + document.fileName(), sink, Integer.MAX_VALUE);
                DbtNodeMapper mapper = new DbtNodeMapper(out, types);
                document.next();
                document.expect(JsonToken.START_OBJECT, "a dbt manifest (an object)");
                boolean nodes = false;
                for (JsonToken token = document.next(); token == JsonToken.FIELD_NAME; token = document.next()) {
                    String field = document.currentName();
                    document.next();
                    switch (field) {
                        case "metadata":
                            document.expect(JsonToken.START_OBJECT, "the manifest metadata (an object)");
                            mapper.metadata(document.bind());
                            break;
                        case "nodes":
                        case "sources":
                            nodes = true;
                            entries(document, (id, tree) -> mapper.node(id, document.bind()));
                            break;
                        case "exposures":
                            entries(document, (id, tree) -> mapper.exposure(id, document.bind()));
                            break;
                        case "groups":
                            entries(document, (id, tree) -> mapper.group(document.bind()));
                            break;
                        case "metrics":
                        case "semantic_models":
                        case "saved_queries":
                            entries(document, (id, tree) -> mapper.semanticNode(id, document.bind()));
                            break;
                        case "unit_tests":
                            entries(document, (id, tree) -> mapper.unitTest(id, document.bind()));
                            break;
                        default:
                            document.skipValue();
                    }
                }
                if (document.next() != null) {
                    throw document.failHere("unexpected content after the manifest");
                }
                if (!nodes) {
                    throw document.failHere("expected a dbt manifest: it has no 'nodes'");
                }
                mapper.finish();
                out.flush();
            }
        } catch (ImportException e) {
            throw FormatHint.add(e, file, format());
        }
    }

    private interface Entry {
        void accept(String uniqueId, JsonDocument document);
    }

    private static void entries(JsonDocument document, Entry entry) {
        if (document.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        document.expect(JsonToken.START_OBJECT, "an object of entries by unique id");
        for (JsonToken token = document.next(); token == JsonToken.FIELD_NAME; token = document.next()) {
            String uniqueId = document.currentName();
            document.next();
            document.expect(JsonToken.START_OBJECT, "a manifest entry (an object)");
            entry.accept(uniqueId, document);
        }
    }
}
