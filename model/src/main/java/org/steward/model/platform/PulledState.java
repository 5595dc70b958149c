package org.steward.model.platform;

import java.util.Collection;
import java.util.Map;

/**
 * What a pull hands to the workspace besides catalog batches, read once all batches were produced and written in
 * the same transaction.
 *
 * @param entities        the pulled entities' remote identities and versions
 * @param highWaterMarks  per entity type name, the newest remote update time seen (epoch ms)
 */
public record PulledState(String endpoint, Collection<RemoteEntity> entities, Map<String, Long> highWaterMarks) {
}
