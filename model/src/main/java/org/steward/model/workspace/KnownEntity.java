package org.steward.model.workspace;

import org.steward.model.catalog.EntityType;

/** What the ingestor needs to know about an entity already in the workspace. */
record KnownEntity(long id, EntityType type, String contentHash, Long parentId) {
}
