package org.steward.model.change;

import java.util.ArrayList;
import java.util.List;

/** A new set of glossary terms (qualified names) for an entity. */
public record GlossaryTermsChange(long entityId, List<String> before, List<String> after) implements Change {

    public GlossaryTermsChange {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    @Override
    public ChangeKind kind() {
        return ChangeKind.GLOSSARY_TERMS;
    }

    public List<String> added() {
        List<String> added = new ArrayList<>(after);
        added.removeAll(before);
        return added;
    }

    public List<String> removed() {
        List<String> removed = new ArrayList<>(before);
        removed.removeAll(after);
        return removed;
    }

    @Override
    public String summary() {
        List<String> parts = new ArrayList<>();
        added().forEach(term -> parts.add("+" + term));
        removed().forEach(term -> parts.add("-" + term));
        return "glossary terms: " + (parts.isEmpty() ? "unchanged" : String.join(", ", parts));
    }
}
