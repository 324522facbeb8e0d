package org.clusterscope.gui.canvas;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.clusterscope.core.NodeId;
import org.clusterscope.gui.bridge.LiveFrame;
import org.clusterscope.gui.doc.DocLink;
import org.clusterscope.gui.doc.DocNode;
import org.clusterscope.gui.doc.LinkKey;

/**
 * Everything one frame of the canvas shows, immutable: the topology (positions from the
 * editor), the live picture of the simulation, the selection, what the active tool draws, the
 * layers switched on, and the virtual time to draw packets at.
 */
public record DrawModel(List<DocNode> nodes, List<DocLink> links, LiveFrame live, long drawTime,
        Set<NodeId> selectedNodes, Set<LinkKey> selectedLinks, Overlay overlay, Set<Layer> layers,
        boolean presentation) {

    public DrawModel {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
        selectedNodes = Set.copyOf(selectedNodes);
        selectedLinks = Set.copyOf(selectedLinks);
        layers = layers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(layers));
    }

    public boolean shows(Layer layer) {
        return layers.contains(layer);
    }

    /** Radius of a node in world units; larger in presentation mode. */
    public double nodeRadius() {
        return presentation ? 26 : 18;
    }
}
