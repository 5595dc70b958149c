package org.steward.model.classification.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.steward.model.classification.Taxonomy;

/** Runs a classifier over labelled columns and scores its best suggestion per column, per class and overall. */
public final class ClassificationBenchmark {

    /** Scores per classification (by name), the micro-averaged total, and the columns that went wrong. */
    public record Result(List<ClassificationScore> perClass, ClassificationScore overall, int columns,
                         int personalColumns, List<String> mistakes) {
    }

    private final ColumnClassifier classifier;
    private final Taxonomy taxonomy;

    public ClassificationBenchmark(ColumnClassifier classifier, Taxonomy taxonomy) {
        this.classifier = classifier;
        this.taxonomy = taxonomy;
    }

    public Result run(List<LabelledColumn> columns) {
        Map<String, ClassificationScore> scores = new TreeMap<>();
        ClassificationScore overall = new ClassificationScore("overall", 0, 0, 0);
        List<String> mistakes = new ArrayList<>();
        int personal = 0;
        for (LabelledColumn column : columns) {
            Optional<String> best = classifier.best(column.name(), column.samples())
                    .map(Suggestion::classification);
            boolean right = column.personal() && best.isPresent()
                    && taxonomy.isA(best.get(), column.expected());
            if (column.personal()) {
                personal++;
                scores.merge(column.expected(), score(column.expected(), right ? 1 : 0, 0, right ? 0 : 1),
                        ClassificationBenchmark::add);
                overall = overall.plus(right ? 1 : 0, 0, right ? 0 : 1);
            }
            if (best.isPresent() && !right) {
                scores.merge(best.get(), score(best.get(), 0, 1, 0), ClassificationBenchmark::add);
                overall = overall.plus(0, 1, 0);
            }
            if (!right && (best.isPresent() || column.personal())) {
                mistakes.add(column.part() + ": " + column.name() + " expected " + column.expected() + ", got "
                        + best.orElse(LabelledColumn.NONE));
            }
        }
        return new Result(List.copyOf(scores.values()), overall, columns.size(), personal, List.copyOf(mistakes));
    }

    private static ClassificationScore score(String name, int tp, int fp, int fn) {
        return new ClassificationScore(name, tp, fp, fn);
    }

    private static ClassificationScore add(ClassificationScore a, ClassificationScore b) {
        return a.plus(b.truePositives(), b.falsePositives(), b.falseNegatives());
    }
}
