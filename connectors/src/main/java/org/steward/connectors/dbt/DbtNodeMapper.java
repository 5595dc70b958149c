package org.steward.connectors.dbt;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.steward.connectors.importing.BatchCollector;
import org.steward.connectors.importing.JsonTree;
import org.steward.model.catalog.EntityType;
import org.steward.model.ingest.ClassificationRecord;
import org.steward.model.ingest.EntityRecord;
import org.steward.model.ingest.OwnerRecord;

/**
 * Maps manifest entries to catalog records. Models, seeds, snapshots and sources become datasets named by their
 * warehouse relation ({@code database.schema.alias}); each model and snapshot also gets a PROCESS (its build step)
 * that its {@code depends_on.nodes} feed; exposures become dashboards; data and unit tests become attributes of what
 * they test. Metrics, semantic models and saved queries are not entities: a dependency on one stands for the models
 * it is built on. A group's owner owns the group's models that name no owner. Edges, test attributes and group
 * owners are resolved at the end, since manifests list entries in no particular order.
 */
final class DbtNodeMapper {
    private static final Set<String> DATASETS = Set.of("model", "seed", "snapshot", "source");

    private final BatchCollector out;
    private final DbtCatalog catalog;
    private final Map<String, String> datasetByUniqueId = new HashMap<>();
    private final Map<String, List<String>> upstreamByTarget = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> testsByUniqueId = new LinkedHashMap<>();
    private final Map<String, List<String>> semanticDependencies = new HashMap<>();
    private final Map<String, String> semanticNames = new HashMap<>();
    private final Map<String, OwnerRecord> groupOwners = new HashMap<>();
    private final Map<String, String> groupByEntity = new LinkedHashMap<>();
    private final Map<String, EntityType> ownerlessEntities = new HashMap<>();
    private String adapter = "dbt";

    DbtNodeMapper(BatchCollector out, DbtCatalog catalog) {
        this.out = out;
        this.catalog = catalog;
    }

    void metadata(JsonTree metadata) {
        String schema = metadata.text("dbt_schema_version", "");
        if (schema.contains("/catalog/")) {
            throw metadata.get("dbt_schema_version").fail("a dbt catalog.json, not a manifest: import the "
                    + "project's manifest.json, with this file as its catalog");
        }
        for (String artifact : List.of("/run-results/", "/sources/", "/semantic_manifest")) {
            if (schema.contains(artifact)) {
                throw metadata.get("dbt_schema_version").fail("a dbt " + artifact.replace("/", "")
                        + " artifact, not a manifest: import the project's target/manifest.json");
            }
        }
        adapter = metadata.text("adapter_type", adapter);
    }

    void node(String uniqueId, JsonTree node) {
        String type = node.text("resource_type").orElse(uniqueId.substring(0, Math.max(uniqueId.indexOf('.'), 0)));
        if (type.equals("test")) {
            test(uniqueId, node);
        } else if (DATASETS.contains(type)) {
            String dataset = dataset(uniqueId, type, node);
            if (type.equals("model") || type.equals("snapshot")) {
                process(uniqueId, type, node, dataset);
            }
        }
    }

    void exposure(String uniqueId, JsonTree exposure) {
        Map<String, String> attributes = new LinkedHashMap<>();
        exposure.text("url").ifPresent(url -> attributes.put("url", url));
        exposure.text("maturity").ifPresent(value -> attributes.put("maturity", value));
        tags(exposure, attributes);
        OwnerRecord owner = contact(exposure.object("owner"));
        String ownerId = owner == null ? "" : owner.id();
        if (owner != null) {
            out.owner(owner);
        }
        out.entity(EntityRecord.builder(EntityType.DASHBOARD, uniqueId)
                .name(exposure.text("label").filter(label -> !label.isBlank()).orElse(exposure.text("name", uniqueId)))
                .subtype("dbt_exposure_" + exposure.text("type", "exposure"))
                .location("dbt", exposure.text("package_name", ""), "")
                .description(exposure.text("description", "")).owner(ownerId).attributes(attributes).build());
        upstreamByTarget.put(uniqueId, dependencies(exposure));
    }

