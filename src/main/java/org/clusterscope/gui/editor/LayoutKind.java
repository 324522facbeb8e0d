package org.clusterscope.gui.editor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.Point2D;

import org.clusterscope.core.NodeId;
import org.clusterscope.gui.doc.DocLink;
import org.clusterscope.gui.doc.DocNode;
import org.clusterscope.topology.Layouts;
import org.clusterscope.topology.Point;
import org.clusterscope.topology.Topology;

/** The layouts of the Layout menu, computed by {@code topology.Layouts} on an area that grows with the node count. */
public enum LayoutKind {
    CIRCLE("circle"), GRID("grid"), FORCE("force");

    private final String word;

    LayoutKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** Where each node goes; the area is about 110 units per node along each side of a square. */
    public Map<NodeId, Point2D> positions(List<DocNode> nodes, List<DocLink> links, long seed) {
        List<NodeId> ids = nodes.stream().map(DocNode::id).toList();
        double side = Math.max(500, Math.sqrt(ids.size()) * 130);
        Map<NodeId, Point> points = switch (this) {
            case CIRCLE -> Layouts.circle(ids, Math.max(500, ids.size() * 30), Math.max(500, ids.size() * 30));
            case GRID -> Layouts.grid(ids, side, side);
            case FORCE -> {
                Topology topology = new Topology();
                topology.addNodes(ids);
                links.forEach(link -> topology.addLink(link.key().a(), link.key().b()));
                yield Layouts.force(topology, side, side, seed);
            }
        };
        Map<NodeId, Point2D> result = new LinkedHashMap<>();
        points.forEach((id, p) -> result.put(id, new Point2D(Math.round(p.x()), Math.round(p.y()))));
        return result;
    }
}
