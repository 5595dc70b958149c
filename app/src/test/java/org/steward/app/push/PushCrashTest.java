package org.steward.app.push;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.connectors.atlas.push.testing.FakeAtlas;
import org.steward.model.catalog.EntityType;
import org.steward.model.change.ChangeSetStatus;
import org.steward.model.change.ClassificationAdded;
import org.steward.model.change.DescriptionChange;
import org.steward.model.identity.Role;
import org.steward.model.ingest.CatalogBatch;
import org.steward.model.ingest.EntityRecord;
import org.steward.model.push.PushRecord;
import org.steward.model.push.PushState;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.workspace.Workspace;

/**
 * Kills {@code steward push} with the equivalent of {@code kill -9} in the middle of pushing 200 approved changes to a
 * slow Atlas, pushes again, and checks from WireMock's request journal that every change reached Atlas exactly once.
 */
class PushCrashTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ENTITIES = 100;
    private static final int KILL_AFTER_REQUESTS = 40;

    private final FakeAtlas atlas = new FakeAtlas();
    private final WireMockServer server = new WireMockServer(options().dynamicPort().extensions(atlas)
            .containerThreads(20));

    @TempDir
    Path temp;

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aPushKilledMidwayAndRestartedAppliesEveryChangeExactlyOnce() throws Exception {
        server.start();
        server.stubFor(any(urlMatching("/api/atlas/.*"))
                .willReturn(aResponse().withTransformers(FakeAtlas.NAME).withFixedDelay(25)));
        Path directory = temp.resolve("workspace");
        Map<String, String> guids = new HashMap<>();
        long set = prepare(directory, guids);

        Process first = start(directory);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (server.getAllServeEvents().size() < KILL_AFTER_REQUESTS && first.isAlive()
                && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(first.isAlive()).as("the first push was still running when killed").isTrue();
        first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        int requestsBeforeKill = server.getAllServeEvents().size();
        try (Workspace open = Workspace.open(directory)) {
            List<PushRecord> records = open.pushes().forSet(set);
            assertThat(records).extracting(PushRecord::state).doesNotContain(PushState.FAILED)
                    .anyMatch(state -> state != PushState.APPLIED);
            assertThat(open.review().changeSet(set).orElseThrow().status()).isEqualTo(ChangeSetStatus.APPROVED);
        }

        Process second = start(directory);
        assertThat(second.waitFor(25, TimeUnit.SECONDS)).isTrue();
        String output = new String(second.getInputStream().readAllBytes());
        assertThat(second.exitValue()).as(output + new String(second.getErrorStream().readAllBytes())).isZero();
        assertThat(output).contains("pushed — 200 applied");

        Map<String, Integer> classified = new HashMap<>();
        Map<String, Integer> described = new HashMap<>();
        for (LoggedRequest request : chronological()) {
            String url = request.getUrl();
            String method = request.getMethod().getName();
            if (method.equals("POST") && url.equals("/api/atlas/v2/entity/bulk/classification")) {
                for (JsonNode guid : JSON.readTree(request.getBodyAsString()).path("entityGuids")) {
                    classified.merge(guid.asText(), 1, Integer::sum);
                }
            } else if (method.equals("POST") && url.endsWith("/classifications")) {
                classified.merge(url.split("/")[6], 1, Integer::sum);
            } else if (method.equals("PUT") && url.endsWith("?name=description")) {
                described.merge(url.substring(url.lastIndexOf('/') + 1, url.indexOf('?')), 1, Integer::sum);
            } else {
                assertThat(method).as("only reads besides the pushed changes: " + url).isEqualTo("GET");
            }
        }
        assertThat(classified.keySet()).containsExactlyInAnyOrderElementsOf(guids.values());
        assertThat(classified.values()).containsOnly(1);
        assertThat(described.keySet()).containsExactlyInAnyOrderElementsOf(guids.values());
        assertThat(described.values()).containsOnly(1);
        for (Map.Entry<String, String> entity : guids.entrySet()) {
            assertThat(atlas.classifications(entity.getValue())).containsExactly("PII");
            assertThat(atlas.entity(entity.getValue()).path("attributes").path("description").asText())
                    .isEqualTo("Reviewed: " + entity.getKey());
        }
        assertThat(server.getAllServeEvents().size()).isGreaterThan(requestsBeforeKill);
        try (Workspace open = Workspace.open(directory)) {
            assertThat(open.pushes().forSet(set)).hasSize(200).extracting(PushRecord::state)
                    .containsOnly(PushState.APPLIED);
            assertThat(open.review().changeSet(set).orElseThrow().status()).isEqualTo(ChangeSetStatus.PUSHED);
            assertThat(open.audit().verify().intact()).isTrue();
        }
    }

    private long prepare(Path directory, Map<String, String> guids) {
        List<EntityRecord> entities = new ArrayList<>();
        for (int i = 0; i < ENTITIES; i++) {
            String name = "sales.public.table_" + i + "@pg";
            entities.add(EntityRecord.builder(EntityType.DATASET, name).subtype("hive_table")
                    .description("Table " + i).build());
            guids.put(name, atlas.add("hive_table", name, Map.of("description", "Table " + i)));
        }
        try (Workspace workspace = Workspace.create(directory, "crash")) {
            workspace.ingest(new CatalogBatch("test:crash", List.of(), List.of(), List.of(), entities, List.of(),
                    List.of()), "test", ProgressMonitor.NONE);
            workspace.users().enrollFirst("admin");
            workspace.users().save("admin", "ana", Set.of(Role.STEWARD));
            workspace.users().save("admin", "ben", Set.of(Role.REVIEWER));
            long set = 0;
            for (int i = 0; i < ENTITIES; i++) {
                String name = "sales.public.table_" + i + "@pg";
                long id = workspace.catalog().entityByQualifiedName(name).orElseThrow().id();
                workspace.changes().propose(new ClassificationAdded(id, "PII"), "ana");
                set = workspace.changes().propose(new DescriptionChange(id, "Table " + i, "Reviewed: " + name), "ana")
                        .changeSetId();
            }
            workspace.review().submit(set, "ana");
            workspace.review().approve(set, "ben", "fine");
            return set;
        }
    }

    private Process start(Path directory) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"),
                "org.steward.app.Launcher", "push", "--workspace", directory.toString(),
                "--url", server.baseUrl(), "--user", "admin", "--as", "ben", "--batch-size", "20");
        builder.environment().put("STEWARD_HOME", Files.createDirectories(temp.resolve("home")).toString());
        builder.environment().put("STEWARD_PLATFORM_SECRET", "admin");
        return builder.start();
    }

    private List<LoggedRequest> chronological() {
        List<LoggedRequest> requests = new ArrayList<>(server.getAllServeEvents().stream()
                .map(event -> event.getRequest()).toList());
        java.util.Collections.reverse(requests);
        return requests;
    }
}
