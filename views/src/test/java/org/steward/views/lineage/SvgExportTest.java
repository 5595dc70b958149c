package org.steward.views.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.steward.model.lineage.LineageLevel;
import org.steward.views.lineage.layout.GraphLayout;
import org.steward.views.lineage.layout.LineageLayout;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class SvgExportTest {

    @Test
    void writesWellFormedSvgWithOneRectPerNode() throws Exception {
        GraphLayout layout = new LineageLayout().layout(FakeLineage.demo().subgraphAt(LineageLevel.DATASET));
        StringWriter out = new StringWriter();
        SvgExport.write(layout, out);

        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(out.toString())));
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg.getElementsByTagName("rect").getLength()).isEqualTo(layout.nodes().size());
        assertThat(svg.getElementsByTagName("path").getLength()).isEqualTo(layout.edges().size() + 1);
    }
}
