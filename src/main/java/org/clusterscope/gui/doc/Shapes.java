package org.clusterscope.gui.doc;

import java.util.ArrayList;
import java.util.List;

import org.clusterscope.core.NodeId;

/**
 * The wiring shapes of the editor as plain link lists (PROTOCOL.md §5): ring, star (the first
 * node is the center), clique, and connect (every node of one set to every node of the other).
 */
public final class Shapes {

    private Shapes() {
    }

    public static List<DocLink> ring(List<NodeId> nodes) {
        List<DocLink> links = new ArrayList<>();
        if (nodes.size() < 2) {
            return links;
        }
        for (int i = 0; i < nodes.size(); i++) {
            NodeId next = nodes.get((i + 1) % nodes.size());
            if (!next.equals(nodes.get(i))) {
                links.add(link(nodes.get(i), next));
            }
        }
        return links.stream().distinct().toList();
    }

    public static List<DocLink> star(List<NodeId> nodes) {
        List<DocLink> links = new ArrayList<>();
        for (int i = 1; i < nodes.size(); i++) {
            links.add(link(nodes.get(0), nodes.get(i)));
        }
        return links;
    }

    public static List<DocLink> clique(List<NodeId> nodes) {
        List<DocLink> links = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                links.add(link(nodes.get(i), nodes.get(j)));
            }
        }
        return links;
    }

    public static List<DocLink> connect(List<NodeId> left, List<NodeId> right) {
        List<DocLink> links = new ArrayList<>();
        for (NodeId a : left) {
            for (NodeId b : right) {
                if (!a.equals(b)) {
                    links.add(link(a, b));
                }
            }
        }
        return links.stream().distinct().toList();
    }

    private static DocLink link(NodeId a, NodeId b) {
        return new DocLink(LinkKey.of(a, b), LinkSettingsValue.DEFAULT);
    }
}
