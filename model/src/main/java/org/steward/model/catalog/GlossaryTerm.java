package org.steward.model.catalog;

/** A business term; {@code qualifiedName} is its stable handle, e.g. {@code Customer.EmailAddress@retail}. */
public record GlossaryTerm(String qualifiedName, String name, String description) {
}
