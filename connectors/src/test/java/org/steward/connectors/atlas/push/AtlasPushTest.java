package org.steward.connectors.atlas.push;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.steward.model.change.ChangeSetStatus;
import org.steward.model.change.ClassificationAdded;
import org.steward.model.change.ClassificationRemoved;
import org.steward.model.change.DescriptionChange;
import org.steward.model.change.GlossaryTermsChange;
import org.steward.model.change.LineageEdgeAdded;
import org.steward.model.change.OwnerChange;
import org.steward.model.change.ProcessAdded;
import org.steward.model.change.ProposedChange;
import org.steward.model.push.CircuitBreaker;
import org.steward.model.push.ConflictResolver;
import org.steward.model.push.PushRecord;
import org.steward.model.push.PushResult;
import org.steward.model.push.PushState;
import org.steward.model.push.RetryPolicy;
import org.steward.model.testing.TestCatalogs;

class AtlasPushTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CUSTOMERS_ID_COLUMN = "shop.public.customers.customer_id@pg";

    @Test
    void classificationsOfManyEntitiesGoInOneBulkCall() throws Exception {
        try (PushFixture f = new PushFixture()) {
            String customers = f.onAtlas(TestCatalogs.CUSTOMERS);
            String orders = f.onAtlas(TestCatalogs.ORDERS);
            String column = f.onAtlas(CUSTOMERS_ID_COLUMN);
            long set = f.approved(
                    new ClassificationAdded(f.id(TestCatalogs.CUSTOMERS), "PII"),
                    new ClassificationAdded(f.id(TestCatalogs.ORDERS), "PII"),
                    new ClassificationAdded(f.id(CUSTOMERS_ID_COLUMN), "PII"));

            PushResult result = f.push(set);

            assertThat(result.status()).contains(ChangeSetStatus.PUSHED);
            assertThat(result.count(PushState.APPLIED)).isEqualTo(3);
            var bulk = f.requests("POST", "/api/atlas/v2/entity/bulk/classification");
            assertThat(bulk).hasSize(1);
            JsonNode body = JSON.readTree(bulk.get(0).getBodyAsString());
            assertThat(body.path("classification").path("typeName").asText()).isEqualTo("PII");
            assertThat(body.path("classification").path("propagate").asBoolean()).isTrue();
            assertThat(body.path("entityGuids")).extracting(JsonNode::asText)
                    .containsExactlyInAnyOrder(customers, orders, column);
            assertThat(f.mutations()).hasSize(1);
            assertThat(f.atlas.classifications(column)).containsExactly("PII");
            assertThat(f.workspace.audit().latest(50)).extracting(e -> e.action())
                    .contains("push.started", "push.sending", "push.applied", "changeset.pushed");
        }
    }

    @Test
    void everyKindOfChangeBecomesTheMatchingAtlasCall() throws Exception {
        try (PushFixture f = new PushFixture()) {
            String customers = f.onAtlas(TestCatalogs.CUSTOMERS);
            String orders = f.onAtlas(TestCatalogs.ORDERS);
            String stg = f.onAtlas(TestCatalogs.STG_CUSTOMERS);
            String column = f.onAtlas(CUSTOMERS_ID_COLUMN);
            f.atlas.add("AtlasGlossaryTerm", "Customer@glossary", Map.of());
            String email = f.atlas.add("AtlasGlossaryTerm", "EmailAddress@glossary", Map.of());
            long firstSet = f.approved(new ClassificationAdded(f.id(CUSTOMERS_ID_COLUMN), "Confidential"));
            f.push(firstSet);
            long set = f.approved(
                    new DescriptionChange(f.id(TestCatalogs.CUSTOMERS),
                            "One row per registered customer of the web shop.",
                            "Registered customers; one row each."),
                    new OwnerChange(f.id(TestCatalogs.ORDERS), "ben", "ana"),
                    new ClassificationRemoved(f.id(CUSTOMERS_ID_COLUMN), "Confidential", "not confidential"),
                    new ClassificationAdded(f.id(TestCatalogs.ORDERS), "GDPR", false, Map.of("basis", "contract"),
                            java.time.LocalDate.of(2026, 1, 1), null, "orders name customers"),
                    new GlossaryTermsChange(f.id(TestCatalogs.STG_CUSTOMERS), List.of(),
                            List.of("EmailAddress@glossary")),
                    new ProcessAdded("etl.orders_to_stg@steward", "orders to staging",
                            List.of(f.id(TestCatalogs.ORDERS)), List.of(f.id(TestCatalogs.STG_CUSTOMERS))),
                    new LineageEdgeAdded(f.id(TestCatalogs.CUSTOMERS), f.id(TestCatalogs.ORDERS), null));

            PushResult result = f.push(set);

            assertThat(f.workspace.pushes().forSet(set)).extracting(PushRecord::lastError).containsOnly("");
            assertThat(result.status()).contains(ChangeSetStatus.PUSHED);
            var description = f.requests("PUT", "/api/atlas/v2/entity/guid/" + customers + "?name=description");
            assertThat(description).hasSize(1);
            assertThat(JSON.readTree(description.get(0).getBodyAsString()).asText())
                    .isEqualTo("Registered customers; one row each.");
            assertThat(f.requests("PUT", "/api/atlas/v2/entity/guid/" + orders + "?name=owner")).hasSize(1);
            assertThat(f.requests("DELETE", "/api/atlas/v2/entity/guid/" + column + "/classification/Confidential"))
                    .hasSize(1);
            JsonNode gdpr = JSON.readTree(f.requests("POST", "/api/atlas/v2/entity/bulk/classification").get(1)
                    .getBodyAsString());
            assertThat(gdpr.path("classification").path("propagate").asBoolean()).isFalse();
            assertThat(gdpr.path("classification").path("attributes").path("basis").asText()).isEqualTo("contract");
            assertThat(gdpr.path("classification").path("validityPeriods").get(0).path("startTime").asText())
                    .isEqualTo("2026/01/01 00:00:00");
            var assign = f.requests("POST", "/api/atlas/v2/glossary/terms/" + email + "/assignedEntities");
            assertThat(assign).hasSize(1);
            assertThat(JSON.readTree(assign.get(0).getBodyAsString()).get(0).path("guid").asText()).isEqualTo(stg);
            var processes = f.requests("POST", "/api/atlas/v2/entity/bulk");
            assertThat(processes).filteredOn(r -> !r.getUrl().contains("classification")).hasSize(1);
            JsonNode written = JSON.readTree(processes.stream().filter(r -> !r.getUrl().contains("classification"))
                    .findFirst().orElseThrow().getBodyAsString()).path("entities");
            assertThat(written).hasSize(2);
            assertThat(f.atlas.byQualifiedName("etl.orders_to_stg@steward").path("attributes").path("outputs").get(0)
                    .path("guid").asText()).isEqualTo(stg);
            String edgeProcess = "steward:" + TestCatalogs.CUSTOMERS + "->" + TestCatalogs.ORDERS;
            assertThat(f.atlas.byQualifiedName(edgeProcess).path("attributes").path("inputs").get(0).path("guid")
                    .asText()).isEqualTo(customers);
            assertThat(f.atlas.entity(orders).path("attributes").path("owner").asText()).isEqualTo("ana");
        }
    }

    @Test
    void aChangeLeftInFlightByACrashIsCheckedOnAtlasAndNotSentAgain() {
        try (PushFixture f = new PushFixture()) {
            f.onAtlas(TestCatalogs.CUSTOMERS);
            f.onAtlas(TestCatalogs.ORDERS);
            long set = f.approved(new ClassificationAdded(f.id(TestCatalogs.CUSTOMERS), "PII"),
                    new DescriptionChange(f.id(TestCatalogs.ORDERS), "Orders placed in the web shop.", "Orders."));
            f.push(set);
            int sent = f.mutations().size();
            // As if the process died after the requests went out but before their answers were recorded.
            f.sql("UPDATE push_state SET state = 'IN_FLIGHT'");
            f.sql("UPDATE change_set SET status = 'APPROVED' WHERE id = " + set);

            PushResult again = f.push(set);

            assertThat(again.status()).contains(ChangeSetStatus.PUSHED);
            assertThat(again.count(PushState.APPLIED)).isEqualTo(2);
            assertThat(f.mutations()).hasSize(sent);
            assertThat(f.workspace.audit().latest(20)).extracting(e -> e.action()).contains("push.already-applied");
        }
    }

    @Test
    void alreadyAssociatedFromAtlasCountsAsApplied() {
        try (PushFixture f = new PushFixture()) {
            f.onAtlas(TestCatalogs.CUSTOMERS);
            String orders = f.onAtlas(TestCatalogs.ORDERS);
            // Someone adds the label between Steward's read and its write: Atlas answers ATLAS-400-00-01B.
            f.server.stubFor(post(urlPathEqualTo("/api/atlas/v2/entity/bulk/classification")).atPriority(1)
                    .willReturn(aResponse().withStatus(400).withBody("{\"errorCode\":\"ATLAS-400-00-01B\","
                            + "\"errorMessage\":\"instance " + orders
                            + " already is associated with classification PII\"}")));
            long set = f.approved(new ClassificationAdded(f.id(TestCatalogs.CUSTOMERS), "PII"),
                    new ClassificationAdded(f.id(TestCatalogs.ORDERS), "PII"));
            f.atlas.changeElsewhere(orders, "x", "y");
            PushResult result = f.push(set);

            assertThat(result.count(PushState.APPLIED)).isEqualTo(2);
            assertThat(f.requests("POST", "/api/atlas/v2/entity/guid/")).hasSize(2);
        }
    }

    @Test
    void aValueChangedOnAtlasSinceThePullIsAConflictNotAnOverwrite() {
        try (PushFixture f = new PushFixture()) {
            String customers = f.onAtlas(TestCatalogs.CUSTOMERS);
            String before = "One row per registered customer of the web shop.";
            f.atlas.changeElsewhere(customers, "description", "Customers, maintained by CRM.");
            long set = f.approved(new DescriptionChange(f.id(TestCatalogs.CUSTOMERS), before, "Mine."));

            PushResult result = f.push(set);

            assertThat(result.status()).contains(ChangeSetStatus.PARTLY_FAILED);
            PushRecord record = f.workspace.pushes().forSet(set).get(0);
            assertThat(record.state()).isEqualTo(PushState.CONFLICTED);
            assertThat(record.conflict()).hasValueSatisfying(c -> {
                assertThat(c.base()).isEqualTo(before);
                assertThat(c.mine()).isEqualTo("Mine.");
                assertThat(c.theirs()).isEqualTo("Customers, maintained by CRM.");
            });
            assertThat(f.mutations()).isEmpty();
            assertThat(f.atlas.entity(customers).path("attributes").path("description").asText())
                    .isEqualTo("Customers, maintained by CRM.");
            var event = f.workspace.audit().latest(20).stream().filter(e -> e.action().equals("push.conflicted"))
                    .findFirst().orElseThrow();
            assertThat(event.subject()).isEqualTo(TestCatalogs.CUSTOMERS);
            assertThat(event.before()).isEqualTo("Customers, maintained by CRM.");
            assertThat(event.after()).isEqualTo("Mine.");
            assertThat(event.outcome()).isEqualTo("conflicted");

            ConflictResolver resolver = f.workspace.conflicts();
            ProposedChange rebased = resolver.rebase(record.changeId(), "ana", "Mine, on top of CRM's.");
            assertThat(rebased.change()).isEqualTo(new DescriptionChange(f.id(TestCatalogs.CUSTOMERS),
                    "Customers, maintained by CRM.", "Mine, on top of CRM's."));
            assertThat(f.workspace.pushes().find(record.changeId()).orElseThrow().state()).isEqualTo(PushState.DROPPED);
            assertThat(f.workspace.pushes().pushable()).isEmpty();

            f.sql("UPDATE change_set SET status = 'APPROVED' WHERE id = " + rebased.changeSetId());
            assertThat(f.push(rebased.changeSetId()).status()).contains(ChangeSetStatus.PUSHED);
            assertThat(f.atlas.entity(customers).path("attributes").path("description").asText())
                    .isEqualTo("Mine, on top of CRM's.");
        }
    }

    @Test
    void droppingAConflictFinishesTheSetAndLeavesAtlasAlone() {
        try (PushFixture f = new PushFixture()) {
            String orders = f.onAtlas(TestCatalogs.ORDERS);
            f.atlas.changeElsewhere(orders, "owner", "carla");
            long set = f.approved(new OwnerChange(f.id(TestCatalogs.ORDERS), "ben", "ana"));
            f.push(set);
            long changeId = f.workspace.pushes().forSet(set).get(0).changeId();

            f.workspace.conflicts().drop(changeId, "ana");

            assertThat(f.workspace.pushes().find(changeId).orElseThrow().state()).isEqualTo(PushState.DROPPED);
            assertThat(f.workspace.audit().latest(5)).extracting(e -> e.action()).contains("push.dropped",
                    "changeset.pushed");
            assertThat(f.atlas.entity(orders).path("attributes").path("owner").asText()).isEqualTo("carla");
        }
    }

    @Test
    void tooManyRequestsWaitsAsLongAsRetryAfterSays() {
        try (PushFixture f = new PushFixture()) {
            f.onAtlas(TestCatalogs.CUSTOMERS);
            f.server.stubFor(post(urlPathEqualTo("/api/atlas/v2/entity/bulk/classification")).atPriority(1)
                    .inScenario("busy").whenScenarioStateIs(STARTED).willSetStateTo("calm")
                    .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3")));
            long set = f.approved(new ClassificationAdded(f.id(TestCatalogs.CUSTOMERS), "PII"));

            PushResult result = f.push(set);

            assertThat(result.status()).contains(ChangeSetStatus.PUSHED);
            assertThat(f.sleeps).containsExactly(Duration.ofSeconds(3));
            assertThat(f.requests("POST", "/api/atlas/v2/entity/bulk/classification")).hasSize(2);
        }
    }

    @Test
    void aBurstOfServerErrorsIsRetriedWithGrowingJitteredWaits() {
        try (PushFixture f = new PushFixture()) {
            f.onAtlas(TestCatalogs.CUSTOMERS);
            String path = "/api/atlas/v2/entity/bulk/classification";
            f.server.stubFor(post(urlPathEqualTo(path)).atPriority(1).inScenario("burst").whenScenarioStateIs(STARTED)
                    .willSetStateTo("2").willReturn(aResponse().withStatus(500)));
            f.server.stubFor(post(urlPathEqualTo(path)).atPriority(1).inScenario("burst").whenScenarioStateIs("2")
                    .willSetStateTo("3").willReturn(aResponse().withStatus(503)));
            f.server.stubFor(post(urlPathEqualTo(path)).atPriority(1).inScenario("burst").whenScenarioStateIs("3")
                    .willSetStateTo("ok").willReturn(aResponse().withStatus(502)));
            long set = f.approved(new ClassificationAdded(f.id(TestCatalogs.CUSTOMERS), "PII"));

            PushResult result = f.push(set);

            assertThat(result.status()).contains(ChangeSetStatus.PUSHED);
            assertThat(f.requests("POST", path)).hasSize(4);
            assertThat(f.sleeps).hasSize(3);
            assertThat(f.sleeps.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
            assertThat(f.sleeps.get(2)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
            assertThat(f.workspace.pushes().forSet(set).get(0).attempts()).isEqualTo(1);
        }
    }

    @Test
    void theBreakerOpensOnAFailingServerAndThePushStopsHammeringIt() {
        CircuitBreaker breaker = new CircuitBreaker(2, Duration.ofMillis(200));
        try (PushFixture f = new PushFixture(breaker, new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(20),
                Duration.ofSeconds(1)), Duration.ofSeconds(5))) {
            f.onAtlas(TestCatalogs.CUSTOMERS);
            f.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(urlPathMatching("/api/atlas/.*"))
                    .atPriority(1).willReturn(aResponse().withStatus(503)));
            long set = f.approved(new ClassificationAdded(f.id(TestCatalogs.CUSTOMERS), "PII"));

            PushResult result = f.push(set);

            assertThat(result.status()).contains(ChangeSetStatus.PARTLY_FAILED);
            PushRecord record = f.workspace.pushes().forSet(set).get(0);
            assertThat(record.state()).isEqualTo(PushState.FAILED);
            assertThat(record.lastError()).contains("circuit breaker open");
            // 2 attempts open the breaker, then one probe after each of the engine's 2 cool-down waits: 4 in all.
            assertThat(f.server.getAllServeEvents()).hasSize(4);
            assertThat(f.workspace.audit().latest(30)).extracting(e -> e.action())
                    .contains("push.breaker.open", "push.breaker.half-open", "push.failed");
        }
    }

    @Test
    void aHangingServerTimesOutAndTheChangeFails() {
        try (PushFixture f = new PushFixture(new CircuitBreaker(10, Duration.ofSeconds(1)),
                new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofSeconds(1)),
                Duration.ofMillis(300))) {
            f.onAtlas(TestCatalogs.CUSTOMERS);
            f.server.stubFor(post(urlPathEqualTo("/api/atlas/v2/entity/bulk/classification")).atPriority(1)
                    .willReturn(aResponse().withStatus(204).withFixedDelay(3_000)));
            long set = f.approved(new ClassificationAdded(f.id(TestCatalogs.CUSTOMERS), "PII"));

            long start = System.nanoTime();
            f.push(set);

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            PushRecord record = f.workspace.pushes().forSet(set).get(0);
            assertThat(record.state()).isEqualTo(PushState.FAILED);
            assertThat(record.lastError()).contains("no answer within the read timeout");
        }
    }

    @Test
    void rejectedCredentialsUnknownEntitiesAndConflictsAreNamed() {
        try (PushFixture f = new PushFixture()) {
            f.onAtlas(TestCatalogs.CUSTOMERS);
            String orders = f.onAtlas(TestCatalogs.ORDERS);
            f.server.stubFor(post(urlPathEqualTo("/api/atlas/v2/entity/bulk/classification")).atPriority(1)
                    .willReturn(aResponse().withStatus(401)));
            f.server.stubFor(put(urlPathEqualTo("/api/atlas/v2/entity/guid/" + orders)).atPriority(1)
                    .willReturn(aResponse().withStatus(409).withBody("{\"errorCode\":\"ATLAS-409-00-001\","
                            + "\"errorMessage\":\"concurrent update\"}")));
            long set = f.approved(new ClassificationAdded(f.id(TestCatalogs.CUSTOMERS), "PII"),
                    new OwnerChange(f.id(TestCatalogs.ORDERS), "ben", "ana"),
                    new ClassificationAdded(f.id(TestCatalogs.STG_CUSTOMERS), "PII"));

            f.push(set);

            List<PushRecord> records = f.workspace.pushes().forSet(set);
            assertThat(records).extracting(PushRecord::state).containsOnly(PushState.FAILED);
            assertThat(records.get(0).lastError()).contains("credentials rejected (HTTP 401)");
            assertThat(records.get(1).lastError()).contains("409").contains("concurrent update");
            assertThat(records.get(2).lastError()).contains(TestCatalogs.STG_CUSTOMERS).contains("is not on Atlas");
        }
    }

    @Test
    void aRecordedAtlasEntityIsClassifiedThroughItsGuid() throws Exception {
        try (PushFixture f = new PushFixture()) {
            JsonNode recorded = JSON.readTree(Files.readString(Path.of(getClass()
                    .getResource("/fixtures/atlas/egeria-recorded-responses/apache-atlas-adapter/src/test/resources"
                            + "/entity_by_guid/194e2798-44c9-4494-910b-39cdc8834e3f.json").toURI())));
            String guid = f.atlas.add(recorded);
            String qualifiedName = recorded.path("entity").path("attributes").path("qualifiedName").asText();
            f.workspace.ingest(new org.steward.model.ingest.CatalogBatch("test:recorded", List.of(), List.of(),
                    List.of(), List.of(org.steward.model.ingest.EntityRecord.builder(
                            org.steward.model.catalog.EntityType.DATASET, qualifiedName).subtype("hive_db").build()),
                    List.of(), List.of()), "test", org.steward.model.task.ProgressMonitor.NONE);
            long set = f.approved(new ClassificationAdded(f.id(qualifiedName), "PII"));

            assertThat(f.push(set).status()).contains(ChangeSetStatus.PUSHED);
            assertThat(f.atlas.classifications(guid)).contains("PII");
            assertThat(f.requests("GET", "/api/atlas/v2/entity/bulk/uniqueAttribute/type/hive_db").get(0).getUrl())
                    .contains("attr_0:qualifiedName=");
        }
    }

    @Test
    void aPulledEntityIsReadByGuidAndItsBaseVersionDecidesWhetherAtlasChangedIt() {
        try (PushFixture f = new PushFixture()) {
            String customers = f.onAtlas(TestCatalogs.CUSTOMERS);
            String orders = f.onAtlas(TestCatalogs.ORDERS);
            // Atlas' descriptions differ from the workspace's, but the pull saw these very versions: not a conflict.
            f.atlas.changeElsewhere(customers, "description", "As pulled.");
            f.atlas.changeElsewhere(orders, "description", "As pulled.");
            long version = f.atlas.entity(customers).path("version").asLong();
            long updated = f.atlas.entity(customers).path("updateTime").asLong();
            f.sql("INSERT INTO remote_entity (entity_id, endpoint, guid, type_name, update_time, version, pulled_at)"
                    + " VALUES (" + f.id(TestCatalogs.CUSTOMERS) + ", 'test-atlas', '" + customers + "', 'hive_table', "
                    + updated + ", " + version + ", CURRENT_TIMESTAMP)");
            f.sql("INSERT INTO remote_entity (entity_id, endpoint, guid, type_name, update_time, version, pulled_at)"
                    + " VALUES (" + f.id(TestCatalogs.ORDERS) + ", 'test-atlas', '" + orders + "', 'hive_table', "
                    + (updated - 1) + ", " + (version - 1) + ", CURRENT_TIMESTAMP)");
            long set = f.approved(
                    new DescriptionChange(f.id(TestCatalogs.CUSTOMERS),
                            "One row per registered customer of the web shop.",
                            "Mine."),
                    new DescriptionChange(f.id(TestCatalogs.ORDERS), "Orders placed in the web shop.", "Mine too."));

            f.push(set);

            List<PushRecord> records = f.workspace.pushes().forSet(set);
            assertThat(records).extracting(PushRecord::state).containsExactly(PushState.APPLIED, PushState.CONFLICTED);
            assertThat(records.get(1).conflict().orElseThrow().theirs()).isEqualTo("As pulled.");
            assertThat(f.requests("GET", "/api/atlas/v2/entity/bulk?")).hasSize(1);
            assertThat(f.requests("GET", "/api/atlas/v2/entity/bulk?").get(0).getUrl()).contains("guid=" + customers)
                    .contains("guid=" + orders);
            assertThat(f.requests("GET", "/api/atlas/v2/entity/bulk/uniqueAttribute")).isEmpty();
            assertThat(f.atlas.entity(customers).path("attributes").path("description").asText()).isEqualTo("Mine.");
            assertThat(f.atlas.entity(orders).path("attributes").path("description").asText()).isEqualTo("As pulled.");
        }
    }
}
