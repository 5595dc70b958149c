package org.steward.model.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.steward.model.demo.DemoBlueprint.ColumnTemplate;

/**
 * Every distinct column template of the demo blueprint (by name, value kind and label) with sample values drawn as
 * the demo generator draws them: the demo's labelled columns, for measuring classification suggestions.
 */
public final class DemoColumnSamples {

    /** A demo column; {@code classification} is blank when the blueprint gives it no label. */
    public record Column(String name, String kind, String classification, List<String> samples) {
    }

    private final DemoBlueprint blueprint;
    private final SampleValueFaker faker;

    public DemoColumnSamples(DemoBlueprint blueprint) {
        this.blueprint = blueprint;
        this.faker = new SampleValueFaker(blueprint.vocabulary(), new DemoNames(blueprint.company()));
    }

    public List<Column> columns(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Map<String, ColumnTemplate> distinct = new LinkedHashMap<>();
        Stream.of(blueprint.commonColumns().stream(),
                        blueprint.sources().stream().flatMap(s -> s.columns().stream()),
                        blueprint.models().stream().flatMap(m -> m.columns().stream()))
                .flatMap(s -> s)
                .forEach(c -> distinct.putIfAbsent(c.name() + "|" + c.kind() + "|" + c.classification(), c));
        List<Column> columns = new ArrayList<>();
        for (ColumnTemplate template : distinct.values()) {
            columns.add(new Column(template.name(), template.kind(), template.classification(),
                    faker.samples(template.kind(), template.values(), rnd)));
        }
        return columns;
    }
}
