package org.steward.views.lineage.bench;

/**
 * Frame times of the lineage canvas over a mixed pan and zoom sequence, in milliseconds: every frame, then the
 * crisp redraws that end zoom gestures on their own (they are also among every frame).
 */
public record FrameTiming(int nodes, int frames, double p50Millis, double p95Millis, double p99Millis,
                          double maxMillis, int settleFrames, double settleP50Millis, double settleMaxMillis) {
}
