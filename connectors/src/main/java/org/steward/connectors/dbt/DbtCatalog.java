package org.steward.connectors.dbt;

import com.fasterxml.jackson.core.JsonToken;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.steward.connectors.importing.JsonDocument;
import org.steward.connectors.importing.JsonTree;
import org.steward.model.task.ProgressMonitor;

/** A dbt {@code catalog.json}: column types and table statistics by node unique id, as the warehouse reported them. */
final class DbtCatalog {

    /** One column as the warehouse has it; {@code index} is 0-based or -1. */
    record Column(String name, String type, int index, String comment) {
    }

    /** One relation: its columns keyed by lower-case name, and its statistics as label → value. */
    record Relation(Map<String, Column> columns, Map<String, String> stats) {
    }

    static final DbtCatalog EMPTY = new DbtCatalog(Map.of());

    private final Map<String, Relation> relations;

    private DbtCatalog(Map<String, Relation> relations) {
        this.relations = relations;
    }

    Relation relation(String uniqueId) {
        return relations.get(uniqueId);
    }

    static DbtCatalog read(Path file, ProgressMonitor monitor) {
        Map<String, Relation> relations = new HashMap<>();
        try (JsonDocument document = JsonDocument.open(file, monitor)) {
            document.next();
            document.expect(JsonToken.START_OBJECT, "a dbt catalog (an object)");
            for (JsonToken token = document.next(); token == JsonToken.FIELD_NAME; token = document.next()) {
                String field = document.currentName();
                document.next();
                if ((field.equals("nodes") || field.equals("sources"))
                        && document.currentToken() == JsonToken.START_OBJECT) {
                    for (JsonToken node = document.next(); node == JsonToken.FIELD_NAME; node = document.next()) {
                        String uniqueId = document.currentName();
                        document.next();
                        relations.put(uniqueId, relation(document.bind()));
                    }
                } else {
                    document.skipValue();
                }
            }
        }
        return new DbtCatalog(relations);
    }

    private static Relation relation(JsonTree node) {
        Map<String, Column> columns = new LinkedHashMap<>();
        for (Map.Entry<String, JsonTree> entry : node.object("columns").members().entrySet()) {
            JsonTree column = entry.getValue();
            String name = column.text("name", entry.getKey());
            int index = column.get("index").node().canConvertToInt() ? column.get("index").node().asInt() : -1;
            columns.put(name.toLowerCase(Locale.ROOT), new Column(name, column.text("type", ""), index,
                    column.text("comment", "")));
        }
        Map<String, String> stats = new LinkedHashMap<>();
        for (Map.Entry<String, JsonTree> entry : node.object("stats").members().entrySet()) {
            JsonTree stat = entry.getValue();
            if (!entry.getKey().equals("has_stats") && stat.get("value").isPresent()
                    && !stat.get("value").node().isContainerNode()) {
                stats.put("stats." + entry.getKey(), stat.get("value").node().asText());
            }
        }
        return new Relation(columns, stats);
    }
}
