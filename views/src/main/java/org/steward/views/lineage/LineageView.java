package org.steward.views.lineage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.steward.model.catalog.EntityType;
import org.steward.model.lineage.LineageEdge;
import org.steward.model.lineage.LineageNode;
import org.steward.model.lineage.LineageService;
import org.steward.views.common.Glyph;
import org.steward.views.lineage.canvas.CanvasListener;
import org.steward.views.lineage.canvas.LineageCanvas;
import org.steward.views.lineage.canvas.RenderState;
import org.steward.views.lineage.layout.EdgeRoute;
import org.steward.views.lineage.layout.LineageLayout;
import org.steward.views.shell.Area;
import org.steward.views.shell.AreaContext;
import org.steward.views.shell.AreaNavigator;
import org.steward.views.shell.AreaView;
import org.steward.views.task.TaskExecutor;

/** The lineage area: toolbar, the graph canvas with its minimap, and the details/impact panel. */
public final class LineageView implements AreaView {
    private final LineageViewModel model;
    private final LineageCanvas canvas = new LineageCanvas();
    private final LineageToolbar toolbar;
    private final LineageFiles files;
    private final AreaNavigator navigator;
    private final BorderPane root = new BorderPane();
    private final Label hint = new Label();
    private final Label pickHint = new Label();
    private final List<LineageAction> actions = new ArrayList<>();
    private final List<LineageAction> editActions;
    private final LineageEdits edits;
    private final DatasetFinder finder;
    private final TaskExecutor executor;
    private final Runnable editsChanged;
    private ContextMenu menu;
    private PropagationEdgeRules edgeRules;
    private Long pickingTargetFor;

    public LineageView(AreaContext context) {
        this(context.shell().lineage().service(context.session()), context.shell().lineage().edits(context.session()),
                context.shell().lineage().finder(context.session()), context.executor(),
                new LineageFiles.Sources(context.shell().exporters(), context.shell().importers(), context.session()),
                context.navigator());
        this.edgeRules = new PropagationEdgeRules(context.session(), context.executor());
    }

    LineageView(LineageService service, LineageEdits edits, DatasetFinder finder, TaskExecutor executor,
                LineageFiles.Sources sources, AreaNavigator navigator) {
        LineageLayout layout = new LineageLayout();
        this.model = new LineageViewModel(java.util.Objects.requireNonNull(service, "lineage service"), edits, executor,
                layout::layout);
        this.navigator = navigator;
        this.edits = edits;
        this.finder = finder;
        this.executor = executor;
        this.files = new LineageFiles(model, canvas, executor, sources);
        actions.add(new LineageAction("lineage-fit", "Fit to window (0)", Glyph.FIT, "shortcut+0", canvas::fit));
        actions.add(new LineageAction("lineage-zoom-in", "Zoom in (+)", Glyph.ZOOM_IN, null, canvas::zoomIn));
        actions.add(new LineageAction("lineage-zoom-out", "Zoom out (−)", Glyph.ZOOM_OUT, null, canvas::zoomOut));
        actions.add(new LineageAction("lineage-paths", "Highlight paths between the two selected nodes",
                Glyph.PATHS, "shortcut+P", this::highlightPaths));
        actions.add(new LineageAction("lineage-impact-action", "Impact of the selected node", Glyph.IMPACT,
                "shortcut+I", model::loadImpact));
        editActions = new LineageEditActions(model, this::addProcess, this::startEdgeFromSelected).actions();
        List<MenuItem> exportItems = files.exportItems();
        List<MenuItem> importItems = new ArrayList<>(files.importItems());
        List<MenuItem> compareItems = files.compareItems();
        if (!compareItems.isEmpty()) {
            importItems.add(new SeparatorMenuItem());
            importItems.addAll(compareItems);
        }
        toolbar = new LineageToolbar(model, actions, editActions, exportItems, importItems, this::findNext);
        LineageSidePanel side = new LineageSidePanel(model, this::openInCatalog, files::exportImpactCsv);
        DiffList diffList = new DiffList(model);
        VBox sideBox = new VBox(12, side.node(), diffList.node());
        sideBox.getStyleClass().add("lineage-side");
        hint.setId("lineage-hint");
        hint.getStyleClass().addAll("lineage-hint");
        hint.setText(service == null ? "Lineage is not available for this workspace yet."
                : "Pick an entity in the catalog and press Open lineage (Ctrl+L).");
        hint.visibleProperty().bind(model.nodeCountProperty().isEqualTo(0));
        StackPane centre = new StackPane(canvas, hint);
        if (service != null && finder != null) {
            LineageStartPane start = new LineageStartPane(new DatasetPicker(finder, executor, List.of()),
                    model::open);
            hint.visibleProperty().unbind();
            hint.setVisible(false);
            start.node().visibleProperty().bind(model.nodeCountProperty().isEqualTo(0));
            centre.getChildren().add(start.node());
            start.refresh();
        }
        pickHint.setId("lineage-pick-hint");
        pickHint.getStyleClass().add("lineage-pick-hint");
        pickHint.visibleProperty().bind(pickHint.textProperty().isNotEmpty());
        StackPane.setAlignment(pickHint, Pos.TOP_CENTER);
        centre.getChildren().addAll(pickHint, noticeBanner());
        SplitPane split = new SplitPane(centre, sideBox);
        split.setDividerPositions(0.74);
        SplitPane.setResizableWithParent(sideBox, false);
        root.setId("lineage-view");
        root.getStyleClass().add("lineage-view");
        root.setTop(toolbar.node());
        root.setCenter(split);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        canvas.setListener(new Listener());
        model.layoutProperty().addListener((observable, old, now) -> canvas.setGraph(now, model.focusProperty().get()));
        model.selectedProperty().addListener((observable, old, now) -> syncState());
        model.secondProperty().addListener((observable, old, now) -> syncState());
        model.highlighted().addListener((ListChangeListener<Long>) change -> syncState());
        model.matches().addListener((ListChangeListener<Long>) change -> syncState());
        model.matchIndexProperty().addListener((observable, old, now) -> syncState());
        model.diffProperty().addListener((observable, old, now) -> syncState());
        editsChanged = () -> executor.runOnUi(() -> {
            if (model.comparisonProperty().get() == null) {
                model.reload();
            }
        });
        edits.addChangeListener(editsChanged);
    }

