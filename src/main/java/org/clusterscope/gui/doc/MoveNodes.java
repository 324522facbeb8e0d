package org.clusterscope.gui.doc;

import java.util.LinkedHashMap;
import java.util.Map;

import javafx.geometry.Point2D;

import org.clusterscope.core.NodeId;

/** Moves nodes: a drag of the selection, or a layout (circle, grid, force) applied at once. */
public final class MoveNodes implements EditCommand {

    private final String label;
    private final Map<NodeId, Point2D> from;
    private final Map<NodeId, Point2D> to;

    public MoveNodes(String label, Map<NodeId, Point2D> from, Map<NodeId, Point2D> to) {
        this.label = label;
        this.from = new LinkedHashMap<>(from);
        this.to = new LinkedHashMap<>(to);
    }

    /** Moves to {@code to}, remembering where the nodes are now in {@code document}. */
    public static MoveNodes to(String label, TopologyDocument document, Map<NodeId, Point2D> to) {
        Map<NodeId, Point2D> from = new LinkedHashMap<>();
        to.keySet().forEach(id -> document.node(id).ifPresent(node -> from.put(id, new Point2D(node.x(), node.y()))));
        return new MoveNodes(label, from, to);
    }

    /** A move changes no topology: it may be undone during a run. */
    @Override
    public boolean allowedWhileRunning() {
        return true;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void apply(TopologyDocument document) {
        place(document, to);
    }

    @Override
    public void revert(TopologyDocument document) {
        place(document, from);
    }

    private static void place(TopologyDocument document, Map<NodeId, Point2D> where) {
        where.forEach((id, point) -> document.node(id)
                .ifPresent(node -> document.putNode(node.movedTo(point.getX(), point.getY()))));
    }
}
