package org.steward.views.lineage.bench;

/** One layout measurement: Steward's layout and Graphviz dot on the same graph (NaN when dot is not installed). */
public record LayoutTiming(int nodes, int edges, double stewardMillis, double dotMillis) {

    /** dot's time over Steward's; NaN without dot. */
    public double ratio() {
        return dotMillis / stewardMillis;
    }
}
