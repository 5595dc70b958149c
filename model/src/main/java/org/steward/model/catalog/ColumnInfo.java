package org.steward.model.catalog;

import java.util.List;

/** A column as shown in a dataset's detail: its entity, samples and labels. */
public record ColumnInfo(
        Entity column,
        int position,
        List<String> sampleValues,
        List<ClassificationAssignment> classifications,
        boolean personalDataSuspected) {

    public ColumnInfo {
        sampleValues = List.copyOf(sampleValues);
        classifications = List.copyOf(classifications);
    }
}
