package org.steward.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.steward.app.UserError;
import org.steward.model.change.Change;
import org.steward.model.change.ClassificationAdded;
import org.steward.model.classification.propagation.PropagatedSet;
import org.steward.model.classification.propagation.PropagationPreview;
import org.steward.model.classification.suggest.ColumnClassifier;
import org.steward.model.classification.suggest.ColumnSuggestion;
import org.steward.model.classification.suggest.ReviewColumn;
import org.steward.model.classification.suggest.SuggestionScan;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code steward bench propagation}: the suggestion scan, full propagation and a bulk-accept preview, timed. */
@Command(name = "propagation", mixinStandardHelpOptions = true,
        description = "Times the suggestion scan over unlabelled columns, propagating every direct label of the"
                + " workspace along lineage, and the preview of accepting the first N suggestions at once.")
final class BenchPropagationCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptionMixin workspace;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5", description = "Timed rounds (default 5).")
    int rounds;

    @Option(names = "--accept", paramLabel = "N", defaultValue = "100",
            description = "Suggestions accepted at once in the preview (default 100).")
    int accept;

    @Override
    public Integer call() {
        if (rounds <= 0 || accept <= 0) {
            throw new UserError("--rounds and --accept must be positive");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace open = workspace.open()) {
            out.printf("propagation benchmark on %s (%,d entities), median of %d rounds after one warm-up%n",
                    open.name(), open.stats().totalEntities(), rounds);
            List<ReviewColumn> columns = open.classifications().unlabelledColumns();
            SuggestionScan scan = new SuggestionScan(ColumnClassifier.standard());
            List<ColumnSuggestion> suggestions = scan.scan(columns, Set.of(), Set.of(), ProgressMonitor.NONE);
            double scanMillis = median(() -> scan.scan(columns, Set.of(), Set.of(), ProgressMonitor.NONE));
            out.printf("  suggestion scan: %,d unlabelled columns, %,d suggestions, %.0f ms (%,.0f columns/s)%n",
                    columns.size(), suggestions.size(), scanMillis, columns.size() / (scanMillis / 1000));
            PropagatedSet[] computed = new PropagatedSet[1];
            double propagateMillis = median(() -> {
                open.propagation().invalidate();
                computed[0] = open.propagation().stored();
            });
            out.printf("  propagation of %,d direct labels: %,d propagated labels, %.0f ms"
                            + " (with pending changes overlaid: computed twice)%n",
                    open.classifications().directLabels().size(), computed[0].size(), propagateMillis);
            List<Change> changes = new ArrayList<>();
            suggestions.stream().limit(accept).forEach(s -> changes.add(new ClassificationAdded(s.column().id(),
                    s.classification())));
            PropagationPreview[] preview = new PropagationPreview[1];
            double previewMillis = median(() -> preview[0] = open.propagation().preview(changes));
            out.printf("  preview of accepting %d suggestions: %.0f ms%n", changes.size(), previewMillis);
            preview[0].summary().stream().limit(8).forEach(line -> out.printf("    %s%n", line));
        }
        return 0;
    }

    private double median(Runnable work) {
        work.run();
        double[] millis = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long started = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return millis[rounds / 2];
    }
}
