package org.steward.connectors.openlineage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.steward.connectors.importing.BatchCollector;
import org.steward.connectors.importing.JsonTree;
import org.steward.model.ingest.OwnerRecord;

/** Small facets shared by datasets and jobs. */
final class OpenLineageFacets {

    private OpenLineageFacets() {
    }

    /** Adds the ownership facet's owners and returns the first one's id (the entity's owner), or blank. */
    static String owners(JsonTree ownership, BatchCollector out) {
        String first = "";
        for (JsonTree owner : ownership.array("owners")) {
            String name = owner.requiredText("name");
            out.owner(new OwnerRecord(name, name, "", owner.text("type", "")));
            if (first.isEmpty()) {
                first = name;
            }
        }
        return first;
    }

    /** Symlinks as {@code TYPE namespace/name; …}: kept for display and search, not used as identities. */
    static void symlinks(JsonTree facet, Map<String, String> attributes) {
        List<String> links = new ArrayList<>();
        for (JsonTree identifier : facet.array("identifiers")) {
            String namespace = identifier.requiredText("namespace");
            String name = identifier.requiredText("name");
            String type = identifier.text("type", "");
            links.add((type.isEmpty() ? "" : type + " ") + OpenLineageNames.dataset(namespace, name));
        }
        if (!links.isEmpty()) {
            attributes.put("symlinks", String.join("; ", links));
        }
    }

    static void tags(JsonTree facet, Map<String, String> attributes) {
        List<String> tags = new ArrayList<>();
        for (JsonTree tag : facet.array("tags")) {
            String key = tag.requiredText("key");
            tags.add(tag.scalar("value").map(value -> key + "=" + value).orElse(key));
        }
        if (!tags.isEmpty()) {
            attributes.put("tags", String.join(", ", tags));
        }
    }
}
