package org.steward.model.policy;

/** An attribute that declares a dataset's retention, as an ISO-8601 period or as a number of days. */
public record RetentionAttribute(String name, boolean days) {
}
