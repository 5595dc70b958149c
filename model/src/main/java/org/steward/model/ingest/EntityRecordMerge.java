package org.steward.model.ingest;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Merges two descriptions of the same entity from one import: the later one wins where it says something (a
 * non-blank description, owner, type…), attributes and glossary terms are united. A bare reference (only a
 * qualified name) never erases what an earlier occurrence said. Importers merge within a batch with it, and the
 * workspace merges a later batch of the same import with what an earlier one stored.
 */
public final class EntityRecordMerge {

    private EntityRecordMerge() {
    }

    public static EntityRecord merge(EntityRecord earlier, EntityRecord later) {
        Map<String, String> attributes = new LinkedHashMap<>(earlier.attributes());
        attributes.putAll(later.attributes());
        LinkedHashSet<String> terms = new LinkedHashSet<>(earlier.glossaryTerms());
        terms.addAll(later.glossaryTerms());
        return new EntityRecord(later.type(),
                pick(earlier.subtype(), later.subtype()),
                later.qualifiedName(),
                later.name().equals(later.qualifiedName()) ? earlier.name() : later.name(),
                pick(earlier.source(), later.source()),
                pick(earlier.database(), later.database()),
                pick(earlier.schema(), later.schema()),
                later.parentQualifiedName() == null ? earlier.parentQualifiedName() : later.parentQualifiedName(),
                pick(earlier.description(), later.description()),
                pick(earlier.owner(), later.owner()),
                pick(earlier.dataType(), later.dataType()),
                later.position() > 0 ? later.position() : earlier.position(),
                later.sampleValues().isEmpty() ? earlier.sampleValues() : later.sampleValues(),
                attributes,
                List.copyOf(terms));
    }

    private static String pick(String earlier, String later) {
        return later.isBlank() ? earlier : later;
    }
}
