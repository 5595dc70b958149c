package org.steward.connectors.atlas;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.steward.connectors.atlas.client.AtlasException;
import org.steward.connectors.atlas.client.AtlasFailure;
import org.steward.model.catalog.ClassificationAssignment;
import org.steward.model.catalog.EntityType;
import org.steward.model.platform.PullRequest;
import org.steward.model.platform.PullResult;
import org.steward.model.platform.RemoteEntity;
import org.steward.model.task.CancelledException;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.workspace.Workspace;

/** Pulls from WireMock playing Atlas with real recorded bodies and generated ones shaped like them. */
class AtlasPullTest {
    private static final String TABLE_GUID = "43d06265-3f0a-451d-a4ba-30d5ea99b1a6";
    private static final String COLUMN_GUID = "4fabaac3-9543-47a5-8c00-c44c81db3cac";
    private static final PullRequest TABLES = new PullRequest(List.of("hive_table"), false, List.of());

    private final AtlasStub atlas = new AtlasStub();
    private final Workspace workspace = Workspace.inMemory("pull");
    private final AtlasConnector connector = new AtlasConnector(atlas.secrets);

    @AfterEach
    void close() {
        workspace.close();
        atlas.close();
    }

    @Test
    void pullsRealEntitiesWithClassificationsAndMergesClassificationDefinitions() throws SQLException {
        atlas.typedefs();
        atlas.entities("hive_table", List.of(AtlasStub.recorded(TABLE_GUID)), 500);
        atlas.entities("hive_column", List.of(AtlasStub.recorded(COLUMN_GUID)), 500);

        PullResult result = connector.pull(workspace, atlas.endpoint(),
                new PullRequest(List.of("hive_table", "hive_column"), false, List.of()), "ana", ProgressMonitor.NONE);

        assertThat(result.entities()).isEqualTo(2);
        assertThat(result.incremental()).isFalse();
        var table = workspace.catalog().entityByQualifiedName("default.test_hive_table1@Sandbox").orElseThrow();
        assertThat(table.type()).isEqualTo(EntityType.DATASET);
        var column = workspace.catalog().entityByQualifiedName("default.test_hive_table1.location@Sandbox")
                .orElseThrow();
        assertThat(workspace.catalog().details(column.id()).orElseThrow().classifications())
                .extracting(ClassificationAssignment::classification).contains("Confidentiality");
        assertThat(definition("Confidentiality"))
                .isEqualTo("Defines the level of confidentiality of related data items.");
        RemoteEntity base = workspace.remote().find("test", "default.test_hive_table1.location@Sandbox")
                .orElseThrow();
        assertThat(base.guid()).isEqualTo(COLUMN_GUID);
        assertThat(base.typeName()).isEqualTo("hive_column");
        assertThat(base.updateTime()).isEqualTo(1579684056988L);
        assertThat(workspace.remote().highWaterMark("test", "hive_column")).hasValue(1579684056988L);
        assertThat(workspace.audit().latest(5)).anyMatch(event -> event.action().equals("platform.pulled"));
    }

    @Test
    void pullsEveryPage() {
        atlas.typedefs();
        atlas.entities("hive_table", AtlasStub.tables(1234, 1_700_000_000_000L), 500);

        PullResult result = new AtlasConnector(atlas.secrets, AtlasRetry.standard(), 500)
                .pull(workspace, atlas.endpoint(), TABLES, "ana", ProgressMonitor.NONE);

        assertThat(result.entities()).isEqualTo(1234);
        assertThat(result.pages()).isEqualTo(3);
        assertThat(workspace.stats().count(EntityType.DATASET)).isEqualTo(1234);
        assertThat(workspace.remote().count("test")).isEqualTo(1234);
        atlas.server.verify(3, postRequestedFor(urlEqualTo(AtlasSearchPage.PATH)));
        atlas.server.verify(13, getRequestedFor(urlPathMatching(AtlasPull.BULK_PATH)));
    }

