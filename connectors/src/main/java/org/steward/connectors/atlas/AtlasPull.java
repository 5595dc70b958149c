package org.steward.connectors.atlas;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.steward.connectors.atlas.client.AtlasEndpoint;
import org.steward.connectors.atlas.client.AtlasException;
import org.steward.connectors.atlas.client.AtlasFailure;
import org.steward.connectors.atlas.client.AtlasResponse;
import org.steward.connectors.atlas.client.AtlasSession;
import org.steward.connectors.importing.BatchCollector;
import org.steward.connectors.importing.JsonTree;
import org.steward.model.ingest.CatalogBatch;
import org.steward.model.ingest.IngestResult;
import org.steward.model.platform.PullRequest;
import org.steward.model.platform.PullResult;
import org.steward.model.platform.PulledState;
import org.steward.model.platform.RemoteEntity;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.workspace.Workspace;

/**
 * One pull from Atlas into a workspace: type definitions (classification definitions merge into the taxonomy),
 * then per entity type a basic search page by page, each page's entities fetched in bulk (several requests in
 * flight) and mapped as the Atlas file importer maps them, then the lineage asked for. Everything goes through
 * {@link Workspace#ingestPull} in one transaction, with the remote guid, version and update time of every pulled
 * entity and the new high-water marks.
 */
final class AtlasPull {
    static final String TYPEDEFS_PATH = "/api/atlas/v2/types/typedefs";
    static final String BULK_PATH = "/api/atlas/v2/entity/bulk";
    static final String LINEAGE_PATH = "/api/atlas/v2/lineage/";
    static final int LINEAGE_DEPTH = 3;

    private final AtlasSession session;
    private final AtlasEndpoint endpoint;
    private final AtlasRetry retry;
    private final int pageSize;
    private final int bulkSize;
    private final Map<String, RemoteEntity> pulled = new LinkedHashMap<>();
    private final Map<String, Long> marks = new HashMap<>();
    private long httpNanos;
    private int pages;
    private int entities;
    private int definitions;

    AtlasPull(AtlasSession session, AtlasRetry retry, int pageSize, int bulkSize) {
        this.session = session;
        this.endpoint = session.endpoint();
        this.retry = retry;
        this.pageSize = pageSize;
        this.bulkSize = bulkSize;
    }

    PullResult run(Workspace workspace, PullRequest request, String actor, ProgressMonitor monitor) {
        long started = System.nanoTime();
        monitor.progress(0, 1, "Reading type definitions from " + endpoint.label());
        AtlasTypedefs typedefs = AtlasTypedefs.of(get(TYPEDEFS_PATH, monitor));
        List<String> types = types(request, typedefs);
        Map<String, Long> previous = request.full() ? Map.of() : workspace.remote().highWaterMarks(endpoint.name());
        Map<String, String> knownGuids = new HashMap<>();
        for (String qualifiedName : request.lineageOf()) {
            workspace.remote().find(endpoint.name(), qualifiedName)
                    .ifPresent(remote -> knownGuids.put(qualifiedName, remote.guid()));
        }
        String origin = "atlas:" + endpoint.name();
        IngestResult ingest = workspace.ingestPull(sink -> {
            definitions = typedefs.classifications().size();
            sink.accept(new CatalogBatch(origin, List.of(), List.of(), typedefs.classifications(), List.of(),
                    List.of(), List.of()));
            BatchCollector out = new BatchCollector(origin, sink);
            for (String type : types) {
                Long mark = previous.get(type);
                pullType(type, mark == null ? OptionalLong.empty() : OptionalLong.of(mark), out, monitor);
            }
            for (String qualifiedName : request.lineageOf()) {
                RemoteEntity remote = pulled.get(qualifiedName);
                String guid = remote != null ? remote.guid() : knownGuids.get(qualifiedName);
                if (guid == null) {
                    throw AtlasException.of(endpoint, null, AtlasFailure.NOT_FOUND, "cannot pull the lineage of "
                            + qualifiedName + ": it was not pulled from this endpoint; pull its type first", null);
                }
                pullLineage(guid, out, monitor);
            }
            out.flush();
        }, origin, actor, monitor, () -> new PulledState(endpoint.name(), List.copyOf(pulled.values()),
                Map.copyOf(marks)));
        long highWaterMark = marks.values().stream().mapToLong(Long::longValue).max().orElse(0);
        return new PullResult(endpoint.name(), entities, pages, definitions, !previous.isEmpty(), highWaterMark,
                ingest, httpNanos / 1_000_000, (System.nanoTime() - started) / 1_000_000);
    }

    private List<String> types(PullRequest request, AtlasTypedefs typedefs) {
        if (request.types().isEmpty()) {
            return typedefs.catalogTypes();
        }
        for (String type : request.types()) {
            if (!typedefs.entityTypes().containsKey(type)) {
                throw AtlasException.of(endpoint, null, AtlasFailure.NOT_FOUND, "there is no entity type '" + type
                        + "'; types Steward pulls there: " + String.join(", ", typedefs.catalogTypes()), null);
            }
            if (AtlasKind.of(type).entityType() == null) {
                throw AtlasException.of(endpoint, null, AtlasFailure.NOT_FOUND, "entity type '" + type
                        + "' is not a dataset, column or process type Steward can hold; use one of: "
                        + String.join(", ", typedefs.catalogTypes()), null);
            }
        }
        return request.types();
    }

