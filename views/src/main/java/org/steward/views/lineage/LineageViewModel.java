package org.steward.views.lineage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.steward.model.catalog.EntityType;
import org.steward.model.lineage.ImpactReport;
import org.steward.model.lineage.LineageEdge;
import org.steward.model.lineage.LineageLevel;
import org.steward.model.lineage.LineageNode;
import org.steward.model.lineage.LineageRequest;
import org.steward.model.lineage.LineageService;
import org.steward.model.lineage.LineageSubgraph;
import org.steward.views.lineage.canvas.GraphDiffOverlay;
import org.steward.views.lineage.layout.GraphLayout;
import org.steward.views.lineage.layout.LayoutThread;
import org.steward.views.task.BackgroundJob;
import org.steward.views.task.TaskExecutor;

/**
 * The lineage area's state: focus, depths and level, the shown subgraph and its layout, selection (one node, or two
 * for paths), find matches, the impact of the selected node and an optional diff overlay. No toolkit needed.
 */
public final class LineageViewModel {
    public static final int ALL = LineageRequest.ALL;

    private final LineageService service;
    private final LineageEdits edits;
    private final TaskExecutor executor;
    private final Function<LineageSubgraph, GraphLayout> layouter;
    private final ObjectProperty<Long> focus = new SimpleObjectProperty<>(this, "focus");
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");
    private final IntegerProperty upstreamDepth = new SimpleIntegerProperty(this, "upstreamDepth", 2);
    private final IntegerProperty downstreamDepth = new SimpleIntegerProperty(this, "downstreamDepth", 2);
    private final ObjectProperty<LineageLevel> level = new SimpleObjectProperty<>(this, "level", LineageLevel.DATASET);
    private final ReadOnlyObjectWrapper<LineageSubgraph> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyObjectWrapper<GraphLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout",
            GraphLayout.empty());
    private final ReadOnlyIntegerWrapper nodeCount = new ReadOnlyIntegerWrapper(this, "nodeCount");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyObjectWrapper<LineageNode> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<LineageNode> second = new ReadOnlyObjectWrapper<>(this, "second");
    private final ObservableList<Long> highlighted = FXCollections.observableArrayList();
    private final GraphFind finder = new GraphFind();
    private final ReadOnlyObjectWrapper<ImpactReport> impact = new ReadOnlyObjectWrapper<>(this, "impact");
    private final ReadOnlyObjectWrapper<int[]> selectedCounts = new ReadOnlyObjectWrapper<>(this, "selectedCounts");
    private final ObjectProperty<GraphDiffOverlay> diff = new SimpleObjectProperty<>(this, "diff",
            GraphDiffOverlay.none());
    private final ReadOnlyObjectWrapper<ComparisonGraph> comparison = new ReadOnlyObjectWrapper<>(this,
            "comparison");
    private final Map<Long, LineageSubgraph> expansions = new LinkedHashMap<>();
    private final Set<Long> collapsed = new LinkedHashSet<>();
    private LineageSubgraph base;
    private long generation;

    public LineageViewModel(LineageService service, LineageEdits edits, TaskExecutor executor,
                            Function<LineageSubgraph, GraphLayout> layouter) {
        this.service = service;
        this.edits = edits;
        this.executor = executor;
        this.layouter = layouter;
        upstreamDepth.addListener((observable, old, now) -> reload());
        downstreamDepth.addListener((observable, old, now) -> reload());
        level.addListener((observable, old, now) -> reload());
    }

    /** Shows the lineage around an entity, forgetting expansions of the previous focus. */
    public void open(long entityId) {
        expansions.clear();
        collapsed.clear();
        clearSelection();
        focus.set(entityId);
        reload();
    }

    /** Shows everything downstream of an entity with some nodes highlighted (where a label would propagate). */
    public void openHighlighted(long entityId, java.util.Collection<Long> ids) {
        downstreamDepth.set(ALL);
        open(entityId);
        highlighted.setAll(ids);
    }

    public void reload() {
        boolean wasComparing = comparison.get() != null;
        endComparison();
        Long focusId = focus.get();
        if (focusId == null) {
            if (wasComparing) {
                clearGraph();
            }
            return;
        }
        LineageRequest request = new LineageRequest(focusId, upstreamDepth.get(), downstreamDepth.get(), level.get(),
                LineageRequest.DEFAULT_MAX_NODES);
        long ticket = ++generation;
        loading.set(true);
        List<LineageSubgraph> expanded = List.copyOf(expansions.values());
        Set<Long> hidden = Set.copyOf(collapsed);
        LineageLevel at = level.get();
        executor.execute(BackgroundJob.quiet("Lineage of " + focusId, monitor -> {
            LineageSubgraph fresh = service.subgraph(request);
            return Arrangement.of(fresh, expanded, hidden, at, layouter);
        }, result -> show(ticket, result)).onFailure(error -> loading.set(false)));
    }

    private void relayout() {
        if (base == null) {
            return;
        }
        long ticket = ++generation;
        loading.set(true);
        LineageSubgraph from = base;
        List<LineageSubgraph> expanded = List.copyOf(expansions.values());
        Set<Long> hidden = Set.copyOf(collapsed);
        LineageLevel at = level.get();
        executor.execute(BackgroundJob.quiet("Lineage layout", monitor -> Arrangement.of(from, expanded, hidden, at, layouter),
                result -> show(ticket, result)).onFailure(error -> loading.set(false)));
    }

    private void show(long ticket, Arrangement result) {
        if (ticket != generation) {
            return;
        }
        base = result.base();
        shown.set(result.shown());
        layout.set(result.layout());
        nodeCount.set(result.shown().nodes().size());
        loading.set(false);
    }

    /**
     * Shows two compared exports as one graph coloured by their diff, instead of the workspace's lineage, until
     * {@link #closeComparison()} or a reload (a depth or level change, a new focus).
     */
    public void showComparison(ComparisonGraph graph) {
        long ticket = ++generation;
        loading.set(true);
        executor.execute(BackgroundJob.quiet("Comparison layout", monitor -> LayoutThread.run(
                () -> layouter.apply(graph.subgraph())), laidOut -> {
                    if (ticket != generation) {
                        return;
                    }
                    clearSelection();
                    expansions.clear();
                    collapsed.clear();
                    base = null;
                    comparison.set(graph);
                    shown.set(graph.subgraph());
                    layout.set(laidOut);
                    nodeCount.set(graph.subgraph().nodes().size());
                    diff.set(graph.overlay());
                    loading.set(false);
                }).onFailure(error -> loading.set(false)));
    }

    /** Leaves a comparison (back to the focus's lineage) or drops a diff overlay. */
    public void closeComparison() {
        if (comparison.get() == null) {
            diff.set(GraphDiffOverlay.none());
            return;
        }
        endComparison();
        if (focus.get() != null) {
            reload();
        } else {
            clearGraph();
        }
    }

    private void clearGraph() {
        ++generation;
        clearSelection();
        shown.set(null);
        layout.set(GraphLayout.empty());
        nodeCount.set(0);
    }

    private void endComparison() {
        if (comparison.get() != null) {
            comparison.set(null);
            diff.set(GraphDiffOverlay.none());
        }
    }

    /** Double-click: shows a node's neighbours, or hides what lies beyond it if they are already shown. */
    public void toggleExpanded(long nodeId) {
        if (comparison.get() != null) {
            return;
        }
        if (expansions.containsKey(nodeId) || !collapsed.contains(nodeId) && isOpen(nodeId)) {
            collapse(nodeId);
        } else {
            expand(nodeId);
        }
    }

    private boolean isOpen(long nodeId) {
        LineageSubgraph current = shown.get();
        return current != null && current.edges().stream().anyMatch(e -> e.fromId() == nodeId || e.toId() == nodeId)
                && nodeId != focus.get();
    }

    public void expand(long nodeId) {
        if (base == null) {
            return;
        }
        collapsed.remove(nodeId);
        long ticket = ++generation;
        loading.set(true);
        LineageSubgraph from = base;
        List<LineageSubgraph> expanded = new ArrayList<>(expansions.values());
        Set<Long> hidden = Set.copyOf(collapsed);
        LineageLevel at = level.get();
        executor.execute(BackgroundJob.quiet("Expanding lineage", monitor -> {
            LineageSubgraph neighbours = service.neighbours(nodeId, at);
            expanded.add(neighbours);
            return Arrangement.of(from, expanded, hidden, at, layouter).expanding(nodeId, neighbours);
        }, result -> {
            if (result.expandedId() != null && result.level() == level.get()) {
                expansions.put(result.expandedId(), result.expansion());
            }
            show(ticket, result);
        }).onFailure(error -> loading.set(false)));
    }

    public void collapse(long nodeId) {
        if (expansions.remove(nodeId) == null) {
            collapsed.add(nodeId);
        }
        relayout();
    }

    /** A click: selects the node; with {@code additive}, keeps the first and adds this one for path highlights. */
    public void select(long nodeId, boolean additive) {
        LineageNode node = node(nodeId);
        if (node == null) {
            return;
        }
        if (additive && selected.get() != null && selected.get().id() != nodeId) {
            second.set(node);
            return;
        }
        second.set(null);
        selected.set(node);
        impact.set(null);
        selectedCounts.set(null);
        ComparisonGraph compared = comparison.get();
        if (compared != null) {
            selectedCounts.set(new int[] {compared.reach(nodeId, false), compared.reach(nodeId, true)});
            return;
        }
        LineageLevel at = level.get();
        executor.execute(BackgroundJob.quiet("Lineage counts", monitor -> new int[] {
            service.closure(nodeId, false, ALL, at).size(), service.closure(nodeId, true, ALL, at).size()},
            counts -> {
                if (selected.get() == node) {
                    selectedCounts.set(counts);
                }
            }));
    }

    public void clearSelection() {
        selected.set(null);
        second.set(null);
        impact.set(null);
        selectedCounts.set(null);
        highlighted.clear();
    }

    public LineageNode node(long nodeId) {
        LineageSubgraph current = shown.get();
        if (current == null) {
            return null;
        }
        return current.nodes().stream().filter(n -> n.id() == nodeId).findFirst().orElse(null);
    }

    /** Highlights every node on a path between the two selected nodes; false when two are not selected. */
    public boolean highlightPaths() {
        LineageNode from = selected.get();
        LineageNode to = second.get();
        if (from == null || to == null) {
            return false;
        }
        ComparisonGraph compared = comparison.get();
        if (compared != null) {
            highlighted.setAll(compared.nodesOnPaths(from.id(), to.id()));
            return true;
        }
        LineageLevel at = level.get();
        executor.execute(BackgroundJob.quiet("Paths", monitor -> service.nodesOnPaths(from.id(), to.id(), at),
                ids -> highlighted.setAll(ids)));
        return true;
    }

    public void clearHighlight() {
        highlighted.clear();
    }

    /** Matches nodes whose name or qualified name contains the text (case-insensitive); the first is current. */
    public void find(String text) {
        finder.find(text, shown.get());
    }

    /** Moves to the next match (wrapping) and returns its id, or null without matches. */
    public Long nextMatch() {
        return finder.next();
    }

    public Long currentMatch() {
        return finder.current();
    }

    public void loadImpact() {
        LineageNode node = selected.get();
        if (node == null || comparison.get() != null) {
            return;
        }
        executor.execute(BackgroundJob.quiet("Impact of " + node.name(), monitor -> service.impact(node.id(), ALL),
                impact::set));
    }

    public void removeEdge(LineageEdge edge) {
        executor.execute(BackgroundJob.visible("Proposing edge removal", monitor -> {
            edits.removeEdge(edge);
            return edge;
        }, done -> reload()));
    }

    public void removeProcess(long processId) {
        executor.execute(BackgroundJob.visible("Proposing process removal", monitor -> {
            edits.removeProcess(processId);
            return processId;
        }, done -> reload()));
    }

    public void addEdge(long fromId, long toId) {
        LineageLevel at = level.get();
        executor.execute(BackgroundJob.visible("Proposing a lineage edge", monitor -> {
            edits.addEdge(fromId, toId, at);
            return toId;
        }, done -> reload()));
    }

    /** Proposes a process added by hand; the graph shows it pending once the proposal is filed. */
    public void addProcess(AddProcessViewModel.ProcessProposal process) {
        executor.execute(BackgroundJob.visible("Proposing process " + process.name(), monitor -> {
            edits.addProcess(process.qualifiedName(), process.name(), process.inputIds(), process.outputIds());
            return process;
        }, done -> reload()));
    }

    /** Datasets and dashboards among the selected nodes (first, then second), to pre-fill the process dialog. */
    public List<DatasetChoice> selectedDatasets() {
        List<DatasetChoice> choices = new ArrayList<>();
        if (comparison.get() != null) {
            return choices;
        }
        for (LineageNode node : java.util.Arrays.asList(selected.get(), second.get())) {
            if (node != null && node.id() > 0 && !node.pending()
                    && (node.type() == EntityType.DATASET || node.type() == EntityType.DASHBOARD)) {
                choices.add(new DatasetChoice(node.id(), node.type(), node.name(), node.qualifiedName()));
            }
        }
        return choices;
    }

    /** The stored or pending edge from the selected node to the second one, if the graph shows one. */
    public LineageEdge selectedEdge() {
        LineageNode from = selected.get();
        LineageNode to = second.get();
        LineageSubgraph current = shown.get();
        if (from == null || to == null || current == null) {
            return null;
        }
        return current.edges().stream().filter(edge -> edge.fromId() == from.id() && edge.toId() == to.id()
                || edge.fromId() == to.id() && edge.toId() == from.id()).findFirst().orElse(null);
    }

    /** The two exports shown instead of the workspace's lineage, or null. */
    public ReadOnlyObjectProperty<ComparisonGraph> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** A one-line report the view shows over the graph until dismissed (e.g. what an import did). */
    public StringProperty noticeProperty() {
        return notice;
    }

    public ObjectProperty<Long> focusProperty() {
        return focus;
    }

    public IntegerProperty upstreamDepthProperty() {
        return upstreamDepth;
    }

    public IntegerProperty downstreamDepthProperty() {
        return downstreamDepth;
    }

    public ObjectProperty<LineageLevel> levelProperty() {
        return level;
    }

    public ReadOnlyObjectProperty<LineageSubgraph> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GraphLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty nodeCountProperty() {
        return nodeCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LineageNode> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LineageNode> secondProperty() {
        return second.getReadOnlyProperty();
    }

    public ObservableList<Long> highlighted() {
        return highlighted;
    }

    public ObservableList<Long> matches() {
        return finder.matches();
    }

    public ReadOnlyIntegerProperty matchIndexProperty() {
        return finder.indexProperty();
    }

    public ReadOnlyObjectProperty<ImpactReport> impactProperty() {
        return impact.getReadOnlyProperty();
    }

    /** Upstream and downstream totals of the selected node, once counted. */
    public ReadOnlyObjectProperty<int[]> selectedCountsProperty() {
        return selectedCounts.getReadOnlyProperty();
    }

    public ObjectProperty<GraphDiffOverlay> diffProperty() {
        return diff;
    }
}
