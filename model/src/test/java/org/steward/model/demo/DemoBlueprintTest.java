package org.steward.model.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.steward.model.demo.DemoBlueprint.ColumnTemplate;
import org.steward.model.demo.DemoBlueprint.ModelTemplate;
import org.steward.model.demo.DemoBlueprint.SourceTemplate;

class DemoBlueprintTest {

    private final DemoBlueprint blueprint = DemoBlueprint.load();

    @Test
    void describesACompanyWithPeopleTermsAndClassifications() {
        assertThat(blueprint.company().name()).isEqualTo("Larkspur Retail");
        assertThat(blueprint.people()).hasSizeBetween(35, 50);
        assertThat(blueprint.glossary()).hasSizeBetween(35, 50);
        assertThat(blueprint.sources()).hasSizeGreaterThan(30);
        assertThat(blueprint.models()).hasSizeGreaterThan(30);
        assertThat(blueprint.people())
                .allSatisfy(p -> assertThat(blueprint.teams()).anyMatch(t -> t.id().equals(p.team())));
    }

    @Test
    void modelsComeAfterTheirInputsAndReferToColumnsThatExist() {
        Map<String, Set<String>> columns = new HashMap<>();
        for (SourceTemplate s : blueprint.sources()) {
            columns.put(s.id(), names(s.columns()));
        }
        for (ModelTemplate m : blueprint.models()) {
            assertThat(columns.keySet()).as(m.id()).containsAll(m.inputs());
            for (ColumnTemplate c : m.columns()) {
                for (String ref : c.from()) {
                    String input = ref.substring(0, ref.indexOf('.'));
                    assertThat(m.inputs()).as(m.id() + "." + c.name()).contains(input);
                    assertThat(columns.get(input)).as(ref).contains(ref.substring(ref.indexOf('.') + 1));
                }
            }
            columns.put(m.id(), names(m.columns()));
        }
        blueprint.dashboards().forEach(d -> assertThat(columns.keySet()).containsAll(d.inputs()));
    }

    @Test
    void everyTermAndClassificationReferencedIsDefined() {
        Set<String> terms = new HashSet<>();
        blueprint.glossary().forEach(t -> terms.add(t.name()));
        Set<String> classes = new HashSet<>();
        blueprint.classifications().forEach(c -> classes.add(c.name()));
        blueprint.sources().forEach(s -> {
            assertThat(terms).containsAll(s.terms());
            assertThat(classes).containsAll(s.classes());
            s.columns().forEach(c -> {
                assertThat(terms).containsAll(c.terms());
                assertThat(c.classification().isEmpty() || classes.contains(c.classification())).as(c.name()).isTrue();
            });
        });
    }

    private static Set<String> names(java.util.List<ColumnTemplate> columns) {
        Set<String> names = new HashSet<>();
        columns.forEach(c -> names.add(c.name()));
        return names;
    }
}
