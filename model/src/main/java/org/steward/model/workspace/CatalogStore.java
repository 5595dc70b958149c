package org.steward.model.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.steward.model.catalog.CatalogLocation;
import org.steward.model.catalog.CatalogReader;
import org.steward.model.catalog.CatalogStats;
import org.steward.model.catalog.CatalogTreeNode;
import org.steward.model.catalog.ClassificationAssignment;
import org.steward.model.catalog.ColumnInfo;
import org.steward.model.catalog.Entity;
import org.steward.model.catalog.EntityDetails;
import org.steward.model.catalog.EntityType;
import org.steward.model.catalog.GlossaryTerm;
import org.steward.model.catalog.Owner;
import org.steward.model.classification.PersonalDataSuspicion;
import org.steward.model.search.SearchDocument;
import org.steward.model.search.SearchDocumentSource;

/** Catalog queries over the workspace database: what the browser, the detail pane and the search index read. */
final class CatalogStore implements CatalogReader, SearchDocumentSource {
    static final String ENTITY_COLUMNS = "e.id, e.entity_type, e.subtype, e.qualified_name, e.name, e.source_name,"
            + " e.database_name, e.schema_name, e.parent_id, e.description, e.owner_id, e.data_type";
    private static final int CHUNK = 500;

    private final Database database;
    private final PersonalDataSuspicion suspicion = new PersonalDataSuspicion();

    CatalogStore(Database database) {
        this.database = database;
    }