    /** A group: its owner becomes the owner of the group's models that name none themselves. */
    void group(JsonTree group) {
        OwnerRecord owner = contact(group.object("owner"));
        if (owner != null) {
            groupOwners.put(group.requiredText("name"), owner);
        }
    }

    /**
     * A metric, semantic model or saved query: not a catalog entity, but what depends on it (an exposure, a saved
     * query) depends on the models underneath, so its own dependencies stand in for it.
     */
    void semanticNode(String uniqueId, JsonTree node) {
        semanticDependencies.put(uniqueId, dependencies(node));
        node.text("name").ifPresent(name -> semanticNames.put(uniqueId, name));
    }

    /** A unit test (manifest v12): like a data test, an attribute of the model it tests. */
    void unitTest(String uniqueId, JsonTree node) {
        String name = node.text("name").orElse(uniqueId);
        for (String target : dependencies(node)) {
            testsByUniqueId.computeIfAbsent(target, key -> new LinkedHashMap<>())
                    .put("dbt.unit_test." + name, "unit test");
        }
    }

    /**
     * An owner ({@code name}, {@code email}: one address or, since manifest v12, a list): identified by the first
     * address, else the name; {@code null} when it names nobody.
     */
    private static OwnerRecord contact(JsonTree owner) {
        JsonTree email = owner.get("email");
        String address = "";
        if (email.node().isArray()) {
            List<String> addresses = new ArrayList<>();
            email.node().forEach(item -> {
                if (item.isTextual() && !item.asText().isBlank()) {
                    addresses.add(item.asText());
                }
            });
            address = addresses.isEmpty() ? "" : addresses.get(0);
        } else {
            address = owner.text("email", "");
        }
        String name = owner.text("name", "");
        String id = address.isBlank() ? name : address;
        return id.isBlank() ? null : new OwnerRecord(id, name.isBlank() ? id : name, address, "");
    }

    private String dataset(String uniqueId, String type, JsonTree node) {
        String name = node.text("alias").or(() -> node.text("identifier")).orElseGet(() -> node.requiredText("name"));
        String database = node.text("database", "");
        String schema = node.text("schema", "");
        StringJoiner qualified = new StringJoiner(".");
        if (!database.isEmpty()) {
            qualified.add(database);
        }
        if (!schema.isEmpty()) {
            qualified.add(schema);
        }
        String qualifiedName = qualified.add(name).toString();
        datasetByUniqueId.put(uniqueId, qualifiedName);
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("dbt.unique_id", uniqueId);
        node.object("config").text("materialized").ifPresent(value -> attributes.put("dbt.materialized", value));
        node.text("loader").filter(value -> !value.isBlank()).ifPresent(value -> attributes.put("dbt.loader", value));
        governance(node, attributes);
        tags(node, attributes);
        meta(node, attributes);
        DbtCatalog.Relation relation = catalog.relation(uniqueId);
        if (relation != null) {
            attributes.putAll(relation.stats());
        }
        String owner = owner(node);
        rememberGroup(node, qualifiedName, EntityType.DATASET, owner);
        out.entity(EntityRecord.builder(EntityType.DATASET, qualifiedName).name(name).subtype("dbt_" + type)
                .location(adapter, database, schema).description(node.text("description", "")).owner(owner)
                .attributes(attributes).build());
        classifications(node).forEach(label -> out.classification(ClassificationRecord.direct(qualifiedName, label)));
        columns(qualifiedName, node, relation);
        return qualifiedName;
    }

