package org.steward.model.lineage;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steward.model.catalog.Owner;
import org.steward.model.change.ProposedChange;

/**
 * What {@link GraphLineageService} reads from a workspace: the whole graph in one pass, and details for just the
 * nodes it shows. The workspace implements it over its database; tests can implement it in memory.
 */
public interface LineageSource {

    /** Every stored lineage edge, read in one streaming pass. */
    LineageGraph loadGraph();

    /** Names, types and labels (a dataset's including its columns' labels) of these entities; unknown ids absent. */
    Map<Long, LineageNode> describe(Collection<Long> ids);

    /** The columns of these datasets, in position order, with their labels. */
    List<LineageNode> columnsOf(Collection<Long> datasetIds);

    /** Owner of each of these entities that has one. */
    Map<Long, Owner> owners(Collection<Long> ids);

    /** Labels with {@code propagate = true} on the entity and on its columns. */
    List<LabelOnEntity> propagatingLabels(long entityId);

    Optional<Long> idOf(String qualifiedName);

    /** Pending proposed changes, oldest first (the service picks the lineage edits). */
    List<ProposedChange> pendingChanges();

    /** One classification on one entity. */
    record LabelOnEntity(String classification, long entityId, String qualifiedName) {
    }
}