    private void pullType(String type, OptionalLong since, BatchCollector out, ProgressMonitor monitor) {
        int offset = 0;
        long total = -1;
        while (true) {
            monitor.checkCancelled();
            AtlasSearchPage page = AtlasSearchPage.of(post(AtlasSearchPage.PATH,
                    AtlasSearchPage.request(type, since, offset, pageSize), monitor));
            pages++;
            total = Math.max(total, page.approximateCount());
            if (page.guids().isEmpty()) {
                return;
            }
            fetch(page.guids(), type, out, monitor);
            offset += page.guids().size();
            monitor.progress(offset, Math.max(total, offset), String.format("Pulling %s from %s: %,d", type,
                    endpoint.name(), offset));
            if (page.guids().size() < pageSize) {
                return;
            }
        }
    }

    private void fetch(List<String> guids, String type, BatchCollector out, ProgressMonitor monitor) {
        List<Pending> calls = new ArrayList<>();
        for (int from = 0; from < guids.size(); from += bulkSize) {
            String path = bulkPath(guids.subList(from, Math.min(guids.size(), from + bulkSize)));
            calls.add(new Pending(path, session.begin("GET", path, null)));
        }
        long waitStarted = System.nanoTime();
        List<AtlasResponse> responses = new ArrayList<>(calls.size());
        try {
            for (Pending pending : calls) {
                responses.add(awaitWithRetry(pending, monitor));
            }
        } finally {
            calls.forEach(pending -> pending.call().cancel());
            httpNanos += System.nanoTime() - waitStarted;
        }
        for (int index = 0; index < responses.size(); index++) {
            map(AtlasBody.parse(endpoint, calls.get(index).call().request(), responses.get(index)), type, out);
        }
    }

    /** A bulk request in flight and its path, to send again if it has to be retried. */
    private record Pending(String path, AtlasSession.Call call) {
    }

    private AtlasResponse awaitWithRetry(Pending pending, ProgressMonitor monitor) {
        boolean[] first = {true};
        return retry.run(() -> {
            if (first[0]) {
                first[0] = false;
                return pending.call().await(monitor);
            }
            return session.get(pending.path(), monitor);
        }, monitor);
    }

    private String bulkPath(List<String> guids) {
        return BULK_PATH + "?minExtInfo=true&" + guids.stream()
                .map(guid -> "guid=" + URLEncoder.encode(guid, StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private void map(JsonTree bulk, String type, BatchCollector out) {
        AtlasPayload payload = new AtlasPayload();
        List<AtlasObject> primary = new ArrayList<>();
        for (JsonTree entity : bulk.array("entities")) {
            AtlasObject object = AtlasObject.of(entity);
            payload.add(object);
            primary.add(object);
        }
        for (JsonTree referred : bulk.object("referredEntities").members().values()) {
            payload.refer(AtlasObject.of(referred));
        }
        new AtlasEntityMapper(payload, out).map();
        Instant now = Instant.now();
        for (AtlasObject object : primary) {
            if (object.kind().entityType() == null || object.guid() == null) {
                continue;
            }
            long updateTime = number(object.tree(), "updateTime");
            pulled.put(object.qualifiedName(), new RemoteEntity(object.qualifiedName(), endpoint.name(),
                    object.guid(), object.typeName(), updateTime, number(object.tree(), "version"), now));
            marks.merge(type, updateTime, Math::max);
            entities++;
        }
        out.flushIfFull();
    }

    private void pullLineage(String guid, BatchCollector out, ProgressMonitor monitor) {
        String path = LINEAGE_PATH + URLEncoder.encode(guid, StandardCharsets.UTF_8) + "?direction=BOTH&depth="
                + LINEAGE_DEPTH;
        JsonTree lineage = get(path, monitor);
        AtlasPayload payload = new AtlasPayload();
        for (JsonTree header : lineage.object("guidEntityMap").members().values()) {
            payload.refer(AtlasObject.of(header));
        }
        for (JsonTree relation : lineage.array("relations")) {
            payload.relation(relation.requiredText("fromEntityId"), relation.requiredText("toEntityId"));
        }
        new AtlasEntityMapper(payload, out).map();
        out.flushIfFull();
    }

    private static long number(JsonTree tree, String field) {
        JsonTree value = tree.get(field);
        return value.isPresent() && value.node().canConvertToLong() ? value.node().asLong() : 0;
    }

    private JsonTree get(String path, ProgressMonitor monitor) {
        return call("GET", path, null, monitor);
    }

    private JsonTree post(String path, byte[] body, ProgressMonitor monitor) {
        return call("POST", path, body, monitor);
    }

    private JsonTree call(String method, String path, byte[] body, ProgressMonitor monitor) {
        long started = System.nanoTime();
        try {
            AtlasResponse response = retry.run(() -> session.send(method, path, body, monitor), monitor);
            return AtlasBody.parse(endpoint, method + " " + stripQuery(path), response);
        } finally {
            httpNanos += System.nanoTime() - started;
        }
    }

    private static String stripQuery(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }
}
