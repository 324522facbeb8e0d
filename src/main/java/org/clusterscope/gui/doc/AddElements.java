package org.clusterscope.gui.doc;

import java.util.List;

/**
 * Adds nodes and links in one step: placing a node, "add N nodes as a ring", wiring a shape.
 * Links already present are left as they are (and not removed by undo).
 */
public final class AddElements implements EditCommand {

    private final String label;
    private final List<DocNode> nodes;
    private final List<DocLink> links;

    public AddElements(String label, List<DocNode> nodes, List<DocLink> links) {
        this.label = label;
        this.nodes = List.copyOf(nodes);
        this.links = List.copyOf(links);
    }

    /** Only the links that the document does not hold yet; empty when the shape is already wired. */
    public static AddElements linksOnly(String label, TopologyDocument document, List<DocLink> wanted) {
        return new AddElements(label, List.of(),
                wanted.stream().filter(link -> !document.contains(link.key())).distinct().toList());
    }

    public boolean isEmpty() {
        return nodes.isEmpty() && links.isEmpty();
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void apply(TopologyDocument document) {
        nodes.forEach(document::putNode);
        links.forEach(document::putLink);
    }

    @Override
    public void revert(TopologyDocument document) {
        links.forEach(link -> document.removeLink(link.key()));
        nodes.forEach(node -> document.removeNode(node.id()));
    }
}
