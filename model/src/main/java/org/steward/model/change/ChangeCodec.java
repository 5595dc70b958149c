package org.steward.model.change;

import java.util.Arrays;
import java.util.List;

/** How each kind of {@link Change} is stored as a kind plus a before and an after text. */
public final class ChangeCodec {

    private ChangeCodec() {
    }

    public static String before(Change change) {
        if (change instanceof DescriptionChange description) {
            return description.before();
        } else if (change instanceof OwnerChange owner) {
            return owner.before();
        } else {
            return joinTerms(((GlossaryTermsChange) change).before());
        }
    }

    public static String after(Change change) {
        if (change instanceof DescriptionChange description) {
            return description.after();
        } else if (change instanceof OwnerChange owner) {
            return owner.after();
        } else {
            return joinTerms(((GlossaryTermsChange) change).after());
        }
    }

    public static Change decode(ChangeKind kind, long entityId, String before, String after) {
        switch (kind) {
            case DESCRIPTION:
                return new DescriptionChange(entityId, before, after);
            case OWNER:
                return new OwnerChange(entityId, before, after);
            case GLOSSARY_TERMS:
                return new GlossaryTermsChange(entityId, splitTerms(before), splitTerms(after));
            default:
                throw new IllegalArgumentException("unknown change kind " + kind);
        }
    }

    private static String joinTerms(List<String> terms) {
        return String.join("\n", terms);
    }

    private static List<String> splitTerms(String stored) {
        return stored.isEmpty() ? List.of() : Arrays.asList(stored.split("\n"));
    }
}
