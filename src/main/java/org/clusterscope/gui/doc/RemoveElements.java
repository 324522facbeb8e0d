package org.clusterscope.gui.doc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.clusterscope.core.NodeId;

/**
 * Deletes nodes (with every link that touches them) and links. Undo puts each node back at its
 * former place in the order, so a saved file does not change just because of a delete and undo.
 */
public final class RemoveElements implements EditCommand {

    private record Placed(int index, DocNode node) {
    }

    private final List<Placed> nodes = new ArrayList<>();
    private final List<DocLink> links = new ArrayList<>();
    private final List<DocLink> linksBefore;

    public RemoveElements(TopologyDocument document, Collection<NodeId> nodeIds, Collection<LinkKey> linkKeys) {
        linksBefore = document.links();
        Set<LinkKey> keys = new LinkedHashSet<>();
        for (DocLink link : document.links()) {
            boolean touches = nodeIds.stream().anyMatch(link.key()::touches);
            if (touches || linkKeys.contains(link.key())) {
                keys.add(link.key());
                links.add(link);
            }
        }
        for (DocNode node : document.nodes()) {
            if (nodeIds.contains(node.id())) {
                nodes.add(new Placed(document.indexOf(node.id()), node));
            }
        }
    }

    public boolean isEmpty() {
        return nodes.isEmpty() && links.isEmpty();
    }

    @Override
    public String label() {
        if (nodes.size() == 1 && links.isEmpty()) {
            return "Delete " + nodes.get(0).node().id();
        }
        if (nodes.isEmpty()) {
            return "Delete " + Words.count(links.size(), "link");
        }
        return "Delete " + Words.count(nodes.size(), "node") + " and " + Words.count(links.size(), "link");
    }

    @Override
    public void apply(TopologyDocument document) {
        links.forEach(link -> document.removeLink(link.key()));
        nodes.forEach(placed -> document.removeNode(placed.node().id()));
    }

    @Override
    public void revert(TopologyDocument document) {
        nodes.forEach(placed -> document.insertNode(placed.index(), placed.node()));
        // links come back in the order they had, so undo gives back the very same document
        document.links().forEach(link -> document.removeLink(link.key()));
        linksBefore.forEach(document::putLink);
    }
}