    @Test
    void laterPullsAskOnlyForEntitiesUpdatedSinceTheHighWaterMark() {
        atlas.typedefs();
        List<JsonNode> tables = AtlasStub.tables(3, 1_700_000_000_000L);
        atlas.entities("hive_table", tables, 500);
        connector.pull(workspace, atlas.endpoint(), TABLES, "ana", ProgressMonitor.NONE);
        assertThat(workspace.remote().highWaterMark("test", "hive_table")).hasValue(1_700_000_000_002L);

        ObjectNode changed = ((ObjectNode) tables.get(2)).deepCopy();
        changed.put("updateTime", 1_700_000_900_000L).put("version", 2);
        ((ObjectNode) changed.get("attributes")).put("description", "changed remotely");
        atlas.server.resetAll();
        atlas.typedefs();
        atlas.entities("hive_table", List.of(changed), 500);
        PullResult second = connector.pull(workspace, atlas.endpoint(), TABLES, "ana", ProgressMonitor.NONE);

        assertThat(second.incremental()).isTrue();
        assertThat(second.entities()).isEqualTo(1);
        atlas.server.verify(postRequestedFor(urlEqualTo(AtlasSearchPage.PATH))
                .withRequestBody(containing("__modificationTimestamp"))
                .withRequestBody(containing("1700000000002")));
        assertThat(workspace.catalog().entityByQualifiedName("sales.t2@cl1").orElseThrow().description())
                .isEqualTo("changed remotely");
        assertThat(workspace.remote().find("test", "sales.t2@cl1").orElseThrow().version()).isEqualTo(2);
        assertThat(workspace.remote().highWaterMark("test", "hive_table")).hasValue(1_700_000_900_000L);
        assertThat(workspace.stats().count(EntityType.DATASET)).isEqualTo(3);
    }

    @Test
    void fullPullIgnoresTheHighWaterMark() {
        atlas.typedefs();
        atlas.entities("hive_table", AtlasStub.tables(2, 1_700_000_000_000L), 500);
        connector.pull(workspace, atlas.endpoint(), TABLES, "ana", ProgressMonitor.NONE);
        PullResult full = connector.pull(workspace, atlas.endpoint(),
                new PullRequest(List.of("hive_table"), true, List.of()), "ana", ProgressMonitor.NONE);
        assertThat(full.incremental()).isFalse();
        assertThat(full.entities()).isEqualTo(2);
        assertThat(full.ingest().changedAnything()).isFalse();
    }

