package org.steward.model.classification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steward.model.ingest.ClassificationDefinitionRecord;

/**
 * The taxonomy a workspace uses: the shipped one, merged with the classification definitions stored in the
 * workspace (Atlas {@code classificationDefs} imported from typedefs, and classifications users added), with
 * each classification's attribute names.
 *
 * @param userDefined names of the classifications users added in Steward, with who added them
 */
public record WorkspaceTaxonomy(Taxonomy taxonomy, Map<String, List<String>> attributes,
                                Map<String, String> userDefined) {

    public WorkspaceTaxonomy {
        attributes = Map.copyOf(attributes);
        userDefined = Map.copyOf(userDefined);
    }

    /**
     * Merges stored definitions into {@code base}. A definition whose parent is unknown (a name like {@code Tx.A}
     * seen only on an assignment) becomes a root rather than failing the whole taxonomy.
     */
    public static WorkspaceTaxonomy of(Taxonomy base, List<ClassificationDefinitionRecord> stored,
                                       Map<String, String> userDefined) {
        Set<String> known = new java.util.HashSet<>();
        base.all().forEach(def -> known.add(def.name()));
        stored.forEach(def -> known.add(def.name()));
        List<ClassificationDefinitionRecord> ordered = new ArrayList<>();
        for (ClassificationDefinitionRecord def : parentsFirst(stored)) {
            String parent = known.contains(def.parent()) ? def.parent() : "";
            ordered.add(new ClassificationDefinitionRecord(def.name(), parent, def.description(), def.sensitivity(),
                    def.attributes()));
        }
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        stored.stream().filter(def -> !def.attributes().isEmpty())
                .forEach(def -> attributes.put(base.find(def.name()).map(ClassificationDef::name).orElse(def.name()),
                        def.attributes()));
        return new WorkspaceTaxonomy(base.merge(ordered), attributes, userDefined);
    }

    private static List<ClassificationDefinitionRecord> parentsFirst(List<ClassificationDefinitionRecord> defs) {
        List<ClassificationDefinitionRecord> sorted = new ArrayList<>(defs);
        sorted.sort(java.util.Comparator.comparingInt(def -> depth(def.name())));
        return sorted;
    }

    private static int depth(String name) {
        return (int) name.chars().filter(c -> c == '.').count();
    }

    public List<ClassificationDef> all() {
        return taxonomy.all();
    }

    /** The attribute names an assignment of this classification carries; empty when it has none. */
    public List<String> attributesOf(String classification) {
        String name = taxonomy.find(classification).map(ClassificationDef::name).orElse(classification);
        return attributes.getOrDefault(name, List.of());
    }

    public boolean isUserDefined(String classification) {
        return userDefined.containsKey(classification);
    }
}
