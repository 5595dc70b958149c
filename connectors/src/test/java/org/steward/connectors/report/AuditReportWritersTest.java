package org.steward.connectors.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.steward.model.audit.AuditEntry;
import org.steward.model.audit.AuditEvent;
import org.steward.model.audit.AuditQuery;
import org.steward.model.audit.AuditReport;
import org.steward.model.audit.AuditVerification;
import org.steward.model.workspace.Workspace;

class AuditReportWritersTest {

    private static AuditReport report(Workspace workspace, AuditVerification verification) {
        List<AuditEvent> events = new ArrayList<>();
        workspace.audit().forEach(AuditQuery.ALL, events::add);
        return new AuditReport(workspace.name(), new AuditQuery("rhea.reviewer", null, null, null, null),
                events, verification,
                Instant.parse("2026-01-02T03:04:05Z"), "carl.compliance");
    }

    private static Workspace workspaceWithEvents(int count) {
        Workspace workspace = Workspace.inMemory("Larkspur");
        workspace.audit().append("sam", "change.proposed", "shop.public.customers@pg",
                "description: \"old, text\" → \"new \"quoted\" text\"");
        workspace.audit().append(new AuditEntry("rhea.reviewer", "changeset.approved", "change set 1",
                "approved change set 1", "submitted", "approved", AuditEntry.OK));
        workspace.audit().append(AuditEntry.refused("sam", "changeset.approved", "change set 1",
                "Four-eyes rule: sam wrote change set 1 and cannot approve it"));
        for (int i = 3; i < count; i++) {
            workspace.audit().append("sam", "change.proposed", "dataset " + i, "line " + i + " ".repeat(3)
                    + "a fairly long detail that needs to wrap inside its column of the table ".repeat(2));
        }
        return workspace;
    }

    @Test
    void csvHasOneQuotedRowPerEventWithBeforeAfterOutcomeAndHashes() throws Exception {
        try (Workspace workspace = workspaceWithEvents(3)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new AuditCsvWriter().write(report(workspace, workspace.audit().verify()), out);
            String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");

            assertThat(lines).hasSize(4);
            assertThat(lines[0]).isEqualTo(String.join(",", AuditCsvWriter.HEADER));
            assertThat(lines[1]).startsWith("1,").contains("\"description: \"\"old, text\"\" → \"\"new \"\"quoted\"\""
                    + " text\"\"\"");
            assertThat(lines[2]).contains(",submitted,approved,ok,");
            assertThat(lines[3]).contains(",refused,");
        }
    }

    @Test
    void pdfReadsBackWithEveryEventTheVerificationAndTheBadRow() throws Exception {
        try (Workspace workspace = workspaceWithEvents(120)) {
            AuditVerification tampered = new AuditVerification(120, OptionalLong.of(2),
                    "its content does not match its hash (the row was edited)");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new AuditPdfWriter().write(report(workspace, tampered), out);

            try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
                assertThat(document.getNumberOfPages()).isGreaterThan(1);
                assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Audit log of Larkspur");
                String text = new PDFTextStripper().getText(document);
                assertThat(text).contains("Audit log of Larkspur", "TAMPERED at event 2", "user rhea.reviewer",
                        "carl.compliance", "changeset.approved (refused)", "before: submitted",
                        "shop.public.customers@pg", "\"old, text\" -> \"new");
                List<String> missing = new ArrayList<>();
                for (int i = 3; i < 120; i++) {
                    if (!text.contains("dataset " + i + "\n") && !text.contains("dataset " + i + " ")) {
                        missing.add("dataset " + i);
                    }
                }
                assertThat(missing).isEmpty();
            }
        }
    }
}
