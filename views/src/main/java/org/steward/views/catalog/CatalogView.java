package org.steward.views.catalog;

import java.util.Optional;
import java.util.OptionalLong;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.steward.model.change.OverlaidDetails;
import org.steward.model.search.SearchHit;
import org.steward.views.masking.LazyTaxonomy;
import org.steward.views.masking.MaskingViewModel;
import org.steward.views.masking.MaskingWindow;
import org.steward.views.shell.Area;
import org.steward.views.shell.AreaContext;
import org.steward.views.shell.AreaNavigator;
import org.steward.views.shell.AreaView;
import org.steward.views.shell.WorkspaceSession;
import org.steward.views.task.TaskExecutor;

/** The catalog browser: tree on the left, search and hits in the middle, details on the right. */
public final class CatalogView implements AreaView {
    private final CatalogViewModel catalog;
    private final EntityDetailViewModel detail;
    private final SearchBar searchBar;
    private final ResultsTable results;
    private final EntityDetailPane detailPane;
    private final SplitPane root;
    private final LazyTaxonomy taxonomy = new LazyTaxonomy();

    public CatalogView(AreaContext context) {
        this(context.session(), context.executor(), context.navigator());
    }

    public CatalogView(WorkspaceSession session, TaskExecutor executor) {
        this(session, executor, (area, id) -> { });
    }

    public CatalogView(WorkspaceSession session, TaskExecutor executor, AreaNavigator navigator) {
        catalog = new CatalogViewModel(session.workspace(), executor);
        detail = new EntityDetailViewModel(session, executor);
        Runnable openLineage = () -> {
            if (detail.detailsProperty().get() != null) {
                navigator.show(Area.LINEAGE, detail.detailsProperty().get().details().entity().id());
            }
        };
        detailPane = new EntityDetailPane(detail, openLineage, () -> openMasking(session, executor));
        results = new ResultsTable(catalog, detailPane::focus, this::focusSearch);
        searchBar = new SearchBar(catalog, results::focusFirst);
        CatalogTreePane tree = new CatalogTreePane(catalog);
        VBox centre = new VBox(8, searchBar.node(), results.node());
        centre.getStyleClass().add("catalog-centre");
        VBox.setVgrow(results.node(), Priority.ALWAYS);
        root = new SplitPane(tree.node(), centre, detailPane.node());
        root.setId("catalog-view");
        root.getStyleClass().add("catalog-view");
        root.setDividerPositions(0.16, 0.70);
        SplitPane.setResizableWithParent(tree.node(), false);
        catalog.selectedHitProperty().addListener((observable, old, now) ->
                detail.show(now == null ? null : now.entity().id()));
        catalog.load();
        detail.loadChoices();
    }

    private void openMasking(WorkspaceSession session, TaskExecutor executor) {
        OverlaidDetails shown = detail.detailsProperty().get();
        if (shown == null || shown.details().columns().isEmpty()) {
            return;
        }
        MaskingViewModel masking = new MaskingViewModel(session.workspace(), session.user(), executor, taxonomy);
        MaskingWindow window = new MaskingWindow(masking, root.getScene() == null ? null : root.getScene().getWindow(),
                shown.details().entity().name());
        masking.show(shown.details());
        window.show();
    }

    @Override
    public OptionalLong selectedEntityId() {
        return detail.detailsProperty().get() == null ? OptionalLong.empty()
                : OptionalLong.of(detail.detailsProperty().get().details().entity().id());
    }

    @Override
    public void reveal(long entityId) {
        detail.show(entityId);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void focusSearch() {
        searchBar.focus();
    }

    @Override
    public Optional<String> selectedQualifiedName() {
        return Optional.ofNullable(catalog.selectedHitProperty().get()).map(SearchHit::entity)
                .map(entity -> entity.qualifiedName());
    }

    @Override
    public void copySelection() {
        detailPane.copyQualifiedName();
    }

    @Override
    public void dispose() {
        catalog.dispose();
        detail.dispose();
    }
}
