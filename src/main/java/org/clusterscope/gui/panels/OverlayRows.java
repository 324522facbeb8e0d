package org.clusterscope.gui.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.clusterscope.core.NodeId;
import org.clusterscope.runtime.overlay.NodeOverlay;

/**
 * The inspector's rows about a node's side of public mode (PROTOCOL.md §8): public or private,
 * its degree against its min and max, its pending requests and its discovered links.
 */
public final class OverlayRows {

    private OverlayRows() {
    }

    /** While running: what the overlay says of the node now. */
    public static List<InspectorRow> live(NodeOverlay node) {
        List<InspectorRow> rows = new ArrayList<>();
        rows.add(new InspectorRow("overlay", node.privateNode() ? "private: keeps only its file links" : "public"));
        if (node.privateNode()) {
            rows.add(new InspectorRow("degree", Integer.toString(node.degree())));
            return rows;
        }
        String bound = node.degree() < node.min() ? ", below its min" : node.degree() > node.max() ? ", above its max" : "";
        rows.add(new InspectorRow("degree", node.degree() + " (min " + node.min() + ", max " + node.max() + bound + ")"));
        List<String> pending = new ArrayList<>();
        if (!node.asked().isEmpty()) {
            pending.add("asked " + join(node.asked()));
        }
        if (!node.accepted().isEmpty()) {
            pending.add("accepted " + join(node.accepted()));
        }
        rows.add(new InspectorRow("pending", node.pending() == 0 ? "none"
                : node.pending() + " (" + String.join("; ", pending) + ")"));
        rows.add(new InspectorRow("discovered", node.discovered().isEmpty() ? "—" : join(node.discovered())));
        return rows;
    }

    /** While editing: the flag the file will hold, in a scenario whose overlay is public. */
    public static List<InspectorRow> draft(boolean privateNode, int min, int max) {
        return List.of(new InspectorRow("overlay", privateNode ? "private: keeps only its file links"
                : "public: aims at " + min + " to " + max + " connections"));
    }

    private static String join(List<NodeId> ids) {
        return ids.stream().map(NodeId::value).collect(Collectors.joining(", "));
    }
}
