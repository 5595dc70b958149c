package org.steward.views.policy;

import org.steward.model.policy.PolicyRule;

/** One row of the counts table: a rule and how many violations of it the last run found. */
public record RuleCount(PolicyRule rule, long count) {
}
