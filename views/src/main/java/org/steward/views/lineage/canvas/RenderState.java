package org.steward.views.lineage.canvas;

import java.util.Set;

/**
 * What to emphasise when drawing: selection, hover, the highlighted paths, find matches (the current one
 * strongest) and a diff overlay.
 */
public record RenderState(Set<Long> selected, long hovered, Set<Long> highlighted, Set<Long> matches,
                          long currentMatch, GraphDiffOverlay diff) {
    public static final long NONE = Long.MIN_VALUE;

    public RenderState {
        selected = Set.copyOf(selected);
        highlighted = Set.copyOf(highlighted);
        matches = Set.copyOf(matches);
    }

    public static RenderState empty() {
        return new RenderState(Set.of(), NONE, Set.of(), Set.of(), NONE, GraphDiffOverlay.none());
    }

    public RenderState withHovered(long id) {
        return new RenderState(selected, id, highlighted, matches, currentMatch, diff);
    }
}
