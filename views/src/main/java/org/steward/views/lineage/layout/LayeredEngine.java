package org.steward.views.lineage.layout;

/** Arranges boxes in layers from left to right so that edges mostly point right. */
public interface LayeredEngine {

    String name();

    LayoutSolution place(LayoutProblem problem);
}
