package org.steward.model.policy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.steward.model.classification.ClassificationDef;
import org.steward.model.classification.Taxonomy;

/** Which labels mean personal data and how sensitive a label is, by the taxonomy and the rule book's settings. */
public final class PersonalData {
    private final Taxonomy taxonomy;
    private final List<String> roots;
    private final Map<String, Boolean> personal = new ConcurrentHashMap<>();

    public PersonalData(Taxonomy taxonomy, List<String> roots) {
        this.taxonomy = taxonomy;
        this.roots = List.copyOf(roots);
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    public boolean isPersonal(String label) {
        return personal.computeIfAbsent(label, name ->
                roots.stream().anyMatch(root -> name.equals(root) || taxonomy.isA(name, root)));
    }

    /** The label's sensitivity, 0 (public) to 4; a label the taxonomy does not know counts as 0. */
    public int sensitivity(String label) {
        return taxonomy.find(label).map(ClassificationDef::sensitivity).orElse(0);
    }

    /** The personal-data labels on an entity and its columns, in order of appearance. */
    public Set<String> personalLabels(EntityFacts entity) {
        Set<String> labels = new LinkedHashSet<>();
        entity.labels().stream().filter(this::isPersonal).forEach(labels::add);
        entity.columns().forEach(column -> column.labels().stream().filter(this::isPersonal).forEach(labels::add));
        return labels;
    }

    public boolean holdsPersonalData(EntityFacts entity) {
        return !personalLabels(entity).isEmpty();
    }

    /** The highest sensitivity among the entity's own labels, or -1 when it has none. */
    public int labelledSensitivity(EntityFacts entity) {
        return entity.labels().stream().mapToInt(this::sensitivity).max().orElse(-1);
    }

    /** The highest sensitivity of any label on the entity or its columns, or -1 when none. */
    public int contentSensitivity(EntityFacts entity) {
        int own = labelledSensitivity(entity);
        int columns = entity.columns().stream().flatMap(column -> column.labels().stream())
                .mapToInt(this::sensitivity).max().orElse(-1);
        return Math.max(own, columns);
    }

    public boolean isPublic(EntityFacts entity) {
        return entity.labels().stream().anyMatch(label -> label.equals("Public") || taxonomy.isA(label, "Public"));
    }
}
