package org.steward.connectors.atlas;

import java.util.List;
import java.util.Set;
import org.steward.model.catalog.EntityType;

/**
 * What an Atlas type name becomes in the catalog, decided by its family suffix (hive_table, kafka_topic…) or, for
 * the types of Atlas's models whose names do not say, by name. {@link AtlasObject#kind()} also knows a process of any
 * other type by its inputs and outputs.
 */
enum AtlasKind {
    DATASET(EntityType.DATASET),
    COLUMN(EntityType.COLUMN),
    PROCESS(EntityType.PROCESS),
    COLUMN_LINEAGE(null),
    OTHER(null);

    /** Types of Atlas's own models (addons/models) whose names do not tell their supertype. */
    private static final Set<String> PROCESS_TYPES = Set.of("storm_topology", "falcon_feed_creation",
            "falcon_feed_replication", "flink_application");
    private static final Set<String> DATASET_TYPES = Set.of("falcon_feed", "sqoop_dbdatastore");
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
        if (typeName.endsWith("_process") || typeName.equals("Process") || PROCESS_TYPES.contains(typeName)) {
            return PROCESS;
        }
        if (typeName.endsWith("_column")) {
            return COLUMN;
        }
        if (typeName.equals("DataSet") || DATASET_TYPES.contains(typeName) || DATASET_SUFFIXES.stream().anyMatch(typeName::endsWith)) {
            return DATASET;
        }
        return OTHER;
    }
}
