package org.steward.views.lineage;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.steward.model.lineage.LineageLevel;
import org.steward.model.lineage.LineageSubgraph;
import org.steward.views.lineage.layout.GraphLayout;
import org.steward.views.lineage.layout.LayoutThread;

/**
 * A laid-out view of the lineage: the requested subgraph, what is shown of it after expansions and collapses, its
 * layout, and (after an expand) the neighbourhood to remember. Built off the FX thread from copies of the state.
 */
record Arrangement(LineageSubgraph base, LineageSubgraph shown, GraphLayout layout, LineageLevel level,
                   Long expandedId, LineageSubgraph expansion) {

    static Arrangement of(LineageSubgraph base, List<LineageSubgraph> expansions, Set<Long> collapsed,
                          LineageLevel level, Function<LineageSubgraph, GraphLayout> layouter)
            throws InterruptedException {
        LineageSubgraph shown = SubgraphView.shown(base, expansions, collapsed);
        GraphLayout layout = LayoutThread.run(() -> layouter.apply(shown));
        return new Arrangement(base, shown, layout, level, null, null);
    }

    Arrangement expanding(long nodeId, LineageSubgraph neighbours) {
        return new Arrangement(base, shown, layout, level, nodeId, neighbours);
    }
}
