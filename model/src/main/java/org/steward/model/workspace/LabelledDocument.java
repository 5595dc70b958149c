package org.steward.model.workspace;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steward.model.catalog.Entity;
import org.steward.model.catalog.EntityType;
import org.steward.model.classification.PersonalDataSuspicion;
import org.steward.model.search.SearchDocument;

/**
 * The rules both document loaders share: a dataset carries its columns' labels too, and is "suspected but
 * unclassified" when one of its unlabelled columns looks personal; a column is when it does and has no label.
 *
 * @param labels labels by entity id, with a dataset's columns' labels under the negated dataset id
 */
record LabelledDocument(Map<Long, Set<String>> labels, PersonalDataSuspicion suspicion) {

    /** A column as the suspicion needs it. */
    record ColumnSample(long id, String name, String storedSamples) {
    }

    boolean anyColumnSuspected(List<ColumnSample> columns) {
        return columns.stream().anyMatch(column -> !labels.containsKey(column.id())
                && suspicion.suspected(column.name(), SampleValues.split(column.storedSamples())));
    }

    SearchDocument of(Entity entity, String storedSamples, List<String> columnNames, boolean columnSuspected,
                      List<String> terms, String ownerText, String parentName) {
        return of(entity, storedSamples, columnNames, columnSuspected, terms, ownerText, parentName, null);
    }

    /**
     * Like the other, with a column's own verdict when {@link #anyColumnSuspected} already judged it as one of its
     * dataset's columns ({@code null} when not): the name and sample checks are the costly part of a rebuild.
     */
    SearchDocument of(Entity entity, String storedSamples, List<String> columnNames, boolean columnSuspected,
                      List<String> terms, String ownerText, String parentName, Boolean judgedAsColumn) {
        Set<String> own = labels.getOrDefault(entity.id(), Set.of());
        Set<String> all = new LinkedHashSet<>(own);
        all.addAll(labels.getOrDefault(-entity.id(), Set.of()));
        boolean suspected;
        if (entity.type() != EntityType.COLUMN) {
            suspected = columnSuspected;
        } else if (judgedAsColumn != null) {
            suspected = judgedAsColumn;
        } else {
            suspected = own.isEmpty() && suspicion.suspected(entity.name(), SampleValues.split(storedSamples));
        }
        return new SearchDocument(entity, columnNames, List.copyOf(all), terms, ownerText, suspected, parentName);
    }
}
