package org.steward.model.demo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.steward.model.catalog.EntityType;
import org.steward.model.demo.DemoBlueprint.Phrases;
import org.steward.model.ingest.ClassificationRecord;
import org.steward.model.ingest.EntityRecord;
import org.steward.model.ingest.LineageEdgeRecord;

/**
 * Turns a planned node into records, drawing the random details: descriptions (some left blank on purpose),
 * owners, sample values, attributes and which classifications a steward has already set.
 */
final class DemoNodeWriter {

    private static final double DIRECT_LABEL_RATE = 0.6;

    private final SampleValueFaker faker;
    private final DemoOwners owners;
    private final DemoNames names;
    private final Phrases phrases;

    DemoNodeWriter(SampleValueFaker faker, DemoOwners owners, DemoNames names, Phrases phrases) {
        this.faker = faker;
        this.owners = owners;
        this.names = names;
        this.phrases = phrases;
    }

    /**
     * @param labelled qualified names of operational columns that carry a direct label in this market; filled
     *                 as sources are written and read by the layers downstream
     */
    NodeRecords write(PlannedNode node, double marketScale, Set<String> labelled, SplittableRandom rnd) {
        NodeRecords out = NodeRecords.empty();
        String owner = owners.pick(node.team(), rnd);
        if (node.process() != null) {
            writeProcess(node, owner, out, rnd);
        }
        EntityRecord.Builder entity = EntityRecord.builder(node.type(), node.qualifiedName())
                .subtype(node.subtype()).name(node.name())
                .location(node.source(), node.database(), node.schema())
                .description(description(node, rnd)).owner(owner)
                .glossaryTerms(terms(node.terms()));
        if (node.type() == EntityType.DASHBOARD) {
            entity.attributes(DemoAttributes.dashboard(node, url(node), rnd));
        } else {
            entity.attributes(DemoAttributes.dataset(node, marketScale, rnd));
        }
        out.entities().add(entity.build());
        for (String classification : node.classes()) {
            out.classifications().add(ClassificationRecord.direct(node.qualifiedName(), classification));
        }
        int position = 1;
        for (PlannedColumn column : node.columns()) {
            writeColumn(node, column, position++, labelled, out, rnd);
        }
        return out;
    }

    private void writeProcess(PlannedNode node, String owner, NodeRecords out, SplittableRandom rnd) {
        PlannedProcess p = node.process();
        String template = phrases.process().getOrDefault(p.subtype(), "Job producing {output}.");
        String input = node.inputs().isEmpty() ? "" : shortName(node.inputs().get(0));
        out.entities().add(EntityRecord.builder(EntityType.PROCESS, p.qualifiedName())
                .subtype(p.subtype()).name(p.name())
                .location(p.source(), p.database(), p.schema())
                .description(rnd.nextInt(5) == 0 ? "" : template.replace("{input}", input)
                        .replace("{output}", node.name()))
                .owner(owner)
                .attributes(DemoAttributes.process(p, rnd))
                .build());
        for (String in : node.inputs()) {
            out.lineage().add(LineageEdgeRecord.of(in, p.qualifiedName()));
        }
        out.lineage().add(LineageEdgeRecord.of(p.qualifiedName(), node.qualifiedName()));
    }

    private void writeColumn(PlannedNode node, PlannedColumn column, int position, Set<String> labelled,
                             NodeRecords out, SplittableRandom rnd) {
        out.entities().add(EntityRecord.builder(EntityType.COLUMN, column.qualifiedName())
                .name(column.name()).parent(node.qualifiedName())
                .location(node.source(), node.database(), node.schema())
                .dataType(column.type()).position(position)
                .description(columnDescription(column, rnd))
                .sampleValues(faker.samples(column.kind(), column.values(), rnd))
                .glossaryTerms(terms(column.terms()))
                .build());
        String via = node.process() == null ? null : node.process().qualifiedName();
        for (String up : column.upstream()) {
            out.lineage().add(new LineageEdgeRecord(up, column.qualifiedName(), via));
        }
        ClassificationRecord label = label(node.layer(), column, labelled, rnd);
        if (label != null) {
            out.classifications().add(label);
        }
    }

    private static ClassificationRecord label(DemoLayer layer, PlannedColumn column, Set<String> labelled,
                                              SplittableRandom rnd) {
        if (column.classification().isEmpty()) {
            return null;
        }
        switch (layer.policy()) {
            case DIRECT:
                if (rnd.nextDouble() < DIRECT_LABEL_RATE) {
                    labelled.add(column.qualifiedName());
                    return ClassificationRecord.direct(column.qualifiedName(), column.classification());
                }
                return null;
            case PROPAGATE_ONLY:
            case PROPAGATE:
                if (column.origin() != null && labelled.contains(column.origin())) {
                    return new ClassificationRecord(column.qualifiedName(), column.classification(), column.origin(),
                            true);
                }
                if (layer.policy() == DemoLayer.LabelPolicy.PROPAGATE && column.origin() == null
                        && rnd.nextBoolean()) {
                    return ClassificationRecord.direct(column.qualifiedName(), column.classification());
                }
                return null;
            default:
                return null;
        }
    }

    private String description(PlannedNode node, SplittableRandom rnd) {
        if (rnd.nextInt(100) < 10) {
            return "";
        }
        List<String> variants;
        switch (node.layer()) {
            case RAW: variants = phrases.raw(); break;
            case CLEAN: variants = phrases.clean(); break;
            case STAGING: variants = phrases.staging(); break;
            default: variants = node.descriptions();
        }
        if (variants.isEmpty()) {
            return "";
        }
        String text = variants.get(rnd.nextInt(variants.size()));
        return text.replace("{upstream}", shortName(node.upstream())).replace("{entity}", node.entityLabel())
                .replace("{format}", node.format()).replace("{tool}", tool(node));
    }

    private static String columnDescription(PlannedColumn column, SplittableRandom rnd) {
        if (!column.description().isEmpty()) {
            return rnd.nextInt(100) < 8 ? "" : column.description();
        }
        int roll = rnd.nextInt(100);
        if (!column.values().isEmpty() && column.values().size() > 1 && roll < 45) {
            return "One of " + String.join(", ", column.values()) + ".";
        }
        if (!column.upstream().isEmpty() && roll < 85) {
            return "From " + shortName(column.upstream().get(0)) + ".";
        }
        if (column.logicalName().startsWith("_") && roll < 60) {
            return "Technical column added by the pipeline.";
        }
        return "";
    }

    private static String tool(PlannedNode node) {
        if (node.process() == null) {
            return "";
        }
        switch (node.process().subtype()) {
            case "kafka_connect": return "Kafka Connect";
            case "airflow_task": return "the Airflow extract";
            default: return "Spark";
        }
    }

    private String url(PlannedNode node) {
        String base = "tableau".equals(node.format()) ? "https://tableau." + names.companyDomain() + "/#/site/"
                + "larkspur/views/" : "https://looker." + names.companyDomain() + "/dashboards/";
        return base + URLEncoder.encode(node.database() + "/" + node.schema() + "/" + node.name(),
                StandardCharsets.UTF_8);
    }

    private List<String> terms(List<String> termNames) {
        if (termNames.isEmpty()) {
            return List.of();
        }
        List<String> qns = new ArrayList<>(termNames.size());
        for (String t : termNames) {
            qns.add(names.glossaryTerm(t));
        }
        return qns;
    }

    private static String shortName(String qualifiedName) {
        return qualifiedName == null || qualifiedName.isEmpty() ? "" : DemoNames.shortName(qualifiedName);
    }
}
