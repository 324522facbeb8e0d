package org.clusterscope.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.Span;
import org.clusterscope.topology.Layouts;
import org.clusterscope.topology.Point;

/**
 * Every node of a scenario in <em>scenario order</em> (the {@code nodes}, then the groups in
 * file order), with what the file left implicit filled in (SCENARIO_FORMAT.md "nodes"):
 * explicit ports and group port ranges are reserved first, the other nodes take 8081, 8082, …
 * skipping reserved ones; nodes without a position share a circle, in scenario order, rounded to
 * whole canvas units.
 */
public final class Roster {

    /** The first default port. */
    public static final int FIRST_PORT = 8081;
    /** The canvas area on whose circle nodes without a position are placed (topology {@link Layouts#circle}). */
    public static final double CANVAS_WIDTH = 800;
    public static final double CANVAS_HEIGHT = 600;
    /** Room along the circle for each node without a position: a node is 36 units across, with its port below. */
    static final double CIRCLE_SPACING = 50;

    private final List<ResolvedNode> nodes;
    private final Map<String, ResolvedNode> byId = new LinkedHashMap<>();

    private Roster(List<ResolvedNode> nodes) {
        this.nodes = List.copyOf(nodes);
        for (ResolvedNode node : nodes) {
            byId.put(node.id(), node);
        }
    }

    static Roster of(Scenario scenario) {
        Set<Integer> reserved = new HashSet<>();
        for (NodeDef node : scenario.nodes()) {
            if (node.port() != null) {
                reserved.add(node.port());
            }
        }
        for (GroupDef group : scenario.groups()) {
            if (group.portBase() != null) {
                for (int i = 0; i < group.count(); i++) {
                    reserved.add(group.portBase() + i);
                }
            }
        }
        int[] next = {FIRST_PORT};
        java.util.function.IntSupplier nextFree = () -> {
            while (reserved.contains(next[0])) {
                next[0]++;
            }
            return next[0]++;
        };

        List<Pending> pending = new ArrayList<>();
        for (NodeDef node : scenario.nodes()) {
            int port = node.port() != null ? node.port() : nextFree.getAsInt();
            pending.add(new Pending(node.id(), port, node.x(), node.y(), node.tags(), node.channels(), node.startAt(),
                    node.birth(), null));
        }
        for (GroupDef group : scenario.groups()) {
            List<String> ids = group.memberIds();
            for (int i = 0; i < ids.size(); i++) {
                int port = group.portBase() != null ? group.portBase() + i : nextFree.getAsInt();
                pending.add(new Pending(ids.get(i), port, null, null, group.tags(), List.of(), Span.ZERO, null,
                        group.name()));
            }
        }

        List<NodeId> unplaced = pending.stream().filter(p -> p.x == null || p.y == null).map(p -> NodeId.of(p.id))
                .toList();
        // a circle of the default canvas holds about thirty nodes; more get a wider circle, so that
        // they stand side by side instead of on top of each other
        double side = unplaced.size() * CIRCLE_SPACING / (0.8 * Math.PI);
        Map<NodeId, Point> circle = Layouts.circle(unplaced, Math.max(CANVAS_WIDTH, side), Math.max(CANVAS_HEIGHT, side));
        List<ResolvedNode> resolved = new ArrayList<>();
        for (Pending p : pending) {
            double x;
            double y;
            if (p.x != null && p.y != null) {
                x = p.x;
                y = p.y;
            } else {
                Point point = circle.get(NodeId.of(p.id));
                x = Math.round(point.x());
                y = Math.round(point.y());
            }
            resolved.add(new ResolvedNode(p.id, p.port, x, y, p.tags, p.channels, p.startAt, p.birth, p.group));
        }
        return new Roster(resolved);
    }

    /** Every node in scenario order. */
    public List<ResolvedNode> nodes() {
        return nodes;
    }

    /** The ids in scenario order. */
    public List<String> ids() {
        return nodes.stream().map(ResolvedNode::id).toList();
    }

    /** The node with this id, or null. */
    public ResolvedNode get(String id) {
        return byId.get(id);
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    private record Pending(String id, int port, Double x, Double y, List<String> tags, List<Integer> channels,
            Span startAt, Span birth, String group) {
    }
}
