package org.steward.connectors.openlineage;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.steward.connectors.importing.BatchCollector;
import org.steward.connectors.importing.JsonTree;
import org.steward.model.catalog.EntityType;
import org.steward.model.ingest.EntityRecord;

/**
 * Turns one OpenLineage event into catalog records: a RunEvent or JobEvent gives a job (PROCESS) with its inputs
 * and outputs and dataset → job → dataset edges; a DatasetEvent gives its dataset. Run-specific data (run ids,
 * times, statistics) is not kept, so the same job seen in many runs stays one unchanged entity.
 */
final class OpenLineageEventMapper {
    private final BatchCollector out;
    private final OpenLineageDatasetMapper datasets;

    OpenLineageEventMapper(BatchCollector out) {
        this.out = out;
        this.datasets = new OpenLineageDatasetMapper(out);
    }

    void map(JsonTree event) {
        if (!event.node().isObject()) {
            throw event.fail("expected an OpenLineage event (an object), found " + JsonTree.kind(event.node()));
        }
        if (event.has("job")) {
            mapJobEvent(event);
        } else if (event.has("dataset")) {
            datasets.dataset(event.object("dataset"), null);
        } else {
            throw event.fail("expected a RunEvent, JobEvent or DatasetEvent: the event has neither 'job' nor "
                    + "'dataset'");
        }
    }

    private void mapJobEvent(JsonTree event) {
        JsonTree job = event.object("job");
        String namespace = job.requiredText("namespace");
        String name = job.requiredText("name");
        String process = OpenLineageNames.job(namespace, name);
        JsonTree facets = job.object("facets");
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("openlineage.namespace", namespace);
        JsonTree jobType = facets.object("jobType");
        jobType.text("processingType").ifPresent(value -> attributes.put("jobType.processingType", value));
        jobType.text("integration").ifPresent(value -> attributes.put("jobType.integration", value));
        jobType.text("jobType").ifPresent(value -> attributes.put("jobType.jobType", value));
        facets.object("sql").text("query").ifPresent(value -> attributes.put("sql", value));
        JsonTree code = facets.object("sourceCodeLocation");
        code.text("url").ifPresent(value -> attributes.put("sourceCodeLocation.url", value));
        code.text("repoUrl").ifPresent(value -> attributes.put("sourceCodeLocation.repoUrl", value));
        String owner = OpenLineageFacets.owners(facets.object("ownership"), out);
        String subtype = jobType.text("jobType").map(value -> value.toLowerCase(Locale.ROOT)).orElse("job");
        out.entity(EntityRecord.builder(EntityType.PROCESS, process).name(name).subtype(subtype)
                .location(namespace, "", "")
                .description(facets.object("documentation").text("description", ""))
                .owner(owner).attributes(attributes).build());
        for (JsonTree input : event.array("inputs")) {
            String dataset = datasets.dataset(input, process);
            out.edge(dataset, process, null);
        }
        for (JsonTree output : event.array("outputs")) {
            String dataset = datasets.dataset(output, process);
            out.edge(process, dataset, null);
        }
    }
}
