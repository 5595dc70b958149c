package org.steward.model.policy;

import java.time.Instant;

/** A rule file a compliance person added to a workspace, kept as written. */
public record RuleSet(String name, String content, String addedBy, Instant addedAt) {
}
