package org.steward.model.change;

/**
 * One proposed edit of one entity. Changes never rewrite catalog state: they are recorded in a change set,
 * overlaid on what is shown, reviewed and only then pushed to the platform that owns the entity.
 */
public sealed interface Change permits DescriptionChange, OwnerChange, GlossaryTermsChange,
        LineageEdgeAdded, LineageEdgeRemoved, ProcessAdded, ProcessRemoved,
        ClassificationAdded, ClassificationRemoved, AttributeChange {

    long entityId();

    ChangeKind kind();

    /** One line for lists and the audit log, e.g. {@code description: "old" → "new"}. */
    String summary();
}