    private void columns(String dataset, JsonTree node, DbtCatalog.Relation relation) {
        Set<String> seen = new LinkedHashSet<>();
        int position = 0;
        for (Map.Entry<String, JsonTree> entry : node.object("columns").members().entrySet()) {
            JsonTree column = entry.getValue();
            String name = column.text("name", entry.getKey());
            DbtCatalog.Column known = relation == null ? null : relation.columns().get(name.toLowerCase(Locale.ROOT));
            position++;
            seen.add(name.toLowerCase(Locale.ROOT));
            Map<String, String> attributes = new LinkedHashMap<>();
            tags(column, attributes);
            meta(column, attributes);
            classifications(column).forEach(label ->
                    out.classification(ClassificationRecord.direct(dataset + "." + name, label)));
            out.entity(EntityRecord.builder(EntityType.COLUMN, dataset + "." + name).name(name).parent(dataset)
                    .position(known != null && known.index() >= 0 ? known.index() + 1 : position)
                    .dataType(column.text("data_type").filter(value -> !value.isBlank())
                            .orElse(known == null ? "" : known.type()))
                    .description(column.text("description", "")).attributes(attributes).build());
        }
        if (relation != null) {
            for (DbtCatalog.Column column : relation.columns().values()) {
                if (seen.add(column.name().toLowerCase(Locale.ROOT))) {
                    out.entity(EntityRecord.builder(EntityType.COLUMN, dataset + "." + column.name())
                            .name(column.name()).parent(dataset).dataType(column.type())
                            .position(column.index() >= 0 ? column.index() + 1 : 0).description(column.comment())
                            .build());
                }
            }
        }
    }

    private void process(String uniqueId, String type, JsonTree node, String dataset) {
        String process = "dbt:" + uniqueId;
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("dbt.unique_id", uniqueId);
        node.text("original_file_path").ifPresent(path -> attributes.put("dbt.path", path));
        node.object("config").text("materialized").ifPresent(value -> attributes.put("dbt.materialized", value));
        governance(node, attributes);
        String owner = owner(node);
        rememberGroup(node, process, EntityType.PROCESS, owner);
        out.entity(EntityRecord.builder(EntityType.PROCESS, process).name(node.requiredText("name"))
                .subtype("dbt_" + type).location("dbt", node.text("package_name", ""), "").owner(owner)
                .attributes(attributes).build());
        out.edge(process, dataset, null);
        upstreamByTarget.put(process, dependencies(node));
    }

    private void test(String uniqueId, JsonTree node) {
        JsonTree metadata = node.object("test_metadata");
        String kind = metadata.text("name").orElse("singular");
        String column = metadata.object("kwargs").text("column_name").or(() -> node.text("column_name")).orElse("");
        String description = column.isEmpty() ? kind : kind + "(" + column + ")";
        List<String> targets = node.text("attached_node").map(List::of).orElse(dependencies(node));
        for (String target : targets) {
            testsByUniqueId.computeIfAbsent(target, key -> new LinkedHashMap<>())
                    .put("dbt.test." + node.text("name", uniqueId), description);
        }
    }

    /** Adds the edges, test attributes and group owners, now that every node's dataset is known. */
    void finish() {
        for (Map.Entry<String, List<String>> target : upstreamByTarget.entrySet()) {
            Set<String> metrics = new LinkedHashSet<>();
            for (String upstream : resolve(target.getValue(), metrics)) {
                String dataset = datasetByUniqueId.get(upstream);
                if (dataset == null && DATASETS.contains(upstream.substring(0, Math.max(upstream.indexOf('.'), 0)))) {
                    dataset = upstream;
                    out.reference(EntityRecord.builder(EntityType.DATASET, upstream)
                            .name(upstream.substring(upstream.lastIndexOf('.') + 1)).subtype("dbt_missing")
                            .location(adapter, "", "").build());
                }
                if (dataset != null) {
                    out.edge(dataset, target.getKey(), null);
                }
            }
            if (!metrics.isEmpty() && target.getKey().startsWith("exposure.")) {
                out.entity(EntityRecord.builder(EntityType.DASHBOARD, target.getKey())
                        .attributes(Map.of("dbt.metrics", String.join(", ", metrics))).build());
            }
        }
        for (Map.Entry<String, String> member : groupByEntity.entrySet()) {
            OwnerRecord owner = groupOwners.get(member.getValue());
            EntityType type = ownerlessEntities.get(member.getKey());
            if (owner != null && type != null) {
                out.owner(owner);
                out.entity(EntityRecord.builder(type, member.getKey()).owner(owner.id()).build());
            }
        }
        for (Map.Entry<String, Map<String, String>> tests : testsByUniqueId.entrySet()) {
            String dataset = datasetByUniqueId.get(tests.getKey());
            if (dataset != null) {
                out.entity(EntityRecord.builder(EntityType.DATASET, dataset).attributes(tests.getValue()).build());
            }
        }
    }

