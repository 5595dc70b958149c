package org.steward.connectors.atlas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.connectors.importing.BatchCollector;

/**
 * Lineage relations of an {@code AtlasLineageInfo}: dataset → process and process → dataset become edges as they
 * are; column → column-lineage-process → column pairs become column edges via the process they belong to.
 */
final class AtlasRelationMapper {
    private static final Logger LOG = LoggerFactory.getLogger(AtlasRelationMapper.class);

    private final AtlasPayload payload;
    private final BatchCollector out;
    private final AtlasEntityMapper entities;

    AtlasRelationMapper(AtlasPayload payload, BatchCollector out, AtlasEntityMapper entities) {
        this.payload = payload;
        this.out = out;
        this.entities = entities;
    }

    void map() {
        Map<String, List<AtlasObject>> intoColumnLineage = new HashMap<>();
        List<AtlasPayload.Relation> outOfColumnLineage = new ArrayList<>();
        for (AtlasPayload.Relation relation : payload.relations()) {
            AtlasObject from = payload.byGuid(relation.fromGuid());
            AtlasObject to = payload.byGuid(relation.toGuid());
            if (from == null || to == null) {
                LOG.warn("Skipping lineage relation {} → {}: guidEntityMap lacks an end", relation.fromGuid(),
                        relation.toGuid());
                continue;
            }
            if (to.kind() == AtlasKind.COLUMN_LINEAGE) {
                intoColumnLineage.computeIfAbsent(to.guid(), guid -> new ArrayList<>()).add(from);
            } else if (from.kind() == AtlasKind.COLUMN_LINEAGE) {
                outOfColumnLineage.add(relation);
            } else {
                edge(from, to, null, AtlasKind.DATASET);
            }
        }
        for (AtlasPayload.Relation relation : outOfColumnLineage) {
            AtlasObject lineage = payload.byGuid(relation.fromGuid());
            AtlasObject to = payload.byGuid(relation.toGuid());
            String via = entities.viaProcess(lineage);
            for (AtlasObject from : intoColumnLineage.getOrDefault(lineage.guid(), List.of())) {
                edge(from, to, via, AtlasKind.COLUMN);
            }
        }
    }

    /**
     * What an end of an unknown type must be: dataset lineage joins datasets and processes, so the end across from a
     * dataset is a process and the end across from a process a dataset.
     */
    private static AtlasKind expected(AtlasObject end, AtlasObject across, AtlasKind expected) {
        if (expected != AtlasKind.DATASET || end.kind() != AtlasKind.OTHER) {
            return expected;
        }
        return across.kind() == AtlasKind.DATASET ? AtlasKind.PROCESS : AtlasKind.DATASET;
    }

    private void edge(AtlasObject from, AtlasObject to, String via, AtlasKind expected) {
        if (from.qualifiedName() == null || to.qualifiedName() == null) {
            LOG.warn("Skipping lineage relation {} → {}: an end has no qualifiedName", from.guid(), to.guid());
            return;
        }
        if (entities.ensure(from.qualifiedName(), from.typeName(), expected(from, to, expected))
                && entities.ensure(to.qualifiedName(), to.typeName(), expected(to, from, expected))) {
            out.edge(from.qualifiedName(), to.qualifiedName(), via);
        }
    }
}
