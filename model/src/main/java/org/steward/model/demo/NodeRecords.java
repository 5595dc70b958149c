package org.steward.model.demo;

import java.util.ArrayList;
import java.util.List;
import org.steward.model.ingest.ClassificationRecord;
import org.steward.model.ingest.EntityRecord;
import org.steward.model.ingest.LineageEdgeRecord;

/** Everything one planned node turns into; kept together so a batch never splits a dataset from its columns. */
record NodeRecords(List<EntityRecord> entities, List<LineageEdgeRecord> lineage,
                   List<ClassificationRecord> classifications) {

    static NodeRecords empty() {
        return new NodeRecords(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }
}
