package org.steward.app.push;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.app.AppDirectories;
import org.steward.app.cli.StewardCli;
import org.steward.connectors.atlas.push.testing.FakeAtlas;
import org.steward.model.catalog.EntityType;
import org.steward.model.change.ClassificationAdded;
import org.steward.model.change.DescriptionChange;
import org.steward.model.identity.Role;
import org.steward.model.ingest.CatalogBatch;
import org.steward.model.ingest.EntityRecord;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.workspace.Workspace;

/** {@code steward push}: its exit codes and what it prints. */
class PushCommandTest {
    private final FakeAtlas atlas = new FakeAtlas();
    private final WireMockServer server = new WireMockServer(options().dynamicPort().extensions(atlas));

    @TempDir
    Path temp;

    private Path workspace;
    private Path secret;

    @BeforeEach
    void setUp() throws Exception {
        server.start();
        server.stubFor(any(urlMatching("/api/atlas/.*")).willReturn(aResponse().withTransformers(FakeAtlas.NAME)));
        secret = Files.writeString(temp.resolve("secret.txt"), "admin\n");
        workspace = temp.resolve("ws");
        atlas.add("hive_table", "sales.orders@prod", Map.of("description", "Orders"));
        String payments = atlas.add("hive_table", "sales.payments@prod", Map.of("description", "Payments"));
        atlas.changeElsewhere(payments, "description", "Payments, as finance wrote them");
        try (Workspace open = Workspace.create(workspace, "cli")) {
            open.ingest(new CatalogBatch("test:cli", List.of(), List.of(), List.of(), List.of(
                    EntityRecord.builder(EntityType.DATASET, "sales.orders@prod").subtype("hive_table")
                            .description("Orders").build(),
                    EntityRecord.builder(EntityType.DATASET, "sales.payments@prod").subtype("hive_table")
                            .description("Payments").build()), List.of(), List.of()), "test", ProgressMonitor.NONE);
            open.users().enrollFirst("admin");
            open.users().save("admin", "ana", Set.of(Role.STEWARD));
            open.users().save("admin", "ben", Set.of(Role.REVIEWER));
        }
    }

    @AfterEach
    void tearDown() {
        server.stop();
    }

    @Test
    void withNothingApprovedThereIsNothingToDo() {
        Run run = push("--url", server.baseUrl(), "--user", "admin", "--secret-file", secret.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("No approved change sets to push.");
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void exitsOneWhenAChangeConflictsAndNamesIt() {
        approve();

        Run run = push("--url", server.baseUrl(), "--user", "admin", "--secret-file", secret.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("partly failed — 1 applied, 0 failed, 1 conflicted")
                .contains("conflicted: description: \"Payments\" → \"Card payments.\" (theirs: Payments, as finance"
                        + " wrote them)");
    }

    @Test
    void exitsTwoWhenTheConnectionIsUnknown() {
        approve();

        Run run = push("--endpoint", "nowhere", "--password-file", secret.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no connection named 'nowhere'");
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    private void approve() {
        try (Workspace open = Workspace.open(workspace)) {
            long orders = open.catalog().entityByQualifiedName("sales.orders@prod").orElseThrow().id();
            long payments = open.catalog().entityByQualifiedName("sales.payments@prod").orElseThrow().id();
            open.changes().propose(new ClassificationAdded(orders, "PII"), "ana");
            long set = open.changes().propose(new DescriptionChange(payments, "Payments", "Card payments."), "ana")
                    .changeSetId();
            open.review().submit(set, "ana");
            open.review().approve(set, "ben", "");
        }
    }

    private Run push(String... target) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new java.util.ArrayList<>(List.of("push", "--workspace", workspace.toString(), "--as",
                "ben"));
        args.addAll(List.of(target));
        int code = new StewardCli(new AppDirectories(temp.resolve("home")), new PrintWriter(out), new PrintWriter(err))
                .run(args.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    private record Run(int code, String out, String err) {
    }
}
