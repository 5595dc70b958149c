package org.steward.connectors.openlineage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.steward.connectors.importing.BatchCollector;
import org.steward.connectors.importing.JsonTree;
import org.steward.model.catalog.EntityType;
import org.steward.model.ingest.EntityRecord;

/**
 * One dataset of an event with its facets: schema (columns), columnLineage (column edges via the job),
 * dataSource, documentation, ownership, symlinks, datasetType, storage, lifecycleStateChange and tags.
 * Unknown facets are skipped; a facet this importer reads must have the structure the spec gives it.
 */
final class OpenLineageDatasetMapper {
    private final BatchCollector out;

    OpenLineageDatasetMapper(BatchCollector out) {
        this.out = out;
    }

    /** Records the dataset and returns its qualified name; {@code process} is the job it flows through, if any. */
    String dataset(JsonTree dataset, String process) {
        if (!dataset.node().isObject()) {
            throw dataset.fail("expected a dataset (an object), found " + JsonTree.kind(dataset.node()));
        }
        String namespace = dataset.requiredText("namespace");
        String name = dataset.requiredText("name");
        String qualifiedName = OpenLineageNames.dataset(namespace, name);
        JsonTree facets = dataset.object("facets");
        if (facets.isEmpty()) {
            out.reference(stub(namespace, name));
            return qualifiedName;
        }
        OpenLineageNames.Location location = OpenLineageNames.datasetLocation(namespace, name);
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("openlineage.namespace", namespace);
        attributes.put("openlineage.name", name);
        JsonTree dataSource = facets.object("dataSource");
        dataSource.text("name").ifPresent(value -> attributes.put("dataSource.name", value));
        dataSource.text("uri").ifPresent(value -> attributes.put("dataSource.uri", value));
        JsonTree type = facets.object("datasetType");
        type.text("datasetType").ifPresent(value -> attributes.put("datasetType", value));
        type.text("subType").ifPresent(value -> attributes.put("datasetType.subType", value));
        JsonTree storage = facets.object("storage");
        storage.text("storageLayer").ifPresent(value -> attributes.put("storage.storageLayer", value));
        storage.text("fileFormat").ifPresent(value -> attributes.put("storage.fileFormat", value));
        JsonTree lifecycle = facets.object("lifecycleStateChange");
        lifecycle.text("lifecycleStateChange").ifPresent(value -> attributes.put("lifecycleStateChange", value));
        JsonTree previous = lifecycle.object("previousIdentifier");
        if (previous.isPresent()) {
            attributes.put("lifecycleStateChange.previousIdentifier", OpenLineageNames.dataset(
                    previous.requiredText("namespace"), previous.requiredText("name")));
        }
        OpenLineageFacets.symlinks(facets.object("symlinks"), attributes);
        OpenLineageFacets.tags(facets.object("tags"), attributes);
        String owner = OpenLineageFacets.owners(facets.object("ownership"), out);
        String subtype = type.text("datasetType").map(value -> value.toLowerCase(Locale.ROOT)).orElse("dataset");
        out.entity(EntityRecord.builder(EntityType.DATASET, qualifiedName).name(location.name()).subtype(subtype)
                .location(location.source(), location.database(), location.schema())
                .description(facets.object("documentation").text("description", ""))
                .owner(owner).attributes(attributes).build());
        Set<String> described = new HashSet<>();
        columns(qualifiedName, facets.object("schema").array("fields"), "", described);
        columnLineage(qualifiedName, facets.object("columnLineage"), process, described);
        return qualifiedName;
    }

    private void columns(String dataset, Iterable<JsonTree> fields, String prefix, Set<String> described) {
        int position = 0;
        for (JsonTree field : fields) {
            position++;
            String name = field.requiredText("name");
            String path = prefix + name;
            described.add(path);
            out.entity(EntityRecord.builder(EntityType.COLUMN, OpenLineageNames.field(dataset, path)).name(path)
                    .parent(dataset).position(position).dataType(field.text("type", ""))
                    .description(field.text("description", "")).build());
            columns(dataset, field.array("fields"), path + ".", described);
        }
    }

    /**
     * Column edges, and how each output field is derived: the 1-0 facet's {@code transformationType} and
     * {@code transformationDescription}, and the 1-1 facet's {@code transformations} per input field (type, subtype,
     * masking) become the {@code columnLineage.transformations} attribute ({@code columnLineage.masked} when any
     * input is masked) of an output field that the same event's schema describes; other output fields are only
     * referred to, so that they never erase what another event said of them.
     */
    private void columnLineage(String dataset, JsonTree facet, String process, Set<String> described) {
        for (Map.Entry<String, JsonTree> field : facet.object("fields").members().entrySet()) {
            String target = OpenLineageNames.field(dataset, field.getKey());
            List<String> derivations = new ArrayList<>();
            JsonTree lineage = field.getValue();
            lineage.text("transformationType").ifPresent(type -> derivations.add(
                    type + lineage.text("transformationDescription").filter(text -> !text.isBlank())
                            .map(text -> ": " + text).orElse("")));
            boolean masked = false;
            for (JsonTree input : lineage.array("inputFields")) {
                String source = inputColumn(input, process);
                out.edge(source, target, process);
                for (JsonTree transformation : input.array("transformations")) {
                    boolean masking = transformation.get("masking").node().asBoolean(false);
                    masked |= masking;
                    derivations.add(source + " " + transformation.text("type", "")
                            + transformation.text("subtype").map(subtype -> "/" + subtype).orElse("")
                            + (masking ? " masked" : ""));
                }
            }
            if (derivations.isEmpty() || !described.contains(field.getKey())) {
                out.reference(column(dataset, field.getKey()));
            } else {
                Map<String, String> attributes = new LinkedHashMap<>();
                attributes.put("columnLineage.transformations", String.join("; ", derivations));
                if (masked) {
                    attributes.put("columnLineage.masked", "true");
                }
                out.entity(EntityRecord.builder(EntityType.COLUMN, target).name(field.getKey()).parent(dataset)
                        .attributes(attributes).build());
            }
        }
        for (JsonTree input : facet.array("dataset")) {
            // A field that affects the whole output (a filter, a join key): the column exists and its dataset
            // is an input of the job, but it feeds no single output column.
            inputColumn(input, process);
        }
    }

    /** Records an input field and its dataset, which is an input of the job even if the event did not list it. */
    private String inputColumn(JsonTree input, String process) {
        String namespace = input.requiredText("namespace");
        String name = input.requiredText("name");
        String field = input.requiredText("field");
        out.reference(stub(namespace, name));
        String dataset = OpenLineageNames.dataset(namespace, name);
        out.reference(column(dataset, field));
        if (process != null) {
            out.edge(dataset, process, null);
        }
        return OpenLineageNames.field(dataset, field);
    }

    private static EntityRecord stub(String namespace, String name) {
        OpenLineageNames.Location location = OpenLineageNames.datasetLocation(namespace, name);
        return EntityRecord.builder(EntityType.DATASET, OpenLineageNames.dataset(namespace, name))
                .name(location.name()).subtype("dataset")
                .location(location.source(), location.database(), location.schema())
                .attributes(Map.of("openlineage.namespace", namespace, "openlineage.name", name)).build();
    }

    private static EntityRecord column(String dataset, String field) {
        return EntityRecord.builder(EntityType.COLUMN, OpenLineageNames.field(dataset, field)).name(field)
                .parent(dataset).build();
    }
}
