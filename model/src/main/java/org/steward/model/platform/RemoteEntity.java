package org.steward.model.platform;

import java.time.Instant;

/**
 * What a pull remembers about one entity on one endpoint: its remote identity and the version it had when pulled,
 * the "base" a push compares with the remote entity to detect a concurrent change.
 *
 * @param updateTime the remote update time in epoch milliseconds
 * @param version    the remote version counter (Atlas {@code version}), 0 when the platform has none
 */
public record RemoteEntity(String qualifiedName, String endpoint, String guid, String typeName, long updateTime,
                           long version, Instant pulledAt) {
}