    /**
     * The dependencies with every metric, semantic model and saved query replaced by what it depends on, in turn;
     * the names of those metrics and saved queries are added to {@code through}.
     */
    private List<String> resolve(List<String> dependencies, Set<String> through) {
        Set<String> resolved = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        ArrayDeque<String> pending = new ArrayDeque<>(dependencies);
        while (!pending.isEmpty()) {
            String dependency = pending.poll();
            if (!seen.add(dependency)) {
                continue;
            }
            List<String> underneath = semanticDependencies.get(dependency);
            if (underneath == null) {
                resolved.add(dependency);
            } else {
                if (!dependency.startsWith("semantic_model.")) {
                    through.add(semanticNames.getOrDefault(dependency, dependency));
                }
                pending.addAll(underneath);
            }
        }
        return List.copyOf(resolved);
    }

    /** Access, group and version of a model (manifest v7 and later), as {@code dbt.*} attributes. */
    private static void governance(JsonTree node, Map<String, String> attributes) {
        groupOf(node).ifPresent(value -> attributes.put("dbt.group", value));
        node.text("access").or(() -> node.object("config").text("access"))
                .ifPresent(value -> attributes.put("dbt.access", value));
        node.scalar("version").ifPresent(value -> attributes.put("dbt.version", value));
        node.scalar("latest_version").ifPresent(value -> attributes.put("dbt.latest_version", value));
    }

    private static Optional<String> groupOf(JsonTree node) {
        return node.text("group").or(() -> node.object("config").text("group")).filter(value -> !value.isBlank());
    }

    /** Remembers a group member that names no owner of its own, to give it the group's owner at the end. */
    private void rememberGroup(JsonTree node, String qualifiedName, EntityType type, String owner) {
        groupOf(node).ifPresent(name -> {
            groupByEntity.put(qualifiedName, name);
            if (owner.isBlank()) {
                ownerlessEntities.put(qualifiedName, type);
            }
        });
    }

    private static List<String> dependencies(JsonTree node) {
        List<String> nodes = new ArrayList<>();
        for (JsonTree dependency : node.object("depends_on").array("nodes")) {
            if (!dependency.node().isTextual()) {
                throw dependency.fail("expected a node id (a string), found " + JsonTree.kind(dependency.node()));
            }
            nodes.add(dependency.node().asText());
        }
        return nodes;
    }

    private String owner(JsonTree node) {
        String owner = node.object("meta").scalar("owner")
                .or(() -> node.object("config").object("meta").scalar("owner")).orElse("");
        if (!owner.isBlank()) {
            out.owner(new OwnerRecord(owner, owner, "", ""));
        }
        return owner;
    }

    /**
     * Scalar entries of a node's {@code meta} and {@code config.meta} as {@code meta.KEY} attributes, so policies can
     * read what a project declares there: {@code retention}, {@code dpia}, {@code region}, {@code stage}.
     */
    private static void meta(JsonTree node, Map<String, String> attributes) {
        for (JsonTree meta : List.of(node.object("config").object("meta"), node.object("meta"))) {
            meta.members().forEach((key, value) -> {
                if (value.node().isValueNode() && !value.node().isNull() && !key.equals("owner")) {
                    attributes.put("meta." + key, value.node().asText());
                }
            });
        }
    }

    /** Classifications a node or column declares in {@code meta.classification}: a name, a list or an array. */
    private static Set<String> classifications(JsonTree node) {
        Set<String> labels = new LinkedHashSet<>();
        for (JsonTree meta : List.of(node.object("config").object("meta"), node.object("meta"))) {
            JsonTree declared = meta.get("classification");
            if (declared.node().isArray()) {
                declared.node().forEach(item -> labels.add(item.asText().strip()));
            } else if (declared.node().isTextual()) {
                for (String part : declared.node().asText().split(",")) {
                    labels.add(part.strip());
                }
            }
        }
        labels.remove("");
        return labels;
    }

    private static void tags(JsonTree node, Map<String, String> attributes) {
        Set<String> tags = new LinkedHashSet<>();
        for (JsonTree tag : node.array("tags")) {
            if (tag.node().isTextual()) {
                tags.add(tag.node().asText());
            }
        }
        if (!tags.isEmpty()) {
            attributes.put("tags", String.join(", ", tags));
        }
    }
}
