package org.steward.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.steward.app.UserError;
import org.steward.model.classification.Taxonomy;
import org.steward.model.classification.suggest.ClassificationBenchmark;
import org.steward.model.classification.suggest.ClassificationCorpus;
import org.steward.model.classification.suggest.ClassificationScore;
import org.steward.model.classification.suggest.ColumnClassifier;
import org.steward.model.classification.suggest.LabelledColumn;
import org.steward.model.demo.DemoBlueprint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code steward bench classify}: precision and recall of the classification suggestions on the shipped corpus. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Measures classification suggestions on the shipped hand-labelled corpus and the demo "
                + "blueprint's columns: precision and recall per class and overall.")
final class BenchClassifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--threshold", paramLabel = "P", description = "Confidence threshold (default ${DEFAULT-VALUE}).")
    double threshold = ColumnClassifier.DEFAULT_THRESHOLD;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "20240611",
            description = "Seed for the demo columns' sample values (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--mistakes", description = "Also list every column suggested wrongly or missed.")
    boolean mistakes;

    @Override
    public Integer call() {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new UserError("--threshold must lie in (0, 1]");
        }
        PrintWriter out = spec.commandLine().getOut();
        Taxonomy taxonomy = Taxonomy.standard();
        DemoBlueprint blueprint = DemoBlueprint.load();
        ClassificationBenchmark benchmark = new ClassificationBenchmark(ColumnClassifier.withThreshold(threshold),
                taxonomy);
        List<LabelledColumn> hand = ClassificationCorpus.handLabelled(taxonomy);
        List<LabelledColumn> demo = ClassificationCorpus.demo(blueprint, taxonomy, seed);
        List<LabelledColumn> all = new ArrayList<>(hand);
        all.addAll(demo);
        out.printf("classification benchmark at threshold %.2f%n", threshold);
        print(out, ClassificationCorpus.HAND_LABELLED + " corpus (the detectors were tuned on it)",
                benchmark.run(hand));
        print(out, ClassificationCorpus.DEMO + " columns (held out; "
                + ClassificationCorpus.demoSkipped(blueprint, taxonomy, seed)
                + " unlabelled columns with personal values skipped)", benchmark.run(demo));
        print(out, "all", benchmark.run(all));
        return 0;
    }

    private void print(PrintWriter out, String title, ClassificationBenchmark.Result result) {
        out.printf("%n%s: %d columns, %d personal%n", title, result.columns(), result.personalColumns());
        out.printf("  %-36s %5s %5s %5s %9s %7s%n", "class", "tp", "fp", "fn", "precision", "recall");
        for (ClassificationScore score : result.perClass()) {
            row(out, score);
        }
        row(out, result.overall());
        if (mistakes) {
            result.mistakes().forEach(m -> out.println("  - " + m));
        }
    }

    private static void row(PrintWriter out, ClassificationScore score) {
        out.printf("  %-36s %5d %5d %5d %9.3f %7.3f%n", score.classification(), score.truePositives(),
                score.falsePositives(), score.falseNegatives(), score.precision(), score.recall());
    }
}
