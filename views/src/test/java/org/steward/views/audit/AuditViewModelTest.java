package org.steward.views.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.model.audit.AuditEvent;
import org.steward.model.audit.AuditReport;
import org.steward.model.audit.AuditReportWriter;
import org.steward.model.workspace.Workspace;
import org.steward.views.task.SameThreadTaskExecutor;
import org.steward.views.testing.ReviewFixture;

class AuditViewModelTest {
    @TempDir
    Path temp;

    private Workspace workspace;
    private AuditViewModel model;

    @BeforeEach
    void setUp() {
        workspace = ReviewFixture.workspace();
        ReviewFixture.proposeDescription(workspace, "a", "b");
        model = new AuditViewModel(workspace, ReviewFixture.REVIEWER, new SameThreadTaskExecutor(),
                List.of(new LinesWriter()));
        model.refresh();
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    @Test
    void filtersByUserEntityKindAndDate() {
        int all = model.events().size();
        assertThat(model.actors()).contains(ReviewFixture.ADMIN, ReviewFixture.STEWARD, "tester");

        model.actorProperty().set(ReviewFixture.STEWARD);
        model.refresh();
        assertThat(model.events()).extracting(AuditEvent::action)
                .containsExactly("change.proposed", "changeset.opened");
        model.actorProperty().set("");
        model.subjectProperty().set("customers@pg");
        model.kindProperty().set("change.");
        model.refresh();
        assertThat(model.events()).singleElement()
                .satisfies(event -> assertThat(event.before()).isNotNull());
        model.clearFilters();
        assertThat(model.events()).hasSize(all);
        model.sinceProperty().set(LocalDate.now().plusDays(2));
        model.refresh();
        assertThat(model.events()).isEmpty();
        assertThat(model.summaryProperty().get()).isEqualTo("0 events");
    }

    @Test
    void verifyNamesTheBadRowAndShowsItEvenWhenFilteredOut() throws Exception {
        model.verify();
        assertThat(model.verdictProperty().get()).startsWith("Chain OK");
        assertThat(model.badSeqProperty().get()).isEqualTo(-1);

        ReviewFixture.tamper(workspace, "UPDATE audit_event SET detail = 'nothing to see' WHERE seq = 2");
        model.actorProperty().set(ReviewFixture.STEWARD);
        model.verify();
        assertThat(model.verdictProperty().get()).startsWith("Chain broken at event 2");
        assertThat(model.badSeqProperty().get()).isEqualTo(2);
        assertThat(model.events()).extracting(AuditEvent::seq).contains(2L);
    }

    @Test
    void exportsTheFilteredEventsWithTheVerification() throws Exception {
        Path file = temp.resolve("audit.txt");
        model.actorProperty().set(ReviewFixture.STEWARD);
        model.export(model.writers().get(0), file);

        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo("intact: " + workspace.audit().verify().eventsChecked()
                + " events checked by " + ReviewFixture.REVIEWER);
        assertThat(lines.subList(1, lines.size())).containsExactly("changeset.opened", "change.proposed");
        assertThat(model.messageProperty().get()).contains("Exported 2 events");
        assertThat(temp.resolve("audit.txt.partial")).doesNotExist();
    }

    private static final class LinesWriter implements AuditReportWriter {
        @Override
        public String format() {
            return "Text";
        }

        @Override
        public String extension() {
            return "txt";
        }

        @Override
        public void write(AuditReport report, OutputStream out) throws java.io.IOException {
            StringBuilder text = new StringBuilder(report.verificationText() + " by " + report.generatedBy() + "\n");
            report.events().forEach(event -> text.append(event.action()).append('\n'));
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
