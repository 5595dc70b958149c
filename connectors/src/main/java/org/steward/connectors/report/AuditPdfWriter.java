package org.steward.connectors.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.steward.model.audit.AuditEvent;
import org.steward.model.audit.AuditReport;
import org.steward.model.audit.AuditReportWriter;

/**
 * The audit log as a landscape A4 PDF for auditors: the filter, the chain's verification, then one table row per
 * event (time in UTC, who, what, subject, detail with before and after, outcome). A row the chain names as bad is
 * printed in red.
 */
public final class AuditPdfWriter implements AuditReportWriter {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final float[] WIDTHS = {34, 100, 92, 118, 170, 256};
    private static final String[] HEADINGS = {"#", "Time (UTC)", "User", "Action", "Subject", "Detail"};
    private static final float BODY = 7.5f;
    private static final Ink BAD = Ink.ALERT;

    @Override
    public String format() {
        return "PDF";
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public void write(AuditReport report, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Audit log of " + report.workspace());
            info.setCreator("Steward");
            info.setAuthor(report.generatedBy());
            PdfText regular = new PdfText(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            PdfText bold = new PdfText(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
            try (PdfPages pages = new PdfPages(document, regular, bold)) {
                pages.heading("Audit log of " + report.workspace(), 15);
                pages.line("Generated " + TIME.format(report.generatedAt()) + " UTC by " + report.generatedBy()
                        + " · " + report.events().size() + " events · " + report.filterText(), 9, false, null);
                pages.line("Hash chain: " + report.verificationText(), 9, true,
                        report.verification().intact() ? null : BAD);
                pages.gap(8);
                pages.row(WIDTHS, List.of(HEADINGS), BODY, true, null);
                long bad = report.verification().firstBadSeq().orElse(-1);
                for (AuditEvent event : report.events()) {
                    pages.row(WIDTHS, cells(event), BODY, false, event.seq() == bad ? BAD : null);
                }
            }
            document.save(out);
        }
    }

    private static List<String> cells(AuditEvent event) {
        List<String> cells = new ArrayList<>();
        cells.add(Long.toString(event.seq()));
        cells.add(TIME.format(event.at()));
        cells.add(event.actor());
        cells.add(event.action() + ("ok".equals(event.outcomeText()) ? "" : " (" + event.outcomeText() + ")"));
        cells.add(event.subject());
        StringBuilder detail = new StringBuilder(event.detail());
        if (event.before() != null || event.after() != null) {
            detail.append(detail.length() == 0 ? "" : " · ").append("before: ")
                    .append(event.before() == null ? "-" : event.before()).append(" · after: ")
                    .append(event.after() == null ? "-" : event.after());
        }
        cells.add(detail.toString());
        return cells;
    }
}
