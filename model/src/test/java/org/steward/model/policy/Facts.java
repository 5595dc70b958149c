package org.steward.model.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steward.model.catalog.EntityType;
import org.steward.model.classification.Taxonomy;

/** Builds small in-memory catalogs for rule tests: datasets with columns, labels, attributes and lineage. */
final class Facts {
    private final List<EntityFacts> entities = new ArrayList<>();
    private final Map<Long, Set<Long>> flows = new HashMap<>();
    private final Map<Long, Set<Long>> columnFlows = new HashMap<>();
    private long nextId = 1;

    Dataset dataset(String name) {
        return new Dataset(name);
    }

    Facts flow(Dataset from, Dataset to) {
        flows.computeIfAbsent(from.id, k -> new LinkedHashSet<>()).add(to.id);
        return this;
    }

    Facts columnFlow(Dataset from, String fromColumn, Dataset to, String toColumn) {
        columnFlows.computeIfAbsent(from.columnId(fromColumn), k -> new LinkedHashSet<>()).add(to.columnId(toColumn));
        return this;
    }

    PolicyCatalog catalog() {
        return new PolicyCatalog(entities, flows, columnFlows);
    }

    static PolicyReport check(PolicyCatalog catalog, String... ruleIds) {
        RuleBook standard = RuleBook.standard();
        List<PolicyRule> rules = ruleIds.length == 0 ? standard.rules()
                : List.of(ruleIds).stream().map(id -> standard.rule(id).orElseThrow()).toList();
        return new PolicyEngine(Taxonomy.standard(), new RuleBook(standard.settings(), rules))
                .evaluate(catalog, org.steward.model.task.ProgressMonitor.NONE);
    }

    final class Dataset {
        final long id;
        private final String name;
        private String source = "pg-prod-eu";
        private String database = "shop";
        private String schema = "public";
        private String owner = "ana";
        private final Map<String, String> attributes = new LinkedHashMap<>();
        private final List<String> labels = new ArrayList<>();
        private final List<ColumnFacts> columns = new ArrayList<>();

        private Dataset(String name) {
            this.id = nextId++;
            this.name = name;
        }

        Dataset in(String newSource, String newDatabase, String newSchema) {
            source = newSource;
            database = newDatabase;
            schema = newSchema;
            return this;
        }

        Dataset owner(String newOwner) {
            owner = newOwner;
            return this;
        }

        Dataset attribute(String key, String value) {
            attributes.put(key, value);
            return this;
        }

        Dataset label(String label) {
            labels.add(label);
            return this;
        }

        Dataset column(String columnName, String... columnLabels) {
            columns.add(new ColumnFacts(nextId++, columnName, List.of(columnLabels), false));
            return this;
        }

        Dataset suspected(String columnName, String... columnLabels) {
            columns.add(new ColumnFacts(nextId++, columnName, List.of(columnLabels), true));
            return this;
        }

        long columnId(String columnName) {
            return columns.stream().filter(column -> column.name().equals(columnName)).findFirst().orElseThrow().id();
        }

        Dataset add() {
            entities.add(facts());
            return this;
        }

        EntityFacts facts() {
            return new EntityFacts(id, EntityType.DATASET, "table", name + "@" + source, name, source, database,
                    schema, owner, attributes, labels, columns);
        }
    }
}
