package org.steward.views.lineage;

import java.util.List;
import java.util.Set;
import org.steward.model.lineage.ImpactReport;
import org.steward.model.lineage.LineageLevel;
import org.steward.model.lineage.LineageRequest;
import org.steward.model.lineage.LineageService;
import org.steward.model.lineage.LineageSubgraph;

/** Delegates to another service and records every focus asked for. */
record RecordingLineage(LineageService delegate, List<Long> foci) implements LineageService {

    @Override
    public LineageSubgraph subgraph(LineageRequest request) {
        foci.add(request.focusId());
        return delegate.subgraph(request);
    }

    @Override
    public LineageSubgraph neighbours(long nodeId, LineageLevel level) {
        return delegate.neighbours(nodeId, level);
    }

    @Override
    public ImpactReport impact(long nodeId, int depth) {
        return delegate.impact(nodeId, depth);
    }

    @Override
    public Set<Long> nodesOnPaths(long fromId, long toId, LineageLevel level) {
        return delegate.nodesOnPaths(fromId, toId, level);
    }

    @Override
    public List<Long> closure(long nodeId, boolean downstream, int depth, LineageLevel level) {
        return delegate.closure(nodeId, downstream, depth, level);
    }
}
