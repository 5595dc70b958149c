package org.steward.model.platform;

import org.steward.model.ingest.IngestResult;

/**
 * What a pull did.
 *
 * @param entities        entities received from the platform
 * @param pages           search pages fetched
 * @param classificationDefinitions classification definitions merged into the workspace taxonomy
 * @param incremental     whether only entities updated since the last pull were asked for
 * @param highWaterMark   the newest update time seen (epoch ms), remembered for the next pull
 * @param httpMillis      time spent waiting for the platform
 * @param totalMillis     wall time of the whole pull
 */
public record PullResult(String endpoint, int entities, int pages, int classificationDefinitions,
                         boolean incremental, long highWaterMark, IngestResult ingest, long httpMillis,
                         long totalMillis) {

    public double entitiesPerSecond() {
        return totalMillis == 0 ? entities : entities * 1000.0 / totalMillis;
    }
}
