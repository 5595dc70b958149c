package org.steward.views.lineage.canvas;

import org.steward.views.lineage.layout.EdgeRoute;

/** What the canvas reports back to its view. Node ids are lineage node ids. */
public interface CanvasListener {

    /** A click on a node; {@code additive} when Ctrl/Shift was held (second selection for paths). */
    void nodeClicked(long nodeId, boolean additive);

    /** A click on empty space. */
    void backgroundClicked();

    void nodeDoubleClicked(long nodeId);

    /** A context-menu request on a node, an edge, or neither (both null), at screen coordinates. */
    void contextMenu(Long nodeId, EdgeRoute edge, double screenX, double screenY);
}
