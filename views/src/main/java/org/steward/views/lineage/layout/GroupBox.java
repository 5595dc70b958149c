package org.steward.views.lineage.layout;

import java.util.List;

/** In column-level mode, the dataset card that holds its columns as rows. */
public record GroupBox(long datasetId, String name, String source, List<String> classifications, boolean pending,
                       double x, double y, double width, double height) {

    public GroupBox {
        classifications = List.copyOf(classifications);
    }
}
