package org.clusterscope.gui.canvas;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.gui.bridge.Flight;
import org.clusterscope.gui.bridge.LinkLive;
import org.clusterscope.gui.bridge.LiveFrame;
import org.clusterscope.gui.bridge.NodeLive;
import org.clusterscope.gui.doc.DocLink;
import org.clusterscope.gui.doc.DocNode;
import org.clusterscope.gui.doc.LinkKey;
import org.clusterscope.gui.doc.LinkSettingsValue;

/**
 * A running scene too big for a demo (so the canvas draws it from cached layers): 80 slaves on
 * a 10 × 8 grid, 60 world units apart from (40, 40), each linked to its right and lower
 * neighbour, no traffic. Immutable; each {@code with…} gives a changed copy, as the simulation
 * publishes a new frame.
 */
record CrowdedScene(List<DocNode> nodes, List<DocLink> links, Map<NodeId, NodeLive> live,
        Map<LinkKey, LinkLive> linkLive, List<Flight> flights, long drawTime, Set<NodeId> selected,
        Set<Layer> layers) {

    static final int COLUMNS = 10;
    static final int ROWS = 8;
    static final double SPACING = 60;
    static final double ORIGIN = 40;

    static CrowdedScene grid() {
        List<DocNode> nodes = new ArrayList<>();
        Map<NodeId, NodeLive> live = new LinkedHashMap<>();
        for (int i = 0; i < COLUMNS * ROWS; i++) {
            NodeId id = id(i % COLUMNS, i / COLUMNS);
            nodes.add(new DocNode(id, 8081 + i, x(i % COLUMNS), y(i / COLUMNS), List.of()));
            live.put(id, node(id, 8081 + i, NodeState.SLAVE));
        }
        List<DocLink> links = new ArrayList<>();
        Map<LinkKey, LinkLive> linkLive = new LinkedHashMap<>();
        for (int row = 0; row < ROWS; row++) {
            for (int column = 0; column < COLUMNS; column++) {
                if (column + 1 < COLUMNS) {
                    add(links, linkLive, LinkKey.of(id(column, row), id(column + 1, row)));
                }
                if (row + 1 < ROWS) {
                    add(links, linkLive, LinkKey.of(id(column, row), id(column, row + 1)));
                }
            }
        }
        Set<Layer> layers = EnumSet.allOf(Layer.class);
        return new CrowdedScene(nodes, links, live, linkLive, List.of(), 1_000_000, Set.of(), layers);
    }

    private static void add(List<DocLink> links, Map<LinkKey, LinkLive> live, LinkKey key) {
        links.add(new DocLink(key, LinkSettingsValue.DEFAULT));
        live.put(key, new LinkLive(true, false, 0, 0));
    }

    /** The node in {@code column}, {@code row}. */
    static NodeId id(int column, int row) {
        return NodeId.of("n" + (row * COLUMNS + column + 1));
    }

    static double x(int column) {
        return ORIGIN + column * SPACING;
    }

    static double y(int row) {
        return ORIGIN + row * SPACING;
    }

    private static NodeLive node(NodeId id, int port, NodeState state) {
        return new NodeLive(id, port, state, 0, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), 0,
                0);
    }

    CrowdedScene withState(NodeId id, NodeState state) {
        Map<NodeId, NodeLive> changed = new LinkedHashMap<>(live);
        changed.put(id, node(id, live.get(id).port(), state));
        return new CrowdedScene(nodes, links, changed, linkLive, flights, drawTime, selected, layers);
    }

    /** {@code voter} votes for {@code choice} from now on. */
    CrowdedScene withVote(NodeId voter, NodeId choice) {
        Map<NodeId, NodeLive> changed = new LinkedHashMap<>(live);
        NodeLive node = live.get(voter);
        changed.put(voter, new NodeLive(voter, node.port(), node.state(), 0, null, choice, List.of(), List.of(),
                List.of(), List.of(), List.of(), 0, 0));
        return new CrowdedScene(nodes, links, changed, linkLive, flights, drawTime, selected, layers);
    }

    CrowdedScene withLink(LinkKey key, LinkLive condition) {
        Map<LinkKey, LinkLive> changed = new LinkedHashMap<>(linkLive);
        changed.put(key, condition);
        return new CrowdedScene(nodes, links, live, changed, flights, drawTime, selected, layers);
    }

    CrowdedScene withFlights(List<Flight> newFlights) {
        return new CrowdedScene(nodes, links, live, linkLive, newFlights, drawTime, selected, layers);
    }

    CrowdedScene at(long time) {
        return new CrowdedScene(nodes, links, live, linkLive, flights, time, selected, layers);
    }

    CrowdedScene withSelected(Set<NodeId> nodesSelected) {
        return new CrowdedScene(nodes, links, live, linkLive, flights, drawTime, nodesSelected, layers);
    }

    CrowdedScene without(Layer layer) {
        Set<Layer> fewer = EnumSet.copyOf(layers);
        fewer.remove(layer);
        return new CrowdedScene(nodes, links, live, linkLive, flights, drawTime, selected, fewer);
    }

    DrawModel model() {
        LiveFrame frame = new LiveFrame(drawTime, 0, 1, false, live, linkLive, flights, List.of(), List.of(), 0);
        return new DrawModel(nodes, links, frame, drawTime, selected, Set.of(), Overlay.NONE, layers, false);
    }
}
