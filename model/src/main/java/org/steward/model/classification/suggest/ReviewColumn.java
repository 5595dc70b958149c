package org.steward.model.classification.suggest;

import java.util.List;

/** A column as the suggestion queue sees it: where it lives and what its values look like. */
public record ReviewColumn(long id, String name, String qualifiedName, String datasetQualifiedName,
                           String datasetName, List<String> samples) {

    public ReviewColumn {
        samples = List.copyOf(samples);
    }
}
