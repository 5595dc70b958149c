package org.steward.app.cli;

import java.io.PrintWriter;

/**
 * One more section of {@code steward bench lineage}, run after the closure and import figures. The layout and
 * frame-time benchmarks of the lineage graph view plug in here (see {@link LineageBenchParts}).
 */
public interface LineageBenchPart {

    String title();

    /** Runs the part and prints its figures to {@code out}. */
    void run(PrintWriter out);
}
