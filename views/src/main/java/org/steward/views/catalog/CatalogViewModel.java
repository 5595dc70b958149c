package org.steward.views.catalog;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.steward.model.catalog.CatalogLocation;
import org.steward.model.catalog.CatalogTreeNode;
import org.steward.model.catalog.EntityType;
import org.steward.model.search.CatalogSearch;
import org.steward.model.search.SearchHit;
import org.steward.model.search.SearchQuery;
import org.steward.model.search.SearchResults;
import org.steward.model.workspace.Workspace;
import org.steward.model.workspace.WorkspaceListener;
import org.steward.views.task.BackgroundJob;
import org.steward.views.task.TaskExecutor;

/**
 * The catalog browser's state: the tree, the query (text, filters, location) and its hits. Any change of the query
 * runs a debounced search off the UI thread; results of superseded searches are dropped.
 */
public final class CatalogViewModel {
    static final Duration DEBOUNCE = Duration.ofMillis(150);

    private final Workspace workspace;
    private final TaskExecutor executor;
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObservableSet<EntityType> types = FXCollections.observableSet(EnumSet.noneOf(EntityType.class));
    private final StringProperty source = new SimpleStringProperty(this, "source");
    private final StringProperty classification = new SimpleStringProperty(this, "classification");
    private final StringProperty owner = new SimpleStringProperty(this, "owner");
    private final BooleanProperty suspectedUnclassifiedOnly = new SimpleBooleanProperty(this, "suspected");
    private final ObjectProperty<CatalogLocation> location =
            new SimpleObjectProperty<>(this, "location", CatalogLocation.ALL);
    private final ReadOnlyObjectWrapper<CatalogTreeNode> tree = new ReadOnlyObjectWrapper<>(this, "tree");
    private final ObservableList<String> sources = FXCollections.observableArrayList();
    private final ObservableList<String> classifications = FXCollections.observableArrayList();
    private final ObservableList<String> owners = FXCollections.observableArrayList();
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SearchResults> results = new ReadOnlyObjectWrapper<>(this, "results");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching");
    private final ObjectProperty<SearchHit> selectedHit = new SimpleObjectProperty<>(this, "selectedHit");
    private final WorkspaceListener listener;
    private long generation;
    private TaskExecutor.Cancellable pending;

    public CatalogViewModel(Workspace workspace, TaskExecutor executor) {
        this.workspace = workspace;
        this.executor = executor;
        List<Observable> queryParts = List.of(searchText, types, source, classification, owner,
                suspectedUnclassifiedOnly, location);
        queryParts.forEach(part -> part.addListener(observable -> scheduleSearch()));
        this.listener = new WorkspaceListener() {
            @Override
            public void catalogChanged() {
                executor.runOnUi(CatalogViewModel.this::load);
            }
        };
        workspace.addListener(listener);
    }

    /** Loads the tree and the filter choices, then runs the current query. */
    public void load() {
        executor.execute(BackgroundJob.quiet("Loading the catalog tree", monitor -> {
            CatalogSearch search = workspace.search();
            return new Choices(workspace.catalog().tree(), search.sources(), search.classifications(),
                    search.owners());
        }, choices -> {
            tree.set(choices.tree());
            sources.setAll(choices.sources());
            classifications.setAll(choices.classifications());
            owners.setAll(choices.owners());
        }));
        searchNow();
    }

    public void dispose() {
        workspace.removeListener(listener);
        if (pending != null) {
            pending.cancel();
        }
    }

    public SearchQuery query() {
        return new SearchQuery(searchText.get(), types.isEmpty() ? Set.of() : EnumSet.copyOf(types), only(source.get()),
                only(classification.get()), only(owner.get()), location.get(), suspectedUnclassifiedOnly.get(),
                SearchQuery.DEFAULT_LIMIT);
    }

    private static Set<String> only(String value) {
        return value == null || value.isBlank() ? Set.of() : Set.of(value);
    }

    private void scheduleSearch() {
        if (pending != null) {
            pending.cancel();
        }
        pending = executor.schedule(DEBOUNCE, this::searchNow);
    }

    /** Runs the current query at once. */
    public void searchNow() {
        SearchQuery query = query();
        long mine = ++generation;
        searching.set(true);
        executor.execute(BackgroundJob.quiet("Searching", monitor -> workspace.search().search(query), found -> {
            if (mine != generation) {
                return;
            }
            searching.set(false);
            results.set(found);
            hits.setAll(found.hits());
            summary.set(ResultSummary.of(found));
        }).onFailure(error -> {
            if (mine == generation) {
                searching.set(false);
                hits.clear();
                summary.set("Search failed: " + error.getMessage());
            }
        }));
    }

    public void clearFilters() {
        types.clear();
        source.set(null);
        classification.set(null);
        owner.set(null);
        suspectedUnclassifiedOnly.set(false);
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObservableSet<EntityType> types() {
        return types;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public StringProperty classificationProperty() {
        return classification;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public BooleanProperty suspectedUnclassifiedOnlyProperty() {
        return suspectedUnclassifiedOnly;
    }

    public ObjectProperty<CatalogLocation> locationProperty() {
        return location;
    }

    public ReadOnlyObjectProperty<CatalogTreeNode> treeProperty() {
        return tree.getReadOnlyProperty();
    }

    public ObservableList<String> sources() {
        return sources;
    }

    public ObservableList<String> classifications() {
        return classifications;
    }

    public ObservableList<String> owners() {
        return owners;
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    public ReadOnlyObjectProperty<SearchResults> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    public ObjectProperty<SearchHit> selectedHitProperty() {
        return selectedHit;
    }

    private record Choices(CatalogTreeNode tree, List<String> sources, List<String> classifications,
                           List<String> owners) {
    }
}
