package org.steward.model.policy;

import java.util.List;

/** What a rule checks; one record per kind of check, with the kind's parameters. */
public sealed interface RuleCheck permits OwnerRequired, PersonalDataClassified, RetentionDeclared,
        RetentionWithinMaximum, DpiaLinked, NamingConvention, NoPersonalDataIntoPublic, NoSensitivityDowngrade,
        ResidencyRestricted {

    /** The name rule files use, e.g. {@code owner-required}. */
    String kind();

    List<Violation> evaluate(PolicyRule rule, PolicyContext context);
}
