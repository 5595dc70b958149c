package org.steward.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.steward.app.Connectors;
import org.steward.app.UserError;
import org.steward.connectors.dbt.DbtImporter;
import org.steward.model.classification.Taxonomy;
import org.steward.model.ingest.CatalogImporter;
import org.steward.model.policy.InvalidRulesException;
import org.steward.model.policy.PolicyCatalog;
import org.steward.model.policy.PolicyEngine;
import org.steward.model.policy.PolicyReport;
import org.steward.model.policy.RuleBook;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.workspace.Workspace;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** What {@code steward check} checks: a workspace, a dbt project, or OpenLineage event files. */
final class CheckSubject {

    @Option(names = {"-w", "--workspace"}, paramLabel = "DIR", required = true,
            description = "A workspace; its own rule sets apply too.")
    Path workspace;

    @ArgGroup(exclusive = false)
    DbtFiles dbt;

    @Option(names = "--openlineage", paramLabel = "FILE", arity = "1..*", required = true,
            description = "OpenLineage events (JSON, NDJSON or an array). Repeatable.")
    List<Path> openLineage;

    static final class DbtFiles {
        @Option(names = "--dbt", paramLabel = "FILE", required = true, description = "A dbt manifest.json.")
        Path manifest;

        @Option(names = "--dbt-catalog", paramLabel = "FILE", description = "The dbt project's catalog.json.")
        Path catalog;
    }

    /** The report, a name for what was checked and how long reading it took. */
    record Checked(String label, PolicyReport report, long readMillis) {
    }

    Checked check(Taxonomy taxonomy, RuleBook standard, UnaryOperator<RuleBook> extraRules,
                  ProgressMonitor progress) {
        if (workspace != null) {
            try (Workspace open = Workspace.open(workspace)) {
                RuleBook book;
                try {
                    book = extraRules.apply(open.policyRules().applyTo(standard));
                } catch (InvalidRulesException e) {
                    throw new UserError(e.getMessage());
                }
                long started = System.nanoTime();
                PolicyCatalog catalog = open.policyCatalog();
                long read = (System.nanoTime() - started) / 1_000_000;
                return new Checked("workspace " + open.name(),
                        new PolicyEngine(taxonomy, book).evaluate(catalog, progress), read);
            }
        }
        RuleBook book = extraRules.apply(standard);
        CatalogImporter importer;
        List<Path> files;
        if (dbt != null) {
            requireFile(dbt.manifest);
            if (dbt.catalog != null) {
                requireFile(dbt.catalog);
            }
            importer = new DbtImporter(dbt.catalog);
            files = List.of(dbt.manifest);
        } else {
            importer = Connectors.importer("openlineage", null);
            files = openLineage;
        }
        files.forEach(CheckSubject::requireFile);
        String label = importer.format() + " " + files.stream().map(Path::toString).collect(Collectors.joining(", "));
        try (Workspace memory = Workspace.inMemory("check")) {
            long started = System.nanoTime();
            memory.ingestAll(sink -> files.forEach(file -> importer.read(file, sink, progress)), label,
                    System.getProperty("user.name", "steward"), progress);
            PolicyCatalog catalog = memory.policyCatalog();
            long read = (System.nanoTime() - started) / 1_000_000;
            return new Checked(label, new PolicyEngine(taxonomy, book).evaluate(catalog, progress), read);
        }
    }

    private static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserError("no such file: " + file);
        }
    }
}
