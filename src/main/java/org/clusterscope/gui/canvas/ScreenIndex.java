package org.clusterscope.gui.canvas;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.clusterscope.core.NodeId;
import org.clusterscope.gui.doc.DocNode;

/** Screen positions of the nodes for one frame, looked up by id by every painter. */
final class ScreenIndex {

    private final Map<NodeId, double[]> points;

    ScreenIndex(List<DocNode> nodes, Viewport viewport) {
        points = new HashMap<>(nodes.size() * 2);
        for (DocNode node : nodes) {
            points.put(node.id(), new double[] {viewport.toScreenX(node.x()), viewport.toScreenY(node.y())});
        }
    }

    /** {@code {x, y}} on screen, or null for an id the editor does not hold. */
    double[] at(NodeId id) {
        return id == null ? null : points.get(id);
    }
}
