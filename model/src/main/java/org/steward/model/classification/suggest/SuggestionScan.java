package org.steward.model.classification.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.steward.model.task.CancelledException;
import org.steward.model.task.ProgressMonitor;

/** Runs the detectors over unlabelled columns, leaving out what the steward rejected or already has pending. */
public final class SuggestionScan {
    private final ColumnClassifier classifier;

    public SuggestionScan(ColumnClassifier classifier) {
        this.classifier = classifier;
    }

    /**
     * @param rejected suggestions turned down before
     * @param pending  (column, classification) pairs already proposed, as rejections are keyed
     */
    public List<ColumnSuggestion> scan(List<ReviewColumn> columns, Set<RejectedSuggestion> rejected,
                                       Set<RejectedSuggestion> pending, ProgressMonitor monitor) {
        List<ColumnSuggestion> found = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (i % 500 == 0) {
                if (monitor.isCancelled()) {
                    throw new CancelledException();
                }
                monitor.progress(i, columns.size(), "Checking column " + (i + 1) + " of " + columns.size());
            }
            ReviewColumn column = columns.get(i);
            for (Suggestion suggestion : classifier.suggest(column.name(), column.samples())) {
                RejectedSuggestion key = new RejectedSuggestion(column.id(), suggestion.classification());
                if (!rejected.contains(key) && !pending.contains(key)) {
                    found.add(new ColumnSuggestion(column, suggestion));
                }
            }
        }
        monitor.progress(columns.size(), columns.size(), found.size() + " suggestions");
        return found;
    }
}
