package org.clusterscope.gui.doc;

import java.util.List;

import org.clusterscope.core.NodeId;

/** A node as the editor holds it: identity, port and where it sits on the canvas. Immutable. */
public record DocNode(NodeId id, int port, double x, double y, List<String> tags) {

    public DocNode {
        tags = List.copyOf(tags);
    }

    public DocNode movedTo(double newX, double newY) {
        return new DocNode(id, port, newX, newY, tags);
    }
}
