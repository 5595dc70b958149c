package org.steward.connectors.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Lines and table rows flowing over landscape A4 pages, a new page when the current one is full. */
final class PdfPages implements AutoCloseable {
    private static final PDRectangle LANDSCAPE_A4 = new PDRectangle(PDRectangle.A4.getHeight(),
            PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final float LEADING = 1.3f;
    private static final float CELL_PAD = 4;

    private final PDDocument document;
    private final PdfText regular;
    private final PdfText bold;
    private PDPageContentStream content;
    private float y;
    private int pageNumber;

    PdfPages(PDDocument document, PdfText regular, PdfText bold) throws IOException {
        this.document = document;
        this.regular = regular;
        this.bold = bold;
        newPage();
    }

    void heading(String text, float size) throws IOException {
        line(text, size, true, null);
        gap(4);
    }

    void line(String text, float size, boolean strong, Ink colour) throws IOException {
        PdfText font = strong ? bold : regular;
        for (String wrapped : font.wrap(text, size, LANDSCAPE_A4.getWidth() - 2 * MARGIN)) {
            ensure(size * LEADING);
            y -= size * LEADING;
            show(font, size, MARGIN, y, wrapped, colour);
        }
    }

    void gap(float height) {
        y -= height;
    }

    void row(float[] widths, List<String> cells, float size, boolean strong, Ink colour) throws IOException {
        PdfText font = strong ? bold : regular;
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            List<String> cell = font.wrap(cells.get(i), size, widths[i] - CELL_PAD);
            wrapped.add(cell);
            lines = Math.max(lines, cell.size());
        }
        float height = lines * size * LEADING + 3;
        ensure(height);
        float x = MARGIN;
        for (int i = 0; i < wrapped.size(); i++) {
            float lineY = y;
            for (String text : wrapped.get(i)) {
                lineY -= size * LEADING;
                show(font, size, x, lineY, text, colour);
            }
            x += widths[i];
        }
        y -= height;
        content.setStrokingColor(Ink.RULE.red(), Ink.RULE.green(), Ink.RULE.blue());
        content.setLineWidth(0.3f);
        content.moveTo(MARGIN, y + 1);
        content.lineTo(x, y + 1);
        content.stroke();
    }

    private void show(PdfText font, float size, float x, float atY, String text, Ink colour) throws IOException {
        content.beginText();
        content.setFont(font.font(), size);
        Ink ink = colour == null ? Ink.BLACK : colour;
        content.setNonStrokingColor(ink.red(), ink.green(), ink.blue());
        content.newLineAtOffset(x, atY);
        content.showText(text);
        content.endText();
    }

    private void ensure(float height) throws IOException {
        if (y - height < MARGIN + 14) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(LANDSCAPE_A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        pageNumber++;
        show(regular, 7, LANDSCAPE_A4.getWidth() - MARGIN - 40, MARGIN - 14, "page " + pageNumber, Ink.GREY);
        y = LANDSCAPE_A4.getHeight() - MARGIN;
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
