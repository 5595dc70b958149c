package org.steward.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.steward.connectors.atlas.AtlasConnector;
import org.steward.model.platform.MemorySecretStore;
import org.steward.model.platform.PlatformAuth;
import org.steward.model.platform.PlatformEndpoint;
import org.steward.model.platform.PullRequest;
import org.steward.model.platform.PullResult;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.workspace.Workspace;

/**
 * Pulls the generated entities of {@link AtlasBenchData} from a local stub into a new workspace on disk (the full
 * path: HTTP, JSON, mapping, ingestion, search index, remote bases), then pulls again incrementally.
 */
final class AtlasPullBenchmark implements AtlasBenchPart {

    @Override
    public String name() {
        return "pull";
    }

    @Override
    public void run(Options options, PrintWriter out) throws Exception {
        AtlasBenchData data = new AtlasBenchData(options.entities());
        MemorySecretStore secrets = new MemorySecretStore();
        secrets.put(PlatformEndpoint.secretRefFor("bench"), "bench".toCharArray());
        Path folder = Files.createTempDirectory(options.dir(), "steward-bench-atlas");
        try (AtlasStubServer server = new AtlasStubServer(data::answer);
             Workspace workspace = Workspace.create(folder.resolve("workspace"), "bench-atlas")) {
            PlatformEndpoint endpoint = PlatformEndpoint.atlas("bench", server.baseUrl(),
                    new PlatformAuth.Basic("admin", PlatformEndpoint.secretRefFor("bench")));
            AtlasConnector connector = AtlasConnector.withPaging(secrets, options.pageSize());
            PullRequest request = new PullRequest(List.of(), false, List.of());
            PullResult full = connector.pull(workspace, endpoint, request, "bench", ProgressMonitor.NONE);
            out.printf("atlas pull: %,d entities (hive_table and hive_column) from a local stub into a new workspace,"
                    + " pages of %,d, %,d guids per bulk request%n", full.entities(), options.pageSize(),
                    AtlasConnector.BULK_SIZE);
            out.printf("  full pull:        %.2f s = %,.0f entities/s (%,d inserted, %,d classifications, %,d pages)%n",
                    full.totalMillis() / 1000.0, full.entitiesPerSecond(), full.ingest().inserted(),
                    full.ingest().classificationsAdded(), full.pages());
            out.printf("  waiting for HTTP: %.2f s (the stub generates each page as it is asked for); mapping and"
                    + " writing, overlapped with it: %.2f s in the workspace transaction%n", full.httpMillis() / 1000.0,
                    full.ingest().millis() / 1000.0);
            PullResult again = connector.pull(workspace, endpoint, request, "bench", ProgressMonitor.NONE);
            out.printf("  incremental pull right after: %.2f s, %,d entities asked for (updated since the high-water"
                    + " mark), %,d changed%n", again.totalMillis() / 1000.0, again.entities(),
                    again.ingest().inserted() + again.ingest().updated());
            out.flush();
        } finally {
            deleteTree(folder);
        }
    }

    private static void deleteTree(Path folder) throws java.io.IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
