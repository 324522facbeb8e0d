package org.clusterscope.topology;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.clusterscope.core.NodeId;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.SimpleGraph;

/**
 * Canvas positions for nodes that have none (SCENARIO_FORMAT.md "nodes"). Layouts are pure
 * functions (STYLE.md §8): they compute coordinates inside {@code [0, width] × [0, height]}, keep a
 * margin from the edges so node circles are not clipped, and return them in the order of the nodes
 * given. The same input always gives the same output.
 */
public final class Layouts {

    /** Share of the smaller side kept free at each edge. */
    private static final double MARGIN = 0.1;

    private Layouts() {
    }

    /** The nodes on a circle, the first at the top and the others clockwise. */
    public static Map<NodeId, Point> circle(List<NodeId> nodes, double width, double height) {
        checkArea(width, height);
        Map<NodeId, Point> positions = new LinkedHashMap<>();
        double cx = width / 2;
        double cy = height / 2;
        double radius = Math.min(width, height) * (0.5 - MARGIN);
        int n = nodes.size();
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / n;
            double r = n == 1 ? 0 : radius;
            positions.put(nodes.get(i), new Point(cx + r * Math.sin(angle), cy - r * Math.cos(angle)));
        }
        return positions;
    }

    /** The nodes row by row on a near-square grid, each at the centre of its cell. */
    public static Map<NodeId, Point> grid(List<NodeId> nodes, double width, double height) {
        checkArea(width, height);
        Map<NodeId, Point> positions = new LinkedHashMap<>();
        int n = nodes.size();
        if (n == 0) {
            return positions;
        }
        int columns = (int) Math.ceil(Math.sqrt(n));
        int rows = (n + columns - 1) / columns;
        double margin = Math.min(width, height) * MARGIN;
        double cellWidth = (width - 2 * margin) / columns;
        double cellHeight = (height - 2 * margin) / rows;
        for (int i = 0; i < n; i++) {
            int row = i / columns;
            int column = i % columns;
            positions.put(nodes.get(i),
                    new Point(margin + (column + 0.5) * cellWidth, margin + (row + 0.5) * cellHeight));
        }
        return positions;
    }

    /**
     * A force-directed layout (Fruchterman–Reingold, JGraphT's {@link FRLayoutAlgorithm2D}): linked
     * nodes pull together, all nodes push apart. Seeded, so the same topology and seed give the same
     * picture; the result is scaled into the area inside the margins.
     */
    public static Map<NodeId, Point> force(Topology topology, double width, double height, long seed) {
        checkArea(width, height);
        List<NodeId> nodes = topology.nodes();
        if (nodes.size() < 2) {
            return circle(nodes, width, height);
        }
        Graph<NodeId, Link> graph = new SimpleGraph<>(null, null, false);
        nodes.forEach(graph::addVertex);
        for (Link link : topology.links()) {
            graph.addEdge(link.a(), link.b(), link);
        }
        MapLayoutModel2D<NodeId> model = new MapLayoutModel2D<>(new Box2D(width, height));
        int iterations = nodes.size() > 200 ? 50 : 100;
        new FRLayoutAlgorithm2D<NodeId, Link>(iterations, FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR,
                new Random(seed)).layout(graph, model);

        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (NodeId node : nodes) {
            Point2D p = model.get(node);
            minX = Math.min(minX, p.getX());
            maxX = Math.max(maxX, p.getX());
            minY = Math.min(minY, p.getY());
            maxY = Math.max(maxY, p.getY());
        }
        double margin = Math.min(width, height) * MARGIN;
        Map<NodeId, Point> positions = new LinkedHashMap<>();
        for (NodeId node : nodes) {
            Point2D p = model.get(node);
            positions.put(node, new Point(
                    scale(p.getX(), minX, maxX, margin, width - margin),
                    scale(p.getY(), minY, maxY, margin, height - margin)));
        }
        return positions;
    }

    private static double scale(double v, double min, double max, double to0, double to1) {
        if (max - min < 1e-9) {
            return (to0 + to1) / 2;
        }
        return to0 + (v - min) / (max - min) * (to1 - to0);
    }

    private static void checkArea(double width, double height) {
        if (!(width > 0 && height > 0) || Double.isInfinite(width) || Double.isInfinite(height)) {
            throw new IllegalArgumentException("a layout needs a positive width and height, got " + width + " × "
                    + height);
        }
    }
}
