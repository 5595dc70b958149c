package org.steward.model.catalog;

/** A person or team accountable for data; {@code id} is the stable handle used in entities and changes. */
public record Owner(String id, String displayName, String email, String team) {
}
