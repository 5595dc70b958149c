package org.steward.views.masking;

import org.steward.model.masking.MaskingFunction;
import org.steward.model.masking.RuleSource;

/**
 * A classification found on the dataset's columns and the rule it asks for everywhere in the workspace.
 *
 * @param chosen true when a user chose the rule (it overrides the taxonomy's default)
 */
public record ClassificationRuleRow(String classification, MaskingFunction rule, RuleSource source, boolean chosen,
                                    long columns) {
}
