package org.steward.views.lineage;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steward.model.lineage.ImpactReport;
import org.steward.model.lineage.LineageLevel;
import org.steward.model.lineage.LineageRequest;
import org.steward.model.lineage.LineageService;
import org.steward.model.lineage.LineageSubgraph;

/** Stands in while the app has not wired a lineage service: every answer is empty. */
enum UnavailableLineage implements LineageService {
    INSTANCE;

    @Override
    public LineageSubgraph subgraph(LineageRequest request) {
        return new LineageSubgraph(request, List.of(), List.of(), Map.of(), false);
    }

    @Override
    public LineageSubgraph neighbours(long nodeId, LineageLevel level) {
        return subgraph(LineageRequest.around(nodeId, 1, level));
    }

    @Override
    public ImpactReport impact(long nodeId, int depth) {
        throw new UnsupportedOperationException("Lineage is not available for this workspace");
    }

    @Override
    public Set<Long> nodesOnPaths(long fromId, long toId, LineageLevel level) {
        return Set.of();
    }

    @Override
    public List<Long> closure(long nodeId, boolean downstream, int depth, LineageLevel level) {
        return List.of();
    }
}
