package org.steward.connectors.atlas;

import java.util.List;
import org.steward.model.catalog.EntityType;

/** What an Atlas type name becomes in the catalog, decided by its family suffix (hive_table, kafka_topic…). */
enum AtlasKind {
    DATASET(EntityType.DATASET),
    COLUMN(EntityType.COLUMN),
    PROCESS(EntityType.PROCESS),
    COLUMN_LINEAGE(null),
    OTHER(null);

    private static final List<String> DATASET_SUFFIXES = List.of("_table", "_topic", "_bucket", "_object",
            "_pseudo_dir", "_directory", "_view", "_dataset", "_file", "_path");

    private final EntityType entityType;

    AtlasKind(EntityType entityType) {
        this.entityType = entityType;
    }

    EntityType entityType() {
        return entityType;
    }

    static AtlasKind of(String typeName) {
        if (typeName == null || typeName.isEmpty()) {
            return OTHER;
        }
        if (typeName.endsWith("_column_lineage")) {
            return COLUMN_LINEAGE;
        }
        if (typeName.endsWith("_process") || typeName.equals("Process")) {
            return PROCESS;
        }
        if (typeName.endsWith("_column")) {
            return COLUMN;
        }
        if (typeName.equals("DataSet") || DATASET_SUFFIXES.stream().anyMatch(typeName::endsWith)) {
            return DATASET;
        }
        return OTHER;
    }
}