    @Test
    void rejectedCredentialsSayWhichEndpointAndLeaveTheWorkspaceAlone() {
        atlas.server.stubFor(get(urlEqualTo(AtlasPull.TYPEDEFS_PATH)).willReturn(aResponse().withStatus(401)
                .withBody("{\"errorCode\":\"ATLAS-401-00-001\",\"errorMessage\":\"Authentication failed\"}")));

        assertThatThrownBy(() -> connector.pull(workspace, atlas.endpoint(), TABLES, "ana", ProgressMonitor.NONE))
                .isInstanceOfSatisfying(AtlasException.class, e -> {
                    assertThat(e.failure()).isEqualTo(AtlasFailure.CREDENTIALS_REJECTED);
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.errorCode()).isEqualTo("ATLAS-401-00-001");
                })
                .hasMessageContaining("Atlas \"test\" (" + atlas.server.baseUrl() + ")")
                .hasMessageContaining("credentials rejected (HTTP 401) on GET /api/atlas/v2/types/typedefs")
                .hasMessageNotContaining(AtlasStub.PASSWORD);
        assertThat(workspace.stats().totalEntities()).isZero();
    }

    @Test
    void notFoundNamesTheAtlasErrorCode() {
        atlas.typedefs();
        atlas.entities("hive_table", AtlasStub.tables(1, 1L), 500);
        atlas.server.stubFor(get(urlPathMatching(AtlasPull.BULK_PATH)).willReturn(aResponse().withStatus(404)
                .withBody("{\"errorCode\":\"ATLAS-404-00-005\",\"errorMessage\":\"Given instance guid"
                        + " 00000000-0000-4000-8000-000000000000 is invalid/not found\"}")));

        assertThatThrownBy(() -> connector.pull(workspace, atlas.endpoint(), TABLES, "ana", ProgressMonitor.NONE))
                .isInstanceOf(AtlasException.class)
                .hasMessageContaining("not found (HTTP 404) on GET /api/atlas/v2/entity/bulk: ATLAS-404-00-005"
                        + " Given instance guid");
        assertThat(workspace.stats().totalEntities()).isZero();
    }

    @Test
    void unknownTypeIsRefusedWithTheTypesThatExist() {
        atlas.typedefs();
        assertThatThrownBy(() -> connector.pull(workspace, atlas.endpoint(),
                new PullRequest(List.of("hive_tabel"), false, List.of()), "ana", ProgressMonitor.NONE))
                .hasMessageContaining("no entity type 'hive_tabel'").hasMessageContaining("hive_table");
    }

    @Test
    void rateLimitedRequestsAreRetriedAfterRetryAfter() {
        atlas.typedefs();
        atlas.entities("hive_table", AtlasStub.tables(2, 1L), 500);
        atlas.server.stubFor(get(urlEqualTo(AtlasPull.TYPEDEFS_PATH)).inScenario("busy")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("calm")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));

        long started = System.nanoTime();
        PullResult result = connector.pull(workspace, atlas.endpoint(), TABLES, "ana", ProgressMonitor.NONE);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(result.entities()).isEqualTo(2);
        atlas.server.verify(2, getRequestedFor(urlEqualTo(AtlasPull.TYPEDEFS_PATH)));
    }

    @Test
    void rateLimitingThatDoesNotEndFailsAfterBoundedRetries() {
        atlas.server.stubFor(get(urlEqualTo(AtlasPull.TYPEDEFS_PATH))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")));

        assertThatThrownBy(() -> connector.pull(workspace, atlas.endpoint(), TABLES, "ana", ProgressMonitor.NONE))
                .isInstanceOfSatisfying(AtlasException.class,
                        e -> assertThat(e.failure()).isEqualTo(AtlasFailure.RATE_LIMITED))
                .hasMessageContaining("too many requests (HTTP 429)").hasMessageContaining("Retry-After 0 s");
        atlas.server.verify(4, getRequestedFor(urlEqualTo(AtlasPull.TYPEDEFS_PATH)));
    }

    @Test
    void aBurstOfServerErrorsIsRetried() {
        atlas.typedefs();
        List<JsonNode> tables = AtlasStub.tables(3, 1L);
        atlas.entities("hive_table", tables, 500);
        String bulk = AtlasStub.bulkPath(tables);
        atlas.server.stubFor(get(urlEqualTo(bulk)).inScenario("burst").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("second").willReturn(aResponse().withStatus(500).withBody("boom")));
        atlas.server.stubFor(get(urlEqualTo(bulk)).inScenario("burst").whenScenarioStateIs("second")
                .willSetStateTo("over").willReturn(aResponse().withStatus(503).withBody("<html>busy</html>")));
        atlas.server.stubFor(get(urlEqualTo(bulk)).inScenario("burst").whenScenarioStateIs("over")
                .willReturn(AtlasStub.json(AtlasStub.bulk(tables))));

        PullResult result = connector.pull(workspace, atlas.endpoint(), TABLES, "ana", ProgressMonitor.NONE);

        assertThat(result.entities()).isEqualTo(3);
        atlas.server.verify(3, getRequestedFor(urlEqualTo(bulk)));
    }

    @Test
    void serverErrorsThatDoNotEndFailWithTheStatusAndLeaveTheWorkspaceAlone() {
        atlas.typedefs();
        atlas.entities("hive_table", AtlasStub.tables(700, 1L), 500);
        atlas.server.stubFor(get(urlEqualTo(AtlasStub.bulkPath(AtlasStub.tables(700, 1L).subList(600, 700))))
                .willReturn(aResponse().withStatus(500).withBody("{\"errorCode\":\"ATLAS-500-00-001\","
                        + "\"errorMessage\":\"Internal server error\"}")));

        assertThatThrownBy(() -> connector.pull(workspace, atlas.endpoint(), TABLES, "ana", ProgressMonitor.NONE))
                .hasMessageContaining("server error (HTTP 500)").hasMessageContaining("ATLAS-500-00-001");
        assertThat(workspace.stats().totalEntities()).isZero();
        assertThat(workspace.remote().count("test")).isZero();
    }

    @Test
    void aHungServerEndsInAReadTimeoutAndChangesNothing() {
        atlas.typedefs();
        atlas.entities("hive_table", AtlasStub.tables(2, 1L), 500);
        atlas.server.stubFor(get(urlPathMatching(AtlasPull.BULK_PATH)).willReturn(AtlasStub.json(
                AtlasStub.bulk(AtlasStub.tables(2, 1L))).withFixedDelay(30_000)));

        long started = System.nanoTime();
        assertThatThrownBy(() -> connector.pull(workspace, atlas.endpoint(Duration.ofSeconds(1)), TABLES, "ana",
                ProgressMonitor.NONE))
                .isInstanceOfSatisfying(AtlasException.class,
                        e -> assertThat(e.failure()).isEqualTo(AtlasFailure.READ_TIMEOUT))
                .hasMessageContaining("no answer within the read timeout").hasMessageContaining("waited 1 s");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(workspace.stats().totalEntities()).isZero();
    }

    @Test
    void cancelWhileTheServerHangsEndsThePullAtOnce() {
        atlas.typedefs();
        atlas.entities("hive_table", AtlasStub.tables(2, 1L), 500);
        atlas.server.stubFor(get(urlPathMatching(AtlasPull.BULK_PATH)).willReturn(AtlasStub.json(
                AtlasStub.bulk(AtlasStub.tables(2, 1L))).withFixedDelay(30_000)));
        AtomicBoolean cancelled = new AtomicBoolean();
        ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        new Thread(() -> {
            sleep(500);
            cancelled.set(true);
        }).start();

        long started = System.nanoTime();
        assertThatThrownBy(() -> connector.pull(workspace, atlas.endpoint(), TABLES, "ana", monitor))
                .isInstanceOf(CancelledException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(workspace.stats().totalEntities()).isZero();
    }

    @Test
    void aMalformedBodyNamesTheRequestAndChangesNothing() {
        atlas.typedefs();
        atlas.entities("hive_table", AtlasStub.tables(2, 1L), 500);
        atlas.server.stubFor(get(urlPathMatching(AtlasPull.BULK_PATH)).willReturn(aResponse().withStatus(200)
                .withBody("{\"entities\": [{\"typeName\": \"hive_table\", \"guid\": ")));

        assertThatThrownBy(() -> connector.pull(workspace, atlas.endpoint(), TABLES, "ana", ProgressMonitor.NONE))
                .isInstanceOfSatisfying(AtlasException.class,
                        e -> assertThat(e.failure()).isEqualTo(AtlasFailure.MALFORMED))
                .hasMessageContaining("malformed response on GET /api/atlas/v2/entity/bulk")
                .hasMessageContaining("not valid JSON");
        assertThat(workspace.stats().totalEntities()).isZero();
    }

    @Test
    void anEntityWithoutQualifiedNameIsReportedWithItsPath() {
        atlas.typedefs();
        List<JsonNode> tables = new ArrayList<>(AtlasStub.tables(2, 1L));
        ((ObjectNode) tables.get(1).get("attributes")).remove("qualifiedName");
        atlas.entities("hive_table", tables, 500);

        assertThatThrownBy(() -> connector.pull(workspace, atlas.endpoint(), TABLES, "ana", ProgressMonitor.NONE))
                .hasMessageContaining("GET /api/atlas/v2/entity/bulk")
                .hasMessageContaining("$.entities[1]").hasMessageContaining("needs attributes.qualifiedName");
        assertThat(workspace.stats().totalEntities()).isZero();
    }

    @Test
    void pullsTheLineageOfChosenEntities() {
        atlas.typedefs();
        List<JsonNode> tables = AtlasStub.tables(2, 1L);
        atlas.entities("hive_table", tables, 500);
        JsonNode lineage = AtlasStub.fixture("fixtures/atlas/apache-atlas/repository/src/test/resources/json/"
                + "entities/table-lineage.json");
        ObjectNode response = AtlasStub.JSON.createObjectNode();
        response.put("baseEntityGuid", tables.get(0).get("guid").asText());
        response.put("lineageDirection", "BOTH");
        ObjectNode map = response.putObject("guidEntityMap");
        ObjectNode t0 = map.putObject(tables.get(0).get("guid").asText());
        t0.put("guid", tables.get(0).get("guid").asText()).put("typeName", "hive_table");
        t0.putObject("attributes").put("qualifiedName", "sales.t0@cl1").put("name", "t0");
        ObjectNode process = map.putObject("p-1");
        process.put("guid", "p-1").put("typeName", "hive_process");
        process.putObject("attributes").put("qualifiedName", "sales.load_t9@cl1").put("name", "load_t9");
        ObjectNode t9 = map.putObject("t-9");
        t9.put("guid", "t-9").put("typeName", "hive_table");
        t9.putObject("attributes").put("qualifiedName", "sales.t9@cl1").put("name", "t9");
        response.putArray("relations").add(AtlasStub.JSON.createObjectNode().put("fromEntityId",
                tables.get(0).get("guid").asText()).put("toEntityId", "p-1"))
                .add(AtlasStub.JSON.createObjectNode().put("fromEntityId", "p-1").put("toEntityId", "t-9"));
        assertThat(lineage).isNotNull();
        atlas.server.stubFor(get(urlEqualTo(AtlasPull.LINEAGE_PATH + tables.get(0).get("guid").asText()
                + "?direction=BOTH&depth=3")).willReturn(AtlasStub.json(response)));

        connector.pull(workspace, atlas.endpoint(), new PullRequest(List.of("hive_table"), false,
                List.of("sales.t0@cl1")), "ana", ProgressMonitor.NONE);

        assertThat(workspace.stats().datasetLineageEdges()).isEqualTo(2);
        assertThat(workspace.catalog().entityByQualifiedName("sales.t0@cl1").orElseThrow().description())
                .isEqualTo("table 0");
        assertThat(workspace.catalog().entityByQualifiedName("sales.t9@cl1")).isPresent();
    }

    @Test
    void atlasClassificationDefinitionsKeepTheSensitivityOfTheLocalTaxonomy() throws SQLException {
        workspace.ingest(new org.steward.model.ingest.CatalogBatch("taxonomy", List.of(), List.of(),
                List.of(new org.steward.model.ingest.ClassificationDefinitionRecord("Confidentiality", "", "", 3)),
                List.of(), List.of(), List.of()), "ana", ProgressMonitor.NONE);
        atlas.typedefs();
        atlas.entities("hive_table", List.of(), 500);

        PullResult result = connector.pull(workspace, atlas.endpoint(), TABLES, "ana", ProgressMonitor.NONE);

        assertThat(result.classificationDefinitions()).isGreaterThan(10);
        assertThat(definition("Confidentiality"))
                .isEqualTo("Defines the level of confidentiality of related data items.");
        try (Connection connection = DriverManager.getConnection(workspace.jdbcUrl(), "sa", "");
             var query = connection.prepareStatement(
                     "SELECT sensitivity FROM classification_def WHERE name = 'Confidentiality'");
             ResultSet rs = query.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(3);
        }
    }

    @Test
    void aBearerTokenIsSentAsAuthorizationBearer() {
        atlas.typedefs();
        atlas.entities("hive_table", AtlasStub.tables(1, 1L), 500);
        atlas.secrets.put("platform/token", "tok-123".toCharArray());
        var endpoint = org.steward.model.platform.PlatformEndpoint.atlas("test", java.net.URI.create(
                atlas.server.baseUrl()), new org.steward.model.platform.PlatformAuth.Bearer("platform/token"));

        connector.pull(workspace, endpoint, TABLES, "ana", ProgressMonitor.NONE);

        atlas.server.verify(getRequestedFor(urlEqualTo(AtlasPull.TYPEDEFS_PATH))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                        "Bearer tok-123")));
    }

    private String definition(String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(workspace.jdbcUrl(), "sa", "");
             var query = connection.prepareStatement("SELECT description FROM classification_def WHERE name = ?")) {
            query.setString(1, name);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
