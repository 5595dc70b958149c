package org.steward.views.lineage;

import java.time.Duration;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.steward.views.task.BackgroundJob;
import org.steward.views.task.TaskExecutor;

/**
 * One side of the process dialog (its inputs or its outputs): a search-as-you-type query, the datasets it
 * suggests, and the datasets chosen. Searches run off the FX thread, {@link #DEBOUNCE} after the last keystroke;
 * an answer to an older query is dropped.
 */
public final class DatasetPicker {
    static final Duration DEBOUNCE = Duration.ofMillis(150);
    static final int SUGGESTIONS = 30;

    private final DatasetFinder finder;
    private final TaskExecutor executor;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<DatasetChoice> suggestions = FXCollections.observableArrayList();
    private final ObservableList<DatasetChoice> chosen = FXCollections.observableArrayList();
    private TaskExecutor.Cancellable pending;
    private long ticket;

    public DatasetPicker(DatasetFinder finder, TaskExecutor executor, List<DatasetChoice> initial) {
        this.finder = finder;
        this.executor = executor;
        chosen.setAll(initial);
        query.addListener((observable, old, now) -> searchSoon());
    }

    /** Runs the current query now (the dialog calls it once when it opens). */
    public void search() {
        String text = query.get();
        long mine = ++ticket;
        executor.execute(BackgroundJob.quiet("Finding datasets", monitor -> finder.find(text, SUGGESTIONS),
                found -> {
                    if (mine == ticket) {
                        suggestions.setAll(found.stream().filter(choice -> !isChosen(choice.id())).toList());
                    }
                }));
    }

    public void choose(DatasetChoice choice) {
        if (choice != null && !isChosen(choice.id())) {
            chosen.add(choice);
            suggestions.removeIf(suggestion -> suggestion.id() == choice.id());
        }
    }

    public void remove(DatasetChoice choice) {
        chosen.remove(choice);
    }

    public boolean isChosen(long id) {
        return chosen.stream().anyMatch(choice -> choice.id() == id);
    }

    public List<Long> chosenIds() {
        return chosen.stream().map(DatasetChoice::id).toList();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<DatasetChoice> suggestions() {
        return suggestions;
    }

    public ObservableList<DatasetChoice> chosen() {
        return chosen;
    }

    private void searchSoon() {
        if (pending != null) {
            pending.cancel();
        }
        pending = executor.schedule(DEBOUNCE, this::search);
    }
}
