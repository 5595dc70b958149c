package org.steward.model.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.steward.model.audit.AuditLog;
import org.steward.model.push.ConflictResolver;
import org.steward.model.push.PushCompletion;
import org.steward.model.push.PushEngine;
import org.steward.model.push.PushStore;
import org.steward.model.catalog.CatalogReader;
import org.steward.model.catalog.CatalogStats;
import org.steward.model.change.ChangeReview;
import org.steward.model.change.ChangeSetStore;
import org.steward.model.identity.UserDirectory;
import org.steward.model.change.PendingOverlay;
import org.steward.model.classification.Taxonomy;
import org.steward.model.classification.propagation.PropagatedSet;
import org.steward.model.classification.propagation.PropagationService;
import org.steward.model.ingest.CatalogBatch;
import org.steward.model.ingest.IngestResult;
import org.steward.model.lineage.GraphLineageService;
import org.steward.model.lineage.LineageGraph;
import org.steward.model.lineage.LineageService;
import org.steward.model.lineage.LineageSnapshot;
import org.steward.model.policy.PolicyCatalog;
import org.steward.model.masking.MaskingStore;
import org.steward.model.platform.PulledState;
import org.steward.model.search.CatalogSearch;
import org.steward.model.search.LuceneSearchIndex;
import org.steward.model.task.ProgressMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open workspace: the H2 database, its search index and the services over them. Create one with
 * {@link #create}, open one with {@link #open}; for tests and CI checks, {@link #inMemory}.
 */
public final class Workspace implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);
    static final String GENERATION = "index_generation";
    private static final double REBUILD_SHARE = 0.4;

    private final String name;
    private final WorkspaceFolder folder;
    private final Database database;
    private final LuceneSearchIndex index;
    private final CatalogStore catalog;
    private final AuditLog audit;
    private final UserDirectory users;
    private final ChangeSetStore changes;
    private final ChangeReview review;
    private final GraphLineageService lineage;
    private final PolicyRuleStore policyRules;
    private final ClassificationStore classifications;
    private final PropagationService propagation;
    private final MaskingStore masking;
    private final PushStore pushes;
    private final RemoteEntityStore remote;
    private final List<WorkspaceListener> listeners = new CopyOnWriteArrayList<>();

    private Workspace(String name, WorkspaceFolder folder, Database database, LuceneSearchIndex index) {
        this.name = name;
        this.folder = folder;
        this.database = database;
        this.index = index;
        this.catalog = new CatalogStore(database);
        this.audit = new AuditLog(database);
        this.users = new UserDirectory(database, audit);
        this.changes = new ChangeSetStore(database, audit, users);
        this.review = new ChangeReview(database, audit, users, changes);
        this.users.addListener(() -> listeners.forEach(WorkspaceListener::changesChanged));
        this.changes.addListener(() -> listeners.forEach(WorkspaceListener::changesChanged));
        this.lineage = new GraphLineageService(new LineageStore(database, changes));
        this.policyRules = new PolicyRuleStore(database, audit);
        this.classifications = new ClassificationStore(database, audit, Taxonomy.standard());
        this.propagation = new PropagationService(new WorkspacePropagationSource(this));
        this.changes.addListener(propagation::invalidate);
        this.classifications.addListener(() -> {
            propagation.invalidate();
            listeners.forEach(WorkspaceListener::changesChanged);
        });
        this.masking = new MaskingStore(database, audit);
        this.pushes = new PushStore(database, audit, new CatalogApply(audit, this::appliedLocally));
        this.remote = new RemoteEntityStore(database);
    }

    /** Makes a new, empty workspace in {@code directory}, which must not exist or be empty. */
    public static Workspace create(Path directory, String name) {
        WorkspaceFolder folder = new WorkspaceFolder(directory);
        try {
            if (Files.exists(folder.directory())) {
                if (!Files.isDirectory(folder.directory())) {
                    throw new WorkspaceException(folder.directory() + " is a file, not a folder.");
                }
                try (var entries = Files.list(folder.directory())) {
                    if (entries.findAny().isPresent()) {
                        throw new WorkspaceException("Cannot create a workspace in " + folder.directory()
                                + ": the folder is not empty.");
                    }
                }
            }
            Files.createDirectories(folder.directory());
        } catch (IOException e) {
            throw new WorkspaceException("Cannot create " + folder.directory() + ": " + e.getMessage(), e);
        }
        Database database = new Database(folder.jdbcUrl());
        try {
            SchemaMigrations.migrate(database, folder.directory().toString());
            database.transaction(connection -> {
                WorkspaceInfo.put(connection, "name", name);
                WorkspaceInfo.put(connection, GENERATION, "0");
                new AuditLog(database).append(connection, System.getProperty("user.name", "unknown"),
                        "workspace.created", folder.directory().toString(), "workspace \"" + name + "\"");
                return null;
            });
            folder.writeMarker(name);
            LuceneSearchIndex index = openIndex(folder);
            Workspace workspace = new Workspace(name, folder, database, index);
            workspace.index.rebuild(workspace.catalog, 0, ProgressMonitor.NONE);
            return workspace;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Opens an existing workspace, migrating an older schema; anything else is refused without a change. */
    public static Workspace open(Path directory) {
        WorkspaceFolder folder = new WorkspaceFolder(directory);
        if (!Files.isDirectory(folder.directory())) {
            throw new WorkspaceException("There is no folder " + folder.directory() + ".");
        }
        if (!folder.isWorkspace()) {
            throw new WorkspaceException(folder.directory() + " is not a Steward workspace: it has no "
                    + WorkspaceFolder.MARKER + ". Choose a folder made by Steward, or create a new workspace.");
        }
        String name = folder.readMarker().getProperty("name", folder.directory().getFileName().toString());
        long started = System.nanoTime();
        WorkspaceHealth.check(folder);
        Database database = new Database(folder.jdbcUrl() + ";IFEXISTS=TRUE");
        try {
            WorkspaceHealth.probe(database, folder);
            long connected = System.nanoTime();
            SchemaMigrations.migrate(database, folder.directory().toString());
            long migrated = System.nanoTime();
            LuceneSearchIndex index = openIndex(folder);
            LOG.info("Opened {} in {} ms: database {} ms, schema check {} ms, search index {} ms", folder.directory(),
                    (System.nanoTime() - started) / 1_000_000, (connected - started) / 1_000_000,
                    (migrated - connected) / 1_000_000, (System.nanoTime() - migrated) / 1_000_000);
            Workspace workspace = new Workspace(name, folder, database, index);
            int accepted = workspace.pushes.applyAccepted(System.getProperty("user.name", "unknown"));
            if (accepted > 0) {
                LOG.info("Applied {} changes the platform had accepted to the local catalog", accepted);
            }
            long generation = workspace.generation();
            if (index.generation() != generation) {
                LOG.info("Search index of {} is at generation {}, workspace at {}: rebuilding", folder.directory(),
                        index.generation(), generation);
                index.rebuild(workspace.catalog, generation, ProgressMonitor.NONE);
            }
            return workspace;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** A workspace that lives only in memory, for tests and for checks run from CI. */
    public static Workspace inMemory(String name) {
        Database database = new Database("jdbc:h2:mem:steward-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SchemaMigrations.migrate(database, "memory");
        database.transaction(connection -> {
            WorkspaceInfo.put(connection, "name", name);
            WorkspaceInfo.put(connection, GENERATION, "0");
            return null;
        });
        return new Workspace(name, null, database, LuceneSearchIndex.inMemory());
    }

    private static LuceneSearchIndex openIndex(WorkspaceFolder folder) {
        try {
            return LuceneSearchIndex.open(folder.indexDirectory());
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            throw new WorkspaceException("The workspace " + folder.directory()
                    + " is open in another Steward window or process. Close it there first.", e);
        } catch (IOException e) {
            throw new WorkspaceException("Cannot open the search index in " + folder.indexDirectory() + ": "
                    + e.getMessage(), e);
        }
    }

    public String name() {
        return name;
    }

    /** The folder, or empty for an in-memory workspace. */
    public Optional<Path> directory() {
        return folder == null ? Optional.empty() : Optional.of(folder.directory());
    }

    public String jdbcUrl() {
        return database.url();
    }

    public CatalogReader catalog() {
        return catalog;
    }

    public CatalogSearch search() {
        return index;
    }

    public ChangeSetStore changes() {
        return changes;
    }

    /** Submit, approve, reject, comment, reopen; the change sets awaiting push. */
    public ChangeReview review() {
        return review;
    }

    /** The local users and their roles. */
    public UserDirectory users() {
        return users;
    }

    /** Lineage questions, answered from an in-memory graph that reloads after the catalog changes. */
    public LineageService lineage() {
        return lineage;
    }

    /** The stored lineage keyed by qualified name, for {@link org.steward.model.lineage.LineageDiff}. */
    public LineageSnapshot lineageSnapshot() {
        return LineageSnapshotQuery.read(database);
    }

    /** What the policy rules read, with pending owner and classification changes applied. */
    public PolicyCatalog policyCatalog() {
        return new PolicyCatalogQuery().read(database).withPending(changes.pending());
    }

    /** Rule sets added to this workspace on top of the standard rules. */
    public PolicyRuleStore policyRules() {
        return policyRules;
    }

    /** The workspace's taxonomy, propagation rules and rejected suggestions. */
    public ClassificationStore classifications() {
        return classifications;
    }

    /** Where labels propagate, as stored and with pending changes, and previews of new ones. */
    public PropagationService propagation() {
        return propagation;
    }

    LineageGraph lineageGraph() {
        return lineage.graph();
    }

    /** Push states of approved change sets on their way to the platform. */
    public PushStore pushes() {
        return pushes;
    }

    /** Pushes approved change sets in batches of {@code batchSize} changes. */
    public PushEngine pushEngine(int batchSize) {
        return new PushEngine(pushes, pushCompletion(), audit, batchSize, 3);
    }

    /** Rebase or drop of conflicted changes. */
    public ConflictResolver conflicts() {
        return new ConflictResolver(pushes, changes, pushCompletion());
    }

    private PushCompletion pushCompletion() {
        return new PushCompletion(pushes, review, users);
    }

    /** What pulls from platforms remember: remote identities, base versions, high-water marks. */
    public RemoteEntityStore remote() {
        return remote;
    }

    public AuditLog audit() {
        return audit;
    }

    /** The masking salt and the masking rules users chose over the taxonomy's defaults. */
    public MaskingStore masking() {
        return masking;
    }

    public CatalogStats stats() {
        return catalog.stats();
    }

    public PendingOverlay overlay() {
        java.util.Map<String, org.steward.model.catalog.GlossaryTerm> terms = new java.util.HashMap<>();
        catalog.glossaryTerms().forEach(term -> terms.put(term.qualifiedName(), term));
        java.util.Map<Long, String> names = new java.util.concurrent.ConcurrentHashMap<>();
        return new PendingOverlay(id -> catalog.owner(id).orElse(null), terms::get, propagation.pendingEffect(),
                id -> names.computeIfAbsent(id, key -> catalog.entity(key).map(e -> e.qualifiedName())
                        .orElse("#" + key)));
    }

    public void addListener(WorkspaceListener listener) {
        listeners.add(listener);
    }

    public void removeListener(WorkspaceListener listener) {
        listeners.remove(listener);
    }

    /** Merges one batch in one transaction: all of it lands, or nothing does. */
    public IngestResult ingest(CatalogBatch batch, String actor, ProgressMonitor monitor) {
        return ingestAll(sink -> sink.accept(batch), batch.origin(), actor, monitor);
    }

    /**
     * Merges every batch a producer emits in one transaction, for sources too large to hold in memory at once
     * (the demo generator at a million entities, streamed imports).
     */
    public IngestResult ingestAll(Consumer<Consumer<CatalogBatch>> producer, String origin, String actor,
                                  ProgressMonitor monitor) {
        return ingest(producer, origin, actor, monitor, null);
    }

    /**
     * Merges a platform pull like {@link #ingestAll}, and in the same transaction records the pulled entities'
     * remote identities and versions and the pull's high-water marks, which {@code state} gives once every batch
     * was produced.
     */
    public IngestResult ingestPull(Consumer<Consumer<CatalogBatch>> producer, String origin, String actor,
                                   ProgressMonitor monitor, Supplier<PulledState> state) {
        return ingest(producer, origin, actor, monitor, state);
    }

    /**
     * A pull into an empty workspace fills the search index while its batches are written (see
     * {@link LuceneSearchIndex#load}), using the time spent waiting for the platform. Otherwise the index is updated,
     * or rebuilt when most documents changed, afterwards: for a file import, which keeps both cores busy without
     * waiting, one streaming scan after the commit costs less than reading documents back batch by batch.
     */
    private synchronized IngestResult ingest(Consumer<Consumer<CatalogBatch>> producer, String origin,
                                             String actor, ProgressMonitor monitor, Supplier<PulledState> pulled) {
        boolean loadAlong = pulled != null && catalog.documentCount() == 0;
        Imported imported = loadAlong
                ? index.load(sink -> write(producer, origin, actor, monitor, pulled,
                        new IngestIndexFeed(catalog, sink)), catalog)
                : write(producer, origin, actor, monitor, pulled, null);
        IngestResult result = imported.result();
        if (result.changedAnything()) {
            if (!loadAlong) {
                monitor.progress(1, 1, "Updating the search index");
                if (imported.touched().size() > REBUILD_SHARE * catalog.documentCount()) {
                    index.rebuild(catalog, imported.generation(), ProgressMonitor.NONE);
                } else {
                    index.update(imported.touched(), catalog, imported.generation());
                }
            }
            lineage.invalidate();
            propagation.invalidate();
            listeners.forEach(WorkspaceListener::catalogChanged);
        }
        LOG.info("Ingested {} in {} ms: {}", origin, result.millis(), result);
        return result;
    }

    /** Merges every batch in one transaction; with a feed, hands each batch's documents to the search index. */
    private Imported write(Consumer<Consumer<CatalogBatch>> producer, String origin, String actor,
                           ProgressMonitor monitor, Supplier<PulledState> pulled, IngestIndexFeed feed) {
        long started = System.nanoTime();
        Set<Long> touched = new HashSet<>();
        int[] counts = new int[5];
        long generation = database.transaction(connection -> {
            CatalogIngestor ingestor = new CatalogIngestor(connection, monitor);
            BatchPipeline.run(producer, batch -> {
                ingestor.ingest(batch);
                if (feed != null) {
                    feed.afterBatch(connection, ingestor.drainRecentlyTouched());
                }
            });
            touched.addAll(ingestor.touchedEntities());
            counts[0] = ingestor.inserted();
            counts[1] = ingestor.updated();
            counts[2] = ingestor.unchanged();
            counts[3] = ingestor.edgesAdded();
            counts[4] = ingestor.classificationsAdded();
            if (pulled != null) {
                monitor.checkCancelled();
                PulledState state = pulled.get();
                remote.record(connection, state, ingestor::entityId);
                audit.append(connection, actor, "platform.pulled", origin, String.format(
                        "%d entities from %s: %d inserted, %d updated, %d unchanged", state.entities().size(),
                        state.endpoint(), counts[0], counts[1], counts[2]));
            }
            long next = Long.parseLong(WorkspaceInfo.get(connection, GENERATION).orElse("0"));
            if (counts[0] + counts[1] + counts[3] + counts[4] > 0) {
                next++;
                WorkspaceInfo.put(connection, GENERATION, Long.toString(next));
                audit.append(connection, actor, "catalog.imported", origin, String.format(
                        "%d inserted, %d updated, %d unchanged, %d lineage edges and %d classifications added",
                        counts[0], counts[1], counts[2], counts[3], counts[4]));
            }
            return next;
        });
        IngestResult result = new IngestResult(counts[0], counts[1], counts[2], counts[3], counts[4],
                (System.nanoTime() - started) / 1_000_000);
        return new Imported(generation, result, touched,
                feed == null ? Set.of() : feed.changedAfterHandover());
    }

    /** A committed import: its generation, counts, and the entities whose search documents it changed. */
    private record Imported(long generation, IngestResult result, Set<Long> touched, Set<Long> changedAfterLoad)
            implements LuceneSearchIndex.BulkLoadResult {
    }

    /**
     * After pushed changes became the catalog's state: the search index for the touched entities and for those
     * whose propagated labels moved, the lineage graph, and the propagated labels stored with the direct ones.
     */
    private void appliedLocally(Set<Long> touched, String actor) {
        long started = System.nanoTime();
        lineage.invalidate();
        propagation.invalidate();
        Set<Long> reindex = new HashSet<>(touched);
        if (!touched.isEmpty()) {
            reindex.addAll(classifications.labelledFrom(touched));
            PropagatedSet propagated = propagation.stored();
            classifications.storePropagated(propagated, actor);
            for (var label : propagated.all()) {
                if (label.originIds().stream().anyMatch(touched::contains)) {
                    reindex.add(label.entityId());
                }
            }
            long propagatedAt = System.nanoTime();
            index.update(reindex, catalog, generation());
            LOG.info("Pushed changes applied to {} entities: propagated labels stored in {} ms, {} documents"
                    + " reindexed in {} ms", touched.size(), (propagatedAt - started) / 1_000_000, reindex.size(),
                    (System.nanoTime() - propagatedAt) / 1_000_000);
        }
        changes.fireChanged();
        listeners.forEach(WorkspaceListener::catalogChanged);
    }

    private long generation() {
        return database.read(connection -> Long.parseLong(WorkspaceInfo.get(connection, GENERATION).orElse("0")));
    }

    /** Rebuilds the search index from the database, e.g. after the index folder was lost. */
    public void rebuildSearchIndex(ProgressMonitor monitor) {
        index.rebuild(catalog, generation(), monitor);
    }

    @Override
    public void close() {
        closeIndex();
        database.close();
    }

    /** Closes the workspace and compacts its database file; worth it after a large import, takes seconds. */
    public void closeCompacted() {
        closeIndex();
        long started = System.nanoTime();
        database.closeCompacted();
        LOG.info("Compacted {} in {} ms", directory().map(Path::toString).orElse(name),
                (System.nanoTime() - started) / 1_000_000);
    }

    private void closeIndex() {
        try {
            index.close();
        } catch (Exception e) {
            LOG.warn("Closing the search index failed", e);
        }
    }

    static final class WorkspaceInfo {
        private WorkspaceInfo() {
        }

        static Optional<String> get(java.sql.Connection connection, String key) throws SQLException {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT info_value FROM workspace_info WHERE info_key = ?")) {
                query.setString(1, key);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        }

        static void put(java.sql.Connection connection, String key, String value) throws SQLException {
            try (PreparedStatement merge = connection.prepareStatement(
                    "MERGE INTO workspace_info (info_key, info_value) KEY (info_key) VALUES (?, ?)")) {
                merge.setString(1, key);
                merge.setString(2, value);
                merge.executeUpdate();
            }
        }
    }
}
