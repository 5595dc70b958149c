package org.steward.connectors.atlas.push;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.steward.connectors.atlas.client.AtlasAuth;
import org.steward.connectors.atlas.client.AtlasEndpoint;
import org.steward.connectors.atlas.client.AtlasSession;
import org.steward.connectors.atlas.push.testing.FakeAtlas;
import org.steward.model.change.Change;
import org.steward.model.change.ProposedChange;
import org.steward.model.identity.Role;
import org.steward.model.push.CircuitBreaker;
import org.steward.model.push.PushCompletion;
import org.steward.model.push.PushEngine;
import org.steward.model.push.PushListener;
import org.steward.model.push.PushResult;
import org.steward.model.push.RetryPolicy;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.testing.TestCatalogs;
import org.steward.model.workspace.Database;
import org.steward.model.workspace.Workspace;

/** A workspace with the small test catalog, a WireMock server playing Atlas over the same entities, and helpers. */
final class PushFixture implements AutoCloseable {
    final FakeAtlas atlas = new FakeAtlas();
    final WireMockServer server = new WireMockServer(options().dynamicPort().extensions(atlas));
    final Workspace workspace = Workspace.inMemory("push-test-" + System.nanoTime());
    final List<Duration> sleeps = new ArrayList<>();
    final CircuitBreaker breaker;
    final RetryPolicy policy;
    final Duration timeout;

    PushFixture() {
        this(new CircuitBreaker(5, Duration.ofMillis(300)), new RetryPolicy(4, Duration.ofMillis(100),
                Duration.ofSeconds(2), Duration.ofSeconds(30)), Duration.ofSeconds(5));
    }

    PushFixture(CircuitBreaker breaker, RetryPolicy policy, Duration timeout) {
        this.breaker = breaker;
        this.policy = policy;
        this.timeout = timeout;
        server.start();
        server.stubFor(any(urlMatching("/api/atlas/.*")).atPriority(10)
                .willReturn(aResponse().withTransformers(FakeAtlas.NAME)));
        workspace.ingest(TestCatalogs.small(), "test", ProgressMonitor.NONE);
        workspace.users().enrollFirst("admin");
        workspace.users().save("admin", "ana", Set.of(Role.STEWARD));
        workspace.users().save("admin", "ben", Set.of(Role.REVIEWER));
    }

    /** Puts the named entity on the fake Atlas with the workspace's current description and owner. */
    String onAtlas(String qualifiedName) {
        var entity = workspace.catalog().entityByQualifiedName(qualifiedName).orElseThrow();
        return atlas.add("hive_table", qualifiedName, Map.of("description", entity.description(),
                "owner", entity.owner()));
    }

    long id(String qualifiedName) {
        return workspace.catalog().entityByQualifiedName(qualifiedName).orElseThrow().id();
    }

    /** Proposes the changes as "ana" and approves the set with plain SQL (review lives elsewhere). */
    long approved(Change... changes) {
        long set = 0;
        for (Change change : changes) {
            ProposedChange proposed = workspace.changes().propose(change, "ana");
            set = proposed.changeSetId();
        }
        sql("UPDATE change_set SET status = 'APPROVED' WHERE id = " + set);
        return set;
    }

    void sql(String statement) {
        try (Connection connection = DriverManager.getConnection(workspace.jdbcUrl(), Database.USER,
                Database.PASSWORD); PreparedStatement update = connection.prepareStatement(statement)) {
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    AtlasPushTarget target() {
        AtlasEndpoint endpoint = new AtlasEndpoint("test-atlas", URI.create(server.baseUrl()),
                new AtlasAuth.Basic("admin", "platform/test-atlas"), Optional.empty(), Duration.ofSeconds(2), timeout);
        AtlasHttp http = new AtlasHttp(AtlasSession.open(endpoint, "admin".toCharArray()), policy, breaker,
                sleeps::add, new Random(7));
        return new AtlasPushTarget("test-atlas", http);
    }

    PushResult push(long changeSet) {
        return push(changeSet, target());
    }

    PushResult push(long changeSet, AtlasPushTarget target) {
        return new PushEngine(workspace.pushes(), new PushCompletion(workspace.pushes(), workspace.review(),
                workspace.users()), workspace.audit(), 100, 2)
                .push(changeSet, target, "ben", PushListener.NONE, () -> false);
    }

    /** Requests as the server logged them, oldest first. */
    List<LoggedRequest> requests(String method, String pathPrefix) {
        return chronological().stream()
                .filter(r -> r.getMethod().getName().equals(method) && r.getUrl().startsWith(pathPrefix))
                .toList();
    }

    List<LoggedRequest> mutations() {
        return chronological().stream().filter(r -> !r.getMethod().getName().equals("GET")).toList();
    }

    List<LoggedRequest> chronological() {
        List<LoggedRequest> requests = new ArrayList<>(server.getAllServeEvents().stream().map(e -> e.getRequest())
                .toList());
        java.util.Collections.reverse(requests);
        return requests;
    }

    @Override
    public void close() {
        server.stop();
        workspace.close();
    }
}