    /** The view model's notice (what an import did) at the bottom of the graph, with a button to dismiss it. */
    private HBox noticeBanner() {
        Label text = new Label();
        text.setId("lineage-notice");
        text.setWrapText(true);
        text.textProperty().bind(model.noticeProperty());
        Button close = new Button(null, Glyph.CLOSE.icon());
        close.getStyleClass().addAll(atlantafx.base.theme.Styles.BUTTON_ICON, atlantafx.base.theme.Styles.FLAT);
        close.setAccessibleText("Dismiss");
        close.setOnAction(event -> model.noticeProperty().set(""));
        HBox banner = new HBox(8, text, close);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("lineage-notice");
        banner.setMaxSize(HBox.USE_PREF_SIZE, HBox.USE_PREF_SIZE);
        banner.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        StackPane.setAlignment(banner, Pos.BOTTOM_LEFT);
        StackPane.setMargin(banner, new javafx.geometry.Insets(12));
        return banner;
    }

    public LineageViewModel viewModel() {
        return model;
    }

    LineageCanvas canvas() {
        return canvas;
    }

    @Override
    public void reveal(long entityId) {
        model.open(entityId);
    }

    @Override
    public void reveal(long entityId, java.util.Set<Long> highlighted) {
        model.openHighlighted(entityId, highlighted);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void focusSearch() {
        toolbar.focusFind();
    }

    @Override
    public Optional<String> selectedQualifiedName() {
        return Optional.ofNullable(model.selectedProperty().get()).map(LineageNode::qualifiedName);
    }

    @Override
    public OptionalLong selectedEntityId() {
        LineageNode node = model.selectedProperty().get();
        return node == null ? OptionalLong.empty() : OptionalLong.of(node.id());
    }

    @Override
    public void dispose() {
        if (menu != null) {
            menu.hide();
        }
        edits.removeChangeListener(editsChanged);
    }

    /** Opens the process dialog, inputs and outputs pre-filled with the selected datasets. */
    void addProcess() {
        List<DatasetChoice> picked = model.selectedDatasets();
        AddProcessViewModel draft = new AddProcessViewModel(finder, executor, picked.isEmpty() ? List.of()
                : List.of(picked.get(0)), picked.size() < 2 ? List.of() : List.of(picked.get(1)));
        new AddProcessDialog(canvas.getScene() == null ? null : canvas.getScene().getWindow(), draft)
                .show(model::addProcess);
    }

    private void startEdgeFromSelected() {
        LineageNode from = model.selectedProperty().get();
        if (from != null) {
            startEdgeFrom(from.id());
        }
    }

    private void startEdgeFrom(long nodeId) {
        pickingTargetFor = nodeId;
        pickHint.setText("Click the node the new edge should lead to (Esc cancels).");
    }

    private void shortcut(KeyEvent event) {
        if (event.getCode() == KeyCode.ESCAPE && pickingTargetFor != null) {
            pickingTargetFor = null;
            pickHint.setText("");
            event.consume();
            return;
        }
        for (LineageAction action : allActions()) {
            if (action.accelerator() != null && action.accelerator().match(event) && action.enabled()) {
                action.handler().run();
                event.consume();
                return;
            }
        }
    }

    private List<LineageAction> allActions() {
        List<LineageAction> all = new ArrayList<>(actions);
        all.addAll(editActions);
        return all;
    }

    private void highlightPaths() {
        if (!model.highlightPaths()) {
            model.clearHighlight();
        }
    }

    private void findNext() {
        Long next = model.nextMatch();
        if (next != null) {
            canvas.centerOn(next);
        }
    }

    private void openInCatalog() {
        LineageNode node = model.selectedProperty().get();
        if (node != null && model.comparisonProperty().get() == null) {
            navigator.show(Area.CATALOG, node.id());
        }
    }

    private void syncState() {
        Set<Long> selected = new LinkedHashSet<>();
        Optional.ofNullable(model.selectedProperty().get()).ifPresent(node -> selected.add(node.id()));
        Optional.ofNullable(model.secondProperty().get()).ifPresent(node -> selected.add(node.id()));
        Long current = model.currentMatch();
        canvas.setRenderState(new RenderState(selected, RenderState.NONE, Set.copyOf(model.highlighted()),
                Set.copyOf(model.matches()), current == null ? RenderState.NONE : current, model.diffProperty().get()));
    }

    private final class Listener implements CanvasListener {
        @Override
        public void nodeClicked(long nodeId, boolean additive) {
            if (pickingTargetFor != null) {
                model.addEdge(pickingTargetFor, nodeId);
                pickingTargetFor = null;
                pickHint.setText("");
                return;
            }
            model.select(nodeId, additive);
        }

        @Override
        public void backgroundClicked() {
            model.clearSelection();
        }

        @Override
        public void nodeDoubleClicked(long nodeId) {
            model.toggleExpanded(nodeId);
        }

        @Override
        public void contextMenu(Long nodeId, EdgeRoute edge, double screenX, double screenY) {
            if (menu != null) {
                menu.hide();
            }
            menu = new ContextMenu();
            boolean comparing = model.comparisonProperty().get() != null;
            if (nodeId != null) {
                model.select(nodeId, false);
            }
            if (nodeId != null && !comparing) {
                menu.getItems().add(item("Expand or collapse neighbours", Glyph.LINEAGE,
                        () -> model.toggleExpanded(nodeId)));
                menu.getItems().add(item("Focus here", Glyph.FILTER, () -> model.open(nodeId)));
                menu.getItems().add(item("Add edge to…", Glyph.ADD, () -> startEdgeFrom(nodeId)));
                LineageNode node = model.node(nodeId);
                if (node != null && node.type() == EntityType.PROCESS && !node.pending()) {
                    menu.getItems().add(item("Remove process", Glyph.REMOVE, () -> model.removeProcess(nodeId)));
                }
                menu.getItems().add(item("Open in catalog", Glyph.CATALOG, LineageView.this::openInCatalog));
            }
            if (!comparing && edge != null && edge.edge().pending() == LineageEdge.PendingState.NONE) {
                menu.getItems().add(item("Remove edge", Glyph.REMOVE, () -> model.removeEdge(edge.edge())));
                if (edgeRules != null && !edge.edge().pending().equals(LineageEdge.PendingState.ADDED)) {
                    menu.getItems().add(item("Block classification propagation on this edge", Glyph.REJECT,
                            () -> edgeRules.block(edge.edge())));
                    menu.getItems().add(item("Allow classification propagation on this edge", Glyph.ACCEPT,
                            () -> edgeRules.allow(edge.edge())));
                }
            }
            if (!comparing) {
                menu.getItems().add(item("Add process…", Glyph.PROCESS, LineageView.this::addProcess));
                menu.getItems().add(new SeparatorMenuItem());
            }
            actions.forEach(action -> menu.getItems().add(action.menuItem()));
            menu.show(canvas, screenX, screenY);
        }

        private MenuItem item(String text, Glyph glyph, Runnable action) {
            MenuItem item = new MenuItem(text, glyph.icon());
            item.setOnAction(event -> action.run());
            return item;
        }
    }
}
