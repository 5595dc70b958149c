package org.steward.model.classification.propagation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.steward.model.catalog.Entity;
import org.steward.model.change.ProposedChange;
import org.steward.model.lineage.LineageGraph;

/** What propagation reads from a workspace. */
public interface PropagationSource {

    LineageGraph lineage();

    List<DirectLabel> directLabels();

    PropagationRules rules();

    List<ProposedChange> pending();

    /** The entities with these ids that exist. */
    Map<Long, Entity> entities(Collection<Long> ids);
}
