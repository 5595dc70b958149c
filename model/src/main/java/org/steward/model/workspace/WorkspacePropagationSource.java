package org.steward.model.workspace;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.steward.model.catalog.Entity;
import org.steward.model.change.ProposedChange;
import org.steward.model.classification.propagation.DirectLabel;
import org.steward.model.classification.propagation.PropagationRules;
import org.steward.model.classification.propagation.PropagationSource;
import org.steward.model.lineage.LineageGraph;

/** Propagation's view of a workspace: its lineage graph, direct labels, rules and pending changes. */
final class WorkspacePropagationSource implements PropagationSource {
    private final Workspace workspace;

    WorkspacePropagationSource(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public LineageGraph lineage() {
        return workspace.lineageGraph();
    }

    @Override
    public List<DirectLabel> directLabels() {
        return workspace.classifications().directLabels();
    }

    @Override
    public PropagationRules rules() {
        return workspace.classifications().rules();
    }

    @Override
    public List<ProposedChange> pending() {
        return workspace.changes().pending();
    }

    @Override
    public Map<Long, Entity> entities(Collection<Long> ids) {
        return workspace.classifications().entities(ids);
    }
}
