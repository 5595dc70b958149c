package org.steward.model.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steward.model.catalog.EntityType;
import org.steward.model.classification.PersonalDataSuspicion;
import org.steward.model.policy.ColumnFacts;
import org.steward.model.policy.EntityFacts;
import org.steward.model.policy.PolicyCatalog;

/**
 * Reads what the policy rules need in a handful of streaming queries: datasets and dashboards, their attributes,
 * every classification, columns with their samples, and lineage with processes looked through.
 */
final class PolicyCatalogQuery {
    private final PersonalDataSuspicion suspicion = new PersonalDataSuspicion();

    PolicyCatalog read(Database database) {
        return database.read(connection -> {
            Map<Long, Set<String>> labels = labels(connection);
            Map<Long, Map<String, String>> attributes = attributes(connection);
            Map<Long, List<ColumnFacts>> columns = columns(connection, labels);
            List<EntityFacts> entities = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, entity_type, subtype, qualified_name, name, source_name, database_name, schema_name,"
                            + " owner_id FROM entity WHERE entity_type IN ('DATASET', 'DASHBOARD') ORDER BY id");
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    entities.add(new EntityFacts(id, EntityType.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), attributes.getOrDefault(id, Map.of()),
                            List.copyOf(labels.getOrDefault(id, Set.of())), columns.getOrDefault(id, List.of())));
                }
            }
            return new PolicyCatalog(entities, flows(connection), columnFlows(connection));
        });
    }

    private static Map<Long, Set<String>> labels(Connection connection) throws SQLException {
        Map<Long, Set<String>> labels = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT entity_id, classification FROM classification_assignment ORDER BY id");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                labels.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
            }
        }
        return labels;
    }

    private static Map<Long, Map<String, String>> attributes(Connection connection) throws SQLException {
        Map<Long, Map<String, String>> attributes = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT a.entity_id, a.attr_key, a.attr_value FROM entity_attribute a JOIN entity e"
                        + " ON e.id = a.entity_id WHERE e.entity_type IN ('DATASET', 'DASHBOARD')");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                attributes.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
            }
        }
        return attributes;
    }

    /**
     * Columns by dataset. Only unlabelled columns are judged for personal data (a labelled one needs no suspicion),
     * in parallel: the sample checks are most of the reading time.
     */
    private Map<Long, List<ColumnFacts>> columns(Connection connection, Map<Long, Set<String>> labels)
            throws SQLException {
        List<ColumnRow> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, parent_id, name, sample_values FROM entity WHERE entity_type = 'COLUMN'"
                        + " ORDER BY parent_id, position, name");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                boolean labelled = labels.containsKey(id);
                rows.add(new ColumnRow(id, rs.getLong(2), rs.getString(3), labelled ? "" : rs.getString(4),
                        labelled));
            }
        }
        List<ColumnFacts> facts = rows.parallelStream().map(row -> new ColumnFacts(row.id(), row.name(),
                List.copyOf(labels.getOrDefault(row.id(), Set.of())),
                !row.labelled() && suspicion.suspected(row.name(), SampleValues.split(row.samples())))).toList();
        Map<Long, List<ColumnFacts>> columns = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            columns.computeIfAbsent(rows.get(i).parent(), k -> new ArrayList<>()).add(facts.get(i));
        }
        return columns;
    }

    private record ColumnRow(long id, long parent, String name, String samples, boolean labelled) {
    }

    /** Dataset-level edges with processes looked through: a dataset feeds what the processes it feeds write. */
    private static Map<Long, Set<Long>> flows(Connection connection) throws SQLException {
        Map<Long, Set<Long>> direct = new HashMap<>();
        Set<Long> processes = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT l.from_id, l.to_id, f.entity_type, t.entity_type FROM lineage_edge l"
                        + " JOIN entity f ON f.id = l.from_id JOIN entity t ON t.id = l.to_id"
                        + " WHERE l.edge_level = 'DATASET'");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                direct.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>()).add(rs.getLong(2));
                if (rs.getString(3).equals("PROCESS")) {
                    processes.add(rs.getLong(1));
                }
                if (rs.getString(4).equals("PROCESS")) {
                    processes.add(rs.getLong(2));
                }
            }
        }
        Map<Long, Set<Long>> flows = new HashMap<>();
        for (Map.Entry<Long, Set<Long>> entry : direct.entrySet()) {
            if (processes.contains(entry.getKey())) {
                continue;
            }
            Set<Long> targets = new LinkedHashSet<>();
            for (long next : entry.getValue()) {
                if (processes.contains(next)) {
                    throughProcesses(next, direct, processes, targets, new HashSet<>());
                } else {
                    targets.add(next);
                }
            }
            flows.put(entry.getKey(), targets);
        }
        return flows;
    }

    private static void throughProcesses(long process, Map<Long, Set<Long>> direct, Set<Long> processes,
                                         Set<Long> targets, Set<Long> seen) {
        if (!seen.add(process)) {
            return;
        }
        for (long next : direct.getOrDefault(process, Set.of())) {
            if (processes.contains(next)) {
                throughProcesses(next, direct, processes, targets, seen);
            } else {
                targets.add(next);
            }
        }
    }

    private static Map<Long, Set<Long>> columnFlows(Connection connection) throws SQLException {
        Map<Long, Set<Long>> flows = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT from_id, to_id FROM lineage_edge WHERE edge_level = 'COLUMN'");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                flows.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
            }
        }
        return flows;
    }
}
