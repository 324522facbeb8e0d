package org.clusterscope.gui.editor;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.clusterscope.core.NodeId;
import org.clusterscope.gui.doc.LinkKey;

/**
 * What is selected, immutable: nodes in the order they were picked (the first is a star's
 * center) and links.
 */
public record Selection(List<NodeId> nodes, Set<LinkKey> links) {

    public static final Selection EMPTY = new Selection(List.of(), Set.of());

    public Selection {
        nodes = List.copyOf(new LinkedHashSet<>(nodes));
        links = Set.copyOf(links);
    }

    public static Selection ofNodes(List<NodeId> nodes) {
        return new Selection(nodes, Set.of());
    }

    public static Selection ofLink(LinkKey link) {
        return new Selection(List.of(), Set.of(link));
    }

    public boolean isEmpty() {
        return nodes.isEmpty() && links.isEmpty();
    }

    /** The one selected link when exactly one link and no node is selected. */
    public LinkKey singleLink() {
        return nodes.isEmpty() && links.size() == 1 ? links.iterator().next() : null;
    }

    /** The one selected node when exactly one node is selected. */
    public NodeId singleNode() {
        return nodes.size() == 1 ? nodes.get(0) : null;
    }

    /** Adds a node, or removes it if already there (shift-click). */
    public Selection toggle(NodeId node) {
        LinkedHashSet<NodeId> next = new LinkedHashSet<>(nodes);
        if (!next.remove(node)) {
            next.add(node);
        }
        return new Selection(List.copyOf(next), links);
    }

    public Selection plus(List<NodeId> more) {
        LinkedHashSet<NodeId> next = new LinkedHashSet<>(nodes);
        next.addAll(more);
        return new Selection(List.copyOf(next), links);
    }

    /** Drops ids and links that no longer exist. */
    public Selection retain(Set<NodeId> existingNodes, Set<LinkKey> existingLinks) {
        return new Selection(nodes.stream().filter(existingNodes::contains).toList(),
                Set.copyOf(links.stream().filter(existingLinks::contains).toList()));
    }
}
