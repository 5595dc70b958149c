package org.steward.views.catalog;

import java.util.Optional;
import java.util.OptionalLong;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.steward.model.change.OverlaidDetails;
import org.steward.model.search.SearchHit;
import org.steward.views.classification.ClassifyActions;
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
        this(session, executor, (area, id, focus, highlighted) -> { });
    }

    public CatalogView(WorkspaceSession session, TaskExecutor executor, AreaNavigator navigator) {
        catalog = new CatalogViewModel(session.workspace(), executor);
        detail = new EntityDetailViewModel(session, executor);
        Runnable openLineage = () -> {
            if (detail.detailsProperty().get() != null) {
                navigator.show(Area.LINEAGE, detail.detailsProperty().get().details().entity().id());
            }
        };
        RetentionViewModel retention = new RetentionViewModel(session, executor);
        detailPane = new EntityDetailPane(detail, openLineage, new RetentionSection(retention),
                () -> openMasking(session, executor));
        detail.detailsProperty().addListener((observable, old, now) ->
                retention.show(now == null ? null : now.details()));
        results = new ResultsTable(catalog, detailPane::focus, this::focusSearch);
        searchBar = new SearchBar(catalog, results::focusFirst);
        CatalogTreePane tree = new CatalogTreePane(catalog);
        javafx.scene.control.MenuButton classifyMenu = new javafx.scene.control.MenuButton("Classify",
                org.steward.views.common.Glyph.CLASSIFY.icon());
        classifyMenu.setId("classify-results");
        classifyMenu.getStyleClass().addAll(atlantafx.base.theme.Styles.SMALL, atlantafx.base.theme.Styles.FLAT);
        javafx.scene.control.MenuItem classifySelected = new javafx.scene.control.MenuItem();
        classifySelected.setId("classify-selected");
        javafx.scene.control.MenuItem classifyAll = new javafx.scene.control.MenuItem();
        classifyAll.setId("classify-all-results");
        classifyMenu.getItems().addAll(classifySelected, classifyAll);
        classifyMenu.setOnShowing(event -> {
            classifySelected.setText("Classify " + results.selectedCount() + " selected…  (Ctrl/Shift+click to pick more)");
            classifySelected.setDisable(results.selectedCount() == 0);
            classifyAll.setText("Classify all " + results.resultCount() + " results shown…");
            classifyAll.setDisable(results.resultCount() == 0);
        });
        javafx.scene.layout.HBox resultActions = new javafx.scene.layout.HBox(8, classifyMenu);
        resultActions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox centre = new VBox(8, searchBar.node(), resultActions, results.node());
        centre.getStyleClass().add("catalog-centre");
        VBox.setVgrow(results.node(), Priority.ALWAYS);
        root = new SplitPane(tree.node(), centre, detailPane.node());
        root.setId("catalog-view");
        root.getStyleClass().add("catalog-view");
        root.setDividerPositions(0.16, 0.75);
        SplitPane.setResizableWithParent(tree.node(), false);
        ClassifyActions classify = new ClassifyActions(session, executor, navigator);
        EntityDetailPane.Classifying classifying = new EntityDetailPane.Classifying() {
            @Override
            public void classify(java.util.List<org.steward.model.catalog.Entity> targets) {
                classify.classify(targets, root.getScene() == null ? null : root.getScene().getWindow());
            }

            @Override
            public void remove(java.util.List<org.steward.model.catalog.Entity> targets, String classification) {
                classify.remove(targets, classification);
            }
        };
        detailPane.setClassifying(classifying);
        results.onClassify(classifying::classify);
        classifySelected.setOnAction(event -> classifying.classify(results.selectedEntities()));
        classifyAll.setOnAction(event -> classifying.classify(results.allEntities()));
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
    public void reveal(long entityId, String focus) {
        detailPane.focusSectionWhenShown(focus);
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
