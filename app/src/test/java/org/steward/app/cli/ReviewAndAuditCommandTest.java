package org.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.model.change.DescriptionChange;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.testing.TestCatalogs;
import org.steward.model.workspace.Workspace;

class ReviewAndAuditCommandTest {
    private static final String ADMIN = "ada.admin";

    @TempDir
    Path temp;

    private Path workspace;
    private long changeSet;

    @BeforeEach
    void setUp() {
        workspace = temp.resolve("ws");
        try (Workspace open = Workspace.create(workspace, "Review")) {
            open.ingest(TestCatalogs.small(), "tester", ProgressMonitor.NONE);
            open.users().enrollFirst(ADMIN);
        }
        assertThat(run("users", "add", "sam.steward", "--role", "steward", "--as", ADMIN).exitCode()).isZero();
        assertThat(run("users", "add", "rhea.reviewer", "--role", "reviewer", "--as", ADMIN).exitCode()).isZero();
        try (Workspace open = Workspace.open(workspace)) {
            long id = open.catalog().entityByQualifiedName(TestCatalogs.CUSTOMERS).orElseThrow().id();
            changeSet = open.changes().propose(new DescriptionChange(id, "old text", "new text"), "sam.steward")
                    .changeSetId();
        }
    }

    private CliRun run(String... args) {
        String[] withWorkspace = new String[args.length + 2];
        System.arraycopy(args, 0, withWorkspace, 0, args.length);
        withWorkspace[args.length] = "--workspace";
        withWorkspace[args.length + 1] = workspace.toString();
        return CliRun.of(temp.resolve("home"), withWorkspace);
    }

    @Test
    void headlessReviewEnforcesFourEyesAndRoles() throws Exception {
        String id = Long.toString(changeSet);
        assertThat(run("changes", "submit", id, "--as", "sam.steward").out()).contains("is now submitted");

        CliRun own = run("changes", "approve", id, "--as", "sam.steward");
        assertThat(own.exitCode()).isEqualTo(1);
        assertThat(own.err()).contains("may not approve");
        CliRun stranger = run("changes", "approve", id, "--as", "mallory");
        assertThat(stranger.exitCode()).isEqualTo(1);
        assertThat(stranger.err()).contains("mallory is not a user of this workspace");

        CliRun approved = run("changes", "approve", id, "--as", "rhea.reviewer", "--comment", "fine");
        assertThat(approved.exitCode()).as(approved.err()).isZero();
        CliRun list = run("changes", "list", "--status", "approved", "--json");
        JsonNode sets = new ObjectMapper().readTree(list.out());
        assertThat(sets).hasSize(1);
        assertThat(sets.get(0).get("reviewedBy").asText()).isEqualTo("rhea.reviewer");
        assertThat(run("changes", "show", id).out()).contains("shop.public.customers@pg",
                "rhea.reviewer approved: fine");
        assertThat(run("changes", "list", "--status", "nonsense").exitCode()).isEqualTo(1);

        CliRun refused = run("audit", "list", "--kind", "changeset.approved", "--json");
        JsonNode events = new ObjectMapper().readTree(refused.out());
        assertThat(events).hasSize(3);
        assertThat(events.get(0).get("outcome").asText()).isEqualTo("refused");
        assertThat(events.get(2).get("actor").asText()).isEqualTo("rhea.reviewer");
        assertThat(events.get(2).get("before").asText()).isEqualTo("submitted");
    }

    @Test
    void verifyExitsZeroWhenIntactAndOneNamingTheRowAfterAnEdit() throws Exception {
        CliRun intact = run("audit", "verify");
        assertThat(intact.exitCode()).isZero();
        assertThat(intact.out()).contains("intact");

        tamper("UPDATE audit_event SET actor = 'someone.else' WHERE seq = 3");
        CliRun tampered = run("audit", "verify");
        assertThat(tampered.exitCode()).isEqualTo(1);
        assertThat(tampered.out()).contains("TAMPERED at event 3", "edited");
    }

    @Test
    void verifyNamesADeletedRow() throws Exception {
        tamper("DELETE FROM audit_event WHERE seq = 2");
        CliRun run = run("audit", "verify");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("TAMPERED at event 3");
    }

    @Test
    void verifyNamesAnInsertedRow() throws Exception {
        tamper("UPDATE audit_event SET seq = seq + 1 WHERE seq >= 3 ORDER BY seq DESC");
        tamper("INSERT INTO audit_event (seq, at, actor, action, subject, detail, prev_hash, hash) SELECT 3, at,"
                + " 'ghost', 'changeset.approved', 'change set 1', 'forged', hash, hash"
                + " FROM audit_event WHERE seq = 2");
        CliRun run = run("audit", "verify");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("TAMPERED at event 3");
    }

    @Test
    void verifyNamesReorderedRows() throws Exception {
        tamper("UPDATE audit_event SET seq = CASE seq WHEN 2 THEN 4 WHEN 4 THEN 2 END WHERE seq IN (2, 4)");
        CliRun run = run("audit", "verify");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("TAMPERED at event 2");
    }

    @Test
    void verifyExitsTwoWhenTheLogCannotBeChecked() {
        CliRun run = CliRun.of(temp.resolve("home"), "audit", "verify", "--workspace", temp.resolve("nothing")
                .toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cannot verify");
    }

    @Test
    void listFiltersAndExportsCsvAndPdf() throws Exception {
        CliRun csv = run("audit", "list", "--user", "sam.steward", "--csv");
        assertThat(csv.out().split("\r\n")).hasSize(3);
        assertThat(csv.out()).contains("change.proposed", "shop.public.customers@pg");
        assertThat(run("audit", "list", "--entity", "CUSTOMERS").out()).contains("1 events");
        assertThat(run("audit", "list", "--since", "2999-01-01").out()).contains("0 events");
        assertThat(run("audit", "list", "--since", "yesterday").exitCode()).isEqualTo(1);

        Path pdf = temp.resolve("audit.pdf");
        CliRun export = run("audit", "export", "--out", pdf.toString(), "--as", "rhea.reviewer");
        assertThat(export.exitCode()).as(export.err()).isZero();
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertThat(new PDFTextStripper().getText(document)).contains("Audit log of Review", "intact",
                    "change.proposed", "user.added", "rhea.reviewer");
        }
        assertThat(run("audit", "export", "--out", temp.resolve("audit.txt").toString()).exitCode()).isEqualTo(1);
    }

    private void tamper(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + workspace.toAbsolutePath()
                .resolve("workspace"), "sa", "")) {
            connection.createStatement().execute(sql);
        }
    }
}
