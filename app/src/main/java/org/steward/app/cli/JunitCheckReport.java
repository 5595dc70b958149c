package org.steward.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.steward.model.policy.PolicyReport;
import org.steward.model.policy.PolicyRule;
import org.steward.model.policy.Violation;

/**
 * JUnit XML as CI servers read it: one test suite per rule, one test case per violating entity plus one for all
 * entities that pass. Violations at or above {@code --fail-on} are failures; milder ones pass with the finding in
 * the test case's output, so the report agrees with the exit code.
 */
final class JunitCheckReport {

    void write(CheckReport check, PrintWriter out) {
        PolicyReport report = check.report();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            Map<String, Long> counts = report.countsByRule();
            long failures = report.violations().stream()
                    .filter(violation -> violation.severity().atLeast(check.failOn())).count();
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "steward check: " + check.subject());
            xml.writeAttribute("tests", Long.toString(report.violations().size() + passingCases(report, counts)));
            xml.writeAttribute("failures", Long.toString(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("time", seconds(report.millis()));
            for (PolicyRule rule : report.rules()) {
                suite(xml, check, rule, report.of(rule.id()), report.entitiesChecked());
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            out.println();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML", e);
        }
    }

    private static long passingCases(PolicyReport report, Map<String, Long> counts) {
        return counts.values().stream().filter(count -> count < report.entitiesChecked()).count();
    }

    private static void suite(XMLStreamWriter xml, CheckReport check, PolicyRule rule, List<Violation> violations,
                              int entities) throws XMLStreamException {
        long failures = violations.stream().filter(violation -> violation.severity().atLeast(check.failOn())).count();
        boolean passCase = violations.size() < entities;
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", rule.id());
        xml.writeAttribute("tests", Long.toString(violations.size() + (passCase ? 1 : 0)));
        xml.writeAttribute("failures", Long.toString(failures));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
        xml.writeAttribute("time", "0");
        xml.writeStartElement("properties");
        property(xml, "title", rule.title());
        property(xml, "severity", rule.severity().id());
        property(xml, "check", rule.check().kind());
        property(xml, "rationale", rule.rationale());
        property(xml, "regulations", String.join("; ", rule.regulations()));
        property(xml, "fail-on", check.failOn().id());
        xml.writeEndElement();
        for (Violation violation : violations) {
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", "steward.policy." + rule.id());
            xml.writeAttribute("name", violation.qualifiedName());
            xml.writeAttribute("time", "0");
            String details = details(violation);
            if (violation.severity().atLeast(check.failOn())) {
                xml.writeStartElement("failure");
                xml.writeAttribute("type", violation.severity().id());
                xml.writeAttribute("message", violation.message());
                xml.writeCharacters(violation.message() + "\n" + details);
                xml.writeEndElement();
            } else {
                xml.writeStartElement("system-out");
                xml.writeCharacters(violation.severity().id().toUpperCase(Locale.ROOT) + " (below --fail-on "
                        + check.failOn().id() + "): " + violation.message() + "\n" + details);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        if (passCase) {
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", "steward.policy." + rule.id());
            xml.writeAttribute("name", (entities - violations.size()) + " other entities pass");
            xml.writeAttribute("time", "0");
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static String details(Violation violation) {
        StringBuilder text = new StringBuilder();
        violation.evidence().forEach(line -> text.append("evidence: ").append(line).append('\n'));
        text.append("fix: ").append(violation.fix().label());
        if (!violation.owner().isBlank()) {
            text.append(" (owner ").append(violation.owner()).append(')');
        }
        return text.append('\n').toString();
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", value);
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
