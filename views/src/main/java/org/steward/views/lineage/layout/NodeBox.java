package org.steward.views.lineage.layout;

import org.steward.model.lineage.LineageNode;

/** A laid-out node: its top-left corner and size in graph coordinates. */
public record NodeBox(LineageNode node, double x, double y, double width, double height) {

    public boolean contains(double px, double py) {
        return px >= x && px <= x + width && py >= y && py <= y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }
}