    @Override
    public CatalogTreeNode tree() {
        return database.read(connection -> {
            Map<String, Map<String, Map<String, Integer>>> counts = new java.util.TreeMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT source_name, database_name, schema_name, COUNT(*) FROM entity"
                            + " WHERE entity_type IN ('DATASET', 'DASHBOARD')"
                            + " GROUP BY source_name, database_name, schema_name");
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    counts.computeIfAbsent(rs.getString(1), k -> new java.util.TreeMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new java.util.TreeMap<>())
                            .put(rs.getString(3), rs.getInt(4));
                }
            }
            List<CatalogTreeNode> sources = new ArrayList<>();
            int total = 0;
            for (var source : counts.entrySet()) {
                List<CatalogTreeNode> databases = new ArrayList<>();
                int sourceCount = 0;
                for (var db : source.getValue().entrySet()) {
                    List<CatalogTreeNode> schemas = new ArrayList<>();
                    int dbCount = 0;
                    for (var schema : db.getValue().entrySet()) {
                        dbCount += schema.getValue();
                        if (!schema.getKey().isEmpty()) {
                            schemas.add(new CatalogTreeNode(
                                    new CatalogLocation(source.getKey(), db.getKey(), schema.getKey()),
                                    schema.getKey(), schema.getValue(), List.of()));
                        }
                    }
                    sourceCount += dbCount;
                    if (!db.getKey().isEmpty()) {
                        databases.add(new CatalogTreeNode(new CatalogLocation(source.getKey(), db.getKey(), ""),
                                db.getKey(), dbCount, schemas));
                    }
                }
                total += sourceCount;
                sources.add(new CatalogTreeNode(CatalogLocation.source(source.getKey()),
                        source.getKey().isEmpty() ? "(no source)" : source.getKey(), sourceCount, databases));
            }
            return new CatalogTreeNode(CatalogLocation.ALL, "All sources", total, sources);
        });
    }

    @Override
    public Optional<Entity> entity(long id) {
        return database.read(connection -> single(connection,
                "SELECT " + ENTITY_COLUMNS + " FROM entity e WHERE e.id = ?", id));
    }

    @Override
    public Optional<Entity> entityByQualifiedName(String qualifiedName) {
        return database.read(connection -> single(connection,
                "SELECT " + ENTITY_COLUMNS + " FROM entity e WHERE e.qualified_name = ?", qualifiedName));
    }

    private static Optional<Entity> single(Connection connection, String sql, Object key) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, key);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(entity(rs)) : Optional.empty();
            }
        }
    }

    static Entity entity(ResultSet rs) throws SQLException {
        long parent = rs.getLong(9);
        Long parentId = rs.wasNull() ? null : parent;
        return new Entity(rs.getLong(1), EntityType.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), parentId, rs.getString(10),
                rs.getString(11), rs.getString(12));
    }

    @Override
    public Optional<EntityDetails> details(long id) {
        return database.read(connection -> {
            Optional<Entity> found = single(connection,
                    "SELECT " + ENTITY_COLUMNS + " FROM entity e WHERE e.id = ?", id);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Entity entity = found.get();
            Map<String, String> attributes = new LinkedHashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT attr_key, attr_value FROM entity_attribute WHERE entity_id = ? ORDER BY attr_key")) {
                query.setLong(1, id);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        attributes.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            Owner owner = entity.owner().isEmpty() ? null : owner(connection, entity.owner()).orElse(null);
            List<GlossaryTerm> terms = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT g.qualified_name, g.name, g.description FROM entity_term t"
                            + " JOIN glossary_term g ON g.qualified_name = t.term WHERE t.entity_id = ? ORDER BY g.name")) {
                query.setLong(1, id);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        terms.add(new GlossaryTerm(rs.getString(1), rs.getString(2), rs.getString(3)));
                    }
                }
            }
            List<Long> columnIds = new ArrayList<>();
            List<ColumnInfo> columns = new ArrayList<>();
            Map<Long, Entity> columnEntities = new LinkedHashMap<>();
            Map<Long, Integer> positions = new HashMap<>();
            Map<Long, List<String>> samples = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + ENTITY_COLUMNS + ", e.position, e.sample_values FROM entity e"
                            + " WHERE e.parent_id = ? ORDER BY e.position, e.name")) {
                query.setLong(1, id);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        Entity column = entity(rs);
                        columnIds.add(column.id());
                        columnEntities.put(column.id(), column);
                        positions.put(column.id(), rs.getInt(13));
                        samples.put(column.id(), SampleValues.split(rs.getString(14)));
                    }
                }
            }
            columnIds.add(id);
            Map<Long, List<ClassificationAssignment>> labels = classifications(connection, columnIds);
            for (Entity column : columnEntities.values()) {
                List<ClassificationAssignment> columnLabels = labels.getOrDefault(column.id(), List.of());
                List<String> columnSamples = samples.get(column.id());
                columns.add(new ColumnInfo(column, positions.get(column.id()), columnSamples, columnLabels,
                        suspicion.suspected(column.name(), columnSamples)));
            }
            int[] counts = neighbourCounts(connection, entity);
            return Optional.of(new EntityDetails(entity, attributes, owner, terms,
                    labels.getOrDefault(id, List.of()), columns, counts[0], counts[1]));
        });
    }

    /** Direct upstream and downstream neighbours, looking through processes to the datasets beyond them. */
    private int[] neighbourCounts(Connection connection, Entity entity) throws SQLException {
        boolean lookThrough = entity.type() != EntityType.PROCESS;
        return new int[] {
            neighbours(connection, entity.id(), true, lookThrough).size(),
            neighbours(connection, entity.id(), false, lookThrough).size()};
    }

    private Set<Long> neighbours(Connection connection, long id, boolean upstream, boolean lookThrough)
            throws SQLException {
        String sql = upstream
                ? "SELECT l.from_id, n.entity_type FROM lineage_edge l JOIN entity n ON n.id = l.from_id WHERE l.to_id = ?"
                : "SELECT l.to_id, n.entity_type FROM lineage_edge l JOIN entity n ON n.id = l.to_id WHERE l.from_id = ?";
        Set<Long> result = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, id);
            List<Long> processes = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    if (lookThrough && EntityType.PROCESS.name().equals(rs.getString(2))) {
                        processes.add(rs.getLong(1));
                    } else {
                        result.add(rs.getLong(1));
                    }
                }
            }
            for (long process : processes) {
                result.addAll(neighbours(connection, process, upstream, false));
            }
        }
        result.remove(id);
        return result;
    }

    private Map<Long, List<ClassificationAssignment>> classifications(Connection connection, List<Long> ids)
            throws SQLException {
        Map<Long, List<ClassificationAssignment>> result = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT a.entity_id, a.classification, o.qualified_name, a.propagate, a.source, a.valid_from,"
                            + " a.valid_to, a.attributes"
                            + " FROM classification_assignment a LEFT JOIN entity o ON o.id = a.origin_id"
                            + " WHERE a.entity_id = ANY(?) ORDER BY a.classification, o.qualified_name")) {
                query.setArray(1, connection.createArrayOf("BIGINT", chunk.toArray()));
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(
                                new ClassificationAssignment(rs.getString(2), rs.getString(3), rs.getBoolean(4),
                                        rs.getString(5), rs.getObject(6, java.time.LocalDate.class),
                                        rs.getObject(7, java.time.LocalDate.class),
                                        LabelAttributes.decode(rs.getString(8))));
                    }
                }
            }
        }
        return result;
    }

    @Override
    public CatalogStats stats() {
        return database.read(connection -> {
            Map<EntityType, Long> byType = new EnumMap<>(EntityType.class);
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT entity_type, COUNT(*) FROM entity GROUP BY entity_type");
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    byType.put(EntityType.valueOf(rs.getString(1)), rs.getLong(2));
                }
            }
            return new CatalogStats(byType,
                    count(connection, "SELECT COUNT(*) FROM lineage_edge WHERE edge_level = 'DATASET'"),
                    count(connection, "SELECT COUNT(*) FROM lineage_edge WHERE edge_level = 'COLUMN'"),
                    count(connection, "SELECT COUNT(*) FROM classification_assignment"),
                    count(connection, "SELECT COUNT(*) FROM glossary_term"),
                    count(connection, "SELECT COUNT(*) FROM owner"),
                    count(connection, "SELECT COUNT(*) FROM proposed_change WHERE state = 'PENDING'"));
        });
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public List<Owner> owners() {
        return database.read(connection -> {
            List<Owner> owners = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT owner_id, display_name, email, team FROM owner ORDER BY display_name");
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    owners.add(new Owner(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
            return owners;
        });
    }

    @Override
    public Optional<Owner> owner(String id) {
        return database.read(connection -> owner(connection, id));
    }

    private static Optional<Owner> owner(Connection connection, String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT owner_id, display_name, email, team FROM owner WHERE owner_id = ?")) {
            query.setString(1, id);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Owner(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                        : Optional.empty();
            }
        }
    }

    @Override
    public List<GlossaryTerm> glossaryTerms() {
        return database.read(connection -> {
            List<GlossaryTerm> terms = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT qualified_name, name, description FROM glossary_term ORDER BY name");
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    terms.add(new GlossaryTerm(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return terms;
        });
    }

    @Override
    public long documentCount() {
        return database.read(connection -> count(connection, "SELECT COUNT(*) FROM entity"));
    }

    @Override
    public void forEachDocument(Consumer<SearchDocument> sink) {
        database.read(connection -> {
            new SearchDocumentScan(connection, suspicion).run(sink);
            return null;
        });
    }

    /** Like {@link #documents(Collection)}, read through the caller's connection (inside its transaction). */
    List<SearchDocument> documents(Connection connection, Collection<Long> entityIds) throws SQLException {
        List<Long> all = new ArrayList<>(new java.util.TreeSet<>(entityIds));
        List<SearchDocument> documents = new ArrayList<>(all.size());
        SearchDocumentQuery query = new SearchDocumentQuery(connection, suspicion);
        for (int from = 0; from < all.size(); from += CHUNK) {
            documents.addAll(query.load(all.subList(from, Math.min(all.size(), from + CHUNK))));
        }
        return documents;
    }

    @Override
    public List<SearchDocument> documents(Collection<Long> entityIds) {
        List<Long> all = new ArrayList<>(new java.util.TreeSet<>(entityIds));
        List<SearchDocument> documents = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            documents.addAll(database.read(connection -> new SearchDocumentQuery(connection, suspicion).load(chunk)));
        }
        return documents;
    }
}
