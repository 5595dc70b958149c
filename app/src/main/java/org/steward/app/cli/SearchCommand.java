package org.steward.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.steward.app.UserError;
import org.steward.model.catalog.CatalogLocation;
import org.steward.model.catalog.EntityType;
import org.steward.model.search.SearchHit;
import org.steward.model.search.SearchQuery;
import org.steward.model.search.SearchResults;
import org.steward.model.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code steward search}: the catalog search from the command line. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Searches a workspace's catalog the way the app's search field does, ranked.")
final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptionMixin workspace;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words to search for (prefixes match).")
    List<String> words;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Results to print (default 20).")
    int limit;

    @Option(names = "--type", paramLabel = "TYPE", split = ",",
            description = "Only these types: ${COMPLETION-CANDIDATES}.")
    Set<EntityType> types;

    @Option(names = "--source", paramLabel = "SOURCE", split = ",", description = "Only these source systems.")
    Set<String> sources;

    @Option(names = "--classification", paramLabel = "LABEL", split = ",",
            description = "Only entities with these classifications (PII also matches PII.Email).")
    Set<String> classifications;

    @Option(names = "--owner", paramLabel = "OWNER", split = ",", description = "Only entities of these owners.")
    Set<String> owners;

    @Option(names = "--suspected-unclassified",
            description = "Only entities that look like personal data but carry no classification.")
    boolean suspected;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() {
        if (limit <= 0) {
            throw new UserError("--limit must be positive, was " + limit);
        }
        SearchQuery query = new SearchQuery(String.join(" ", words), types, sources, classifications, owners,
                CatalogLocation.ALL, suspected, limit);
        SearchResults results;
        try (Workspace open = workspace.open()) {
            results = open.search().search(query);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> hits = new ArrayList<>();
            for (SearchHit hit : results.hits()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("type", hit.entity().type().name());
                row.put("name", hit.entity().name());
                row.put("qualifiedName", hit.entity().qualifiedName());
                row.put("source", hit.entity().source());
                row.put("owner", hit.entity().owner());
                row.put("score", hit.score());
                row.put("matchedField", hit.matchedField() == null ? null : hit.matchedField().name());
                row.put("matchedText", hit.matchedText());
                row.put("classifications", hit.classifications());
                hits.add(row);
            }
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("query", query.text());
            document.put("totalMatches", results.totalMatches());
            document.put("millis", results.millis());
            document.put("hits", hits);
            out.println(Json.write(document));
        } else {
            out.printf("%,d matches in %.1f ms%s%n", results.totalMatches(), results.millis(),
                    results.truncated() ? ", showing the first " + results.hits().size() : "");
            for (SearchHit hit : results.hits()) {
                String matched = hit.matchedField() == null ? ""
                        : "  (" + hit.matchedField().label() + ": " + hit.matchedText() + ")";
                out.printf("%-9s %-40s %s%s%n", hit.entity().type().label(), hit.entity().name(),
                        hit.entity().qualifiedName(), matched);
            }
        }
        return 0;
    }
}
