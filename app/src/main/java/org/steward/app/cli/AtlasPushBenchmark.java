package org.steward.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.steward.app.Connectors;
import org.steward.model.catalog.EntityType;
import org.steward.model.change.ClassificationAdded;
import org.steward.model.identity.Role;
import org.steward.model.ingest.CatalogBatch;
import org.steward.model.ingest.EntityRecord;
import org.steward.model.platform.MemorySecretStore;
import org.steward.model.platform.PlatformAuth;
import org.steward.model.platform.PlatformEndpoint;
import org.steward.model.push.PushListener;
import org.steward.model.push.PushResult;
import org.steward.model.push.PushState;
import org.steward.model.push.PushTarget;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.workspace.Workspace;

/**
 * Pushes 1,000 approved classification changes (one change set, a steward's, approved by a reviewer) from a
 * workspace on disk to a local stub: the full path of {@code steward push}, with reads before writes, durable
 * in-flight states, bulk classification calls and the audit trail.
 */
final class AtlasPushBenchmark implements AtlasBenchPart {
    static final int CHANGES = 1_000;
    static final int BATCH_SIZE = 100;
    private static final String LABEL = "PII";

    @Override
    public String name() {
        return "push";
    }

    @Override
    public void run(Options options, PrintWriter out) throws Exception {
        AtlasPushStub stub = new AtlasPushStub();
        Path folder = Files.createTempDirectory(options.dir(), "steward-bench-push");
        try (AtlasStubServer server = new AtlasStubServer(stub::answer);
             Workspace workspace = Workspace.create(folder.resolve("workspace"), "bench-push")) {
            long set = prepare(workspace, stub);
            MemorySecretStore secrets = new MemorySecretStore();
            secrets.put(PlatformEndpoint.secretRefFor("bench"), "bench".toCharArray());
            PushTarget target = Connectors.pushTargets(secrets).open(PlatformEndpoint.atlas("bench",
                    server.baseUrl(), new PlatformAuth.Basic("admin", PlatformEndpoint.secretRefFor("bench"))));
            long start = System.nanoTime();
            PushResult result = workspace.pushEngine(BATCH_SIZE).push(set, target, "ben", PushListener.NONE,
                    () -> false);
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf("atlas push: %,d approved classification changes from a workspace on disk to a local stub,"
                    + " batches of %d%n", CHANGES, BATCH_SIZE);
            out.printf("  push:     %.2f s (target < 30 s) = %,.0f changes/s; %s, %,d applied, %,d failed%n", seconds,
                    CHANGES / seconds, result.status().map(s -> s.label()).orElse("cancelled"),
                    result.count(PushState.APPLIED), result.count(PushState.FAILED));
            out.printf("  requests: %,d (%,d bulk reads, %,d bulk classification writes); %,d entities on the stub"
                    + " carry %s%n", result.requests(), stub.reads(), stub.writes(), stub.classified(LABEL), LABEL);
            out.flush();
        } finally {
            deleteTree(folder);
        }
    }

    private static long prepare(Workspace workspace, AtlasPushStub stub) {
        List<EntityRecord> entities = new ArrayList<>();
        for (int i = 0; i < CHANGES; i++) {
            String name = "bench.sales.customers_" + i + "@prod";
            entities.add(EntityRecord.builder(EntityType.DATASET, name).subtype("hive_table").build());
            stub.add(name);
        }
        workspace.ingest(new CatalogBatch("bench:push", List.of(), List.of(), List.of(), entities, List.of(),
                List.of()), "bench", ProgressMonitor.NONE);
        workspace.users().enrollFirst("admin");
        workspace.users().save("admin", "ana", Set.of(Role.STEWARD));
        workspace.users().save("admin", "ben", Set.of(Role.REVIEWER));
        long set = 0;
        for (EntityRecord entity : entities) {
            long id = workspace.catalog().entityByQualifiedName(entity.qualifiedName()).orElseThrow().id();
            set = workspace.changes().propose(new ClassificationAdded(id, LABEL), "ana").changeSetId();
        }
        workspace.review().submit(set, "ana");
        workspace.review().approve(set, "ben", "bench");
        return set;
    }

    private static void deleteTree(Path folder) throws java.io.IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
