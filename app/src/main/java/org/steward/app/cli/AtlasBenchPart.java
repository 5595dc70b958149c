package org.steward.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * One part of {@code steward bench atlas}: {@code pull} ({@link AtlasPullBenchmark}); the push of approved changes
 * adds its own part to {@link BenchAtlasCommand#PARTS}.
 */
interface AtlasBenchPart {

    /** The name used with {@code --part}. */
    String name();

    void run(Options options, PrintWriter out) throws Exception;

    /**
     * @param entities how many entities the stub serves
     * @param pageSize entities per search page
     * @param dir      where temporary workspaces go
     */
    record Options(int entities, int pageSize, Path dir) {
    }
}
