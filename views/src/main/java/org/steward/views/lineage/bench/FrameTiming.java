package org.steward.views.lineage.bench;

/** Full-redraw times of the lineage canvas over a pan/zoom sequence, in milliseconds. */
public record FrameTiming(int nodes, int frames, double p50Millis, double p95Millis, double p99Millis,
                          double maxMillis) {
}
