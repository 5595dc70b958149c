package org.steward.connectors.atlas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steward.connectors.importing.JsonTree;
import org.steward.model.ingest.ClassificationDefinitionRecord;

/**
 * The parts of an {@code AtlasTypesDef} a pull uses: entity types with their super types, and classification
 * definitions, which merge into the workspace taxonomy (parent = first super type).
 */
record AtlasTypedefs(Map<String, List<String>> entityTypes, List<ClassificationDefinitionRecord> classifications) {

    static AtlasTypedefs of(JsonTree typesDef) {
        Map<String, List<String>> entityTypes = new LinkedHashMap<>();
        for (JsonTree def : typesDef.array("entityDefs")) {
            entityTypes.put(def.requiredText("name"), superTypes(def));
        }
        List<ClassificationDefinitionRecord> classifications = new ArrayList<>();
        for (JsonTree def : typesDef.array("classificationDefs")) {
            List<String> supers = superTypes(def);
            classifications.add(new ClassificationDefinitionRecord(def.requiredText("name"),
                    supers.isEmpty() ? "" : supers.get(0), def.text("description", ""), 0));
        }
        return new AtlasTypedefs(entityTypes, classifications);
    }

    private static List<String> superTypes(JsonTree def) {
        List<String> supers = new ArrayList<>();
        for (JsonTree name : def.array("superTypes")) {
            if (name.node().isTextual()) {
                supers.add(name.node().asText());
            }
        }
        return supers;
    }

    /** Whether {@code type} is {@code ancestor} or derives from it. */
    boolean derivesFrom(String type, String ancestor) {
        Set<String> seen = new HashSet<>();
        List<String> pending = new ArrayList<>(List.of(type));
        while (!pending.isEmpty()) {
            String next = pending.remove(pending.size() - 1);
            if (next.equals(ancestor)) {
                return true;
            }
            if (seen.add(next)) {
                pending.addAll(entityTypes.getOrDefault(next, List.of()));
            }
        }
        return false;
    }

    /**
     * The entity types Steward maps to datasets, columns and processes, in pull order: datasets first, then
     * columns, then processes (so references mostly point backwards).
     */
    List<String> catalogTypes() {
        return entityTypes.keySet().stream()
                .filter(type -> AtlasKind.of(type).entityType() != null)
                .filter(type -> !type.equals("DataSet") && !type.equals("Process"))
                .sorted(Comparator.comparingInt((String type) -> AtlasKind.of(type).ordinal())
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }
}
