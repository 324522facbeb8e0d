package org.clusterscope.topology;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.clusterscope.core.NodeId;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * Who is linked to whom: an undirected simple graph of nodes (PROTOCOL.md §5), kept in insertion
 * order so that every listing is deterministic. A link listed twice is one link, a link from a node
 * to itself is no link (PROTOCOL.md §6), and linking an unknown node adds it.
 */
public final class Topology {

    private final Graph<NodeId, Link> graph = new SimpleGraph<>(null, null, false);

    /** Adds a node; adding one twice does nothing. Returns this topology. */
    public Topology addNode(NodeId node) {
        graph.addVertex(Objects.requireNonNull(node, "node"));
        return this;
    }

    public Topology addNodes(Collection<NodeId> nodes) {
        nodes.forEach(this::addNode);
        return this;
    }

    /** Links two nodes, adding them if needed. Returns false when nothing changed (duplicate or self-link). */
    public boolean addLink(NodeId a, NodeId b) {
        addNode(a);
        addNode(b);
        if (a.equals(b) || graph.containsEdge(a, b)) {
            return false;
        }
        return graph.addEdge(a, b, new Link(a, b));
    }

    /** Removes the link between two nodes if there is one; returns whether there was. */
    public boolean removeLink(NodeId a, NodeId b) {
        return graph.containsVertex(a) && graph.containsVertex(b) && graph.removeEdge(a, b) != null;
    }

    public List<NodeId> nodes() {
        return List.copyOf(graph.vertexSet());
    }

    public List<Link> links() {
        return List.copyOf(graph.edgeSet());
    }

    public boolean contains(NodeId node) {
        return graph.containsVertex(node);
    }

    public boolean linked(NodeId a, NodeId b) {
        return graph.containsVertex(a) && graph.containsVertex(b) && graph.containsEdge(a, b);
    }

    /** The nodes linked to {@code node}, in the order their links were made. */
    public List<NodeId> neighbours(NodeId node) {
        if (!graph.containsVertex(node)) {
            throw new IllegalArgumentException("unknown node " + node);
        }
        return List.copyOf(Graphs.neighborListOf(graph, node));
    }

    /** Groups of nodes linked to each other directly or through others, each in insertion order, ordered by their first node. */
    public List<List<NodeId>> components() {
        List<NodeId> order = nodes();
        List<List<NodeId>> result = new ArrayList<>();
        for (Set<NodeId> set : new ConnectivityInspector<>(graph).connectedSets()) {
            List<NodeId> component = new ArrayList<>(set);
            component.sort(Comparator.comparingInt(order::indexOf));
            result.add(List.copyOf(component));
        }
        result.sort(Comparator.comparingInt(c -> order.indexOf(c.get(0))));
        return List.copyOf(result);
    }

    public boolean isConnected() {
        return graph.vertexSet().isEmpty() || new ConnectivityInspector<>(graph).isConnected();
    }

    /**
     * The most hops between two nodes that are connected at all: the number a beacon's hop limit
     * must reach for everyone to hear everyone within their component (PROTOCOL.md §2). 0 for a
     * topology without links.
     */
    public int diameter() {
        int diameter = 0;
        for (NodeId start : graph.vertexSet()) {
            BreadthFirstIterator<NodeId, Link> search = new BreadthFirstIterator<>(graph, start);
            while (search.hasNext()) {
                diameter = Math.max(diameter, search.getDepth(search.next()));
            }
        }
        return diameter;
    }

    @Override
    public String toString() {
        return "Topology" + nodes() + links();
    }
}
