package org.steward.views.lineage.layout;

import java.util.List;
import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * The Eclipse Layout Kernel's layered algorithm, left to right with polyline edges. Above a few hundred nodes it
 * trades some crossing reduction for speed (thoroughness 1, simple node placement). Its recursion needs a big
 * stack: run it through {@link LayoutThread}.
 */
public final class ElkLayeredEngine implements LayeredEngine {
    static final int FAST_SETTINGS_FROM = 300;

    private final double layerGap;
    private final double nodeGap;

    public ElkLayeredEngine(double layerGap, double nodeGap) {
        this.layerGap = layerGap;
        this.nodeGap = nodeGap;
        MetaData.ensureRegistered();
    }

    @Override
    public String name() {
        return "elk-layered";
    }

    @Override
    public LayoutSolution place(LayoutProblem problem) {
        ElkNode root = ElkGraphUtil.createGraph();
        configure(root, problem.nodeCount());
        ElkNode[] nodes = new ElkNode[problem.nodeCount()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = ElkGraphUtil.createNode(root);
            nodes[i].setDimensions(problem.widths()[i], problem.heights()[i]);
        }
        ElkEdge[] edges = new ElkEdge[problem.edgeCount()];
        for (int e = 0; e < edges.length; e++) {
            edges[e] = ElkGraphUtil.createSimpleEdge(nodes[problem.from()[e]], nodes[problem.to()[e]]);
        }
        new LayeredLayoutProvider().layout(root, new BasicProgressMonitor());
        double[] x = new double[nodes.length];
        double[] y = new double[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            x[i] = nodes[i].getX();
            y[i] = nodes[i].getY();
        }
        double[][] routes = new double[edges.length][];
        for (int e = 0; e < edges.length; e++) {
            routes[e] = route(edges[e]);
        }
        return new LayoutSolution(x, y, routes);
    }

    private void configure(ElkNode root, int size) {
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, nodeGap);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, layerGap);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, layerGap / 4);
        root.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(0));
        if (size >= FAST_SETTINGS_FROM) {
            root.setProperty(LayeredOptions.THOROUGHNESS, 1);
            root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.SIMPLE);
        } else {
            root.setProperty(LayeredOptions.THOROUGHNESS, 7);
            root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.BRANDES_KOEPF);
        }
    }

    private static double[] route(ElkEdge edge) {
        List<ElkEdgeSection> sections = edge.getSections();
        if (sections.isEmpty()) {
            return new double[0];
        }
        ElkEdgeSection section = sections.get(0);
        List<ElkBendPoint> bends = section.getBendPoints();
        double[] points = new double[4 + bends.size() * 2];
        int at = 0;
        points[at++] = section.getStartX();
        points[at++] = section.getStartY();
        for (ElkBendPoint bend : bends) {
            points[at++] = bend.getX();
            points[at++] = bend.getY();
        }
        points[at++] = section.getEndX();
        points[at] = section.getEndY();
        return points;
    }

    /** ELK's option registry must know the layered options before the first layout (a once-only JVM set-up). */
    private static final class MetaData {
        static {
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        }

        private MetaData() {
        }

        static void ensureRegistered() {
            // loading the class runs the registration once
        }
    }
}
