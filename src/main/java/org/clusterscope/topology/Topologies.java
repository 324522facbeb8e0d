package org.clusterscope.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

import org.clusterscope.core.NodeId;
import org.jgrapht.Graph;
import org.jgrapht.generate.RandomRegularGraphGenerator;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.util.SupplierUtil;

/**
 * The topology builders of PROTOCOL.md §5, after Tezt's {@code Cluster} module. The meta forms are
 * the shapes themselves, over any elements and any connection function: {@link #ring} is
 * {@link #metaRing} with "link these two nodes", and a ring of cliques is a meta-ring whose function
 * connects two clusters. The {@code …Links} forms return a shape's links in order, for scenario
 * files that expand {@code ring}, {@code clique}, {@code star} and {@code connect} entries.
 */
public final class Topologies {

    private Topologies() {
    }

    /** Nodes {@code name.1 … name.count}. */
    public static List<NodeId> create(int count, String name) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, got " + count);
        }
        Objects.requireNonNull(name, "name");
        List<NodeId> nodes = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            nodes.add(NodeId.of(name + "." + i));
        }
        return List.copyOf(nodes);
    }

    /** Links a and b both ways: one undirected link. */
    public static void symmetricAddPeer(Topology topology, NodeId a, NodeId b) {
        topology.addLink(a, b);
    }

    // ---- shapes over nodes -----------------------------------------------------------------

    /** Links every a to every b. */
    public static void connect(Topology topology, List<NodeId> as, List<NodeId> bs) {
        metaConnect(as, bs, topology::addLink);
    }

    /** Links every pair. */
    public static void clique(Topology topology, List<NodeId> nodes) {
        metaClique(nodes, topology::addLink);
    }

    /** Links each neighbouring pair and the last to the first (two nodes: one link; one node: none). */
    public static void ring(Topology topology, List<NodeId> nodes) {
        topology.addNodes(nodes);
        metaRing(nodes, topology::addLink);
    }

    /** Links the center to each other node. */
    public static void star(Topology topology, NodeId center, List<NodeId> others) {
        topology.addNode(center);
        metaStar(center, others, topology::addLink);
    }

    // ---- the same shapes over anything -----------------------------------------------------

    /** Calls {@code f(a, b)} for every a and every b. */
    public static <T> void metaConnect(List<T> as, List<T> bs, BiConsumer<T, T> f) {
        for (T a : as) {
            for (T b : bs) {
                f.accept(a, b);
            }
        }
    }

    /** Calls {@code f} once for every pair, in list order. */
    public static <T> void metaClique(List<T> elements, BiConsumer<T, T> f) {
        for (int i = 0; i < elements.size(); i++) {
            for (int j = i + 1; j < elements.size(); j++) {
                f.accept(elements.get(i), elements.get(j));
            }
        }
    }

    /** Calls {@code f} for each neighbouring pair and for the last and the first, once for two elements. */
    public static <T> void metaRing(List<T> elements, BiConsumer<T, T> f) {
        int n = elements.size();
        for (int i = 0; i + 1 < n; i++) {
            f.accept(elements.get(i), elements.get(i + 1));
        }
        if (n > 2) {
            f.accept(elements.get(n - 1), elements.get(0));
        }
    }

    /** Calls {@code f(center, other)} for each other element. */
    public static <T> void metaStar(T center, List<T> others, BiConsumer<T, T> f) {
        for (T other : others) {
            f.accept(center, other);
        }
    }

    // ---- shapes as lists of links ----------------------------------------------------------

    public static List<Link> connectLinks(List<NodeId> as, List<NodeId> bs) {
        Topology t = new Topology();
        connect(t, as, bs);
        return t.links();
    }

    public static List<Link> cliqueLinks(List<NodeId> nodes) {
        Topology t = new Topology();
        clique(t, nodes);
        return t.links();
    }

    public static List<Link> ringLinks(List<NodeId> nodes) {
        Topology t = new Topology();
        ring(t, nodes);
        return t.links();
    }

    public static List<Link> starLinks(NodeId center, List<NodeId> others) {
        Topology t = new Topology();
        star(t, center, others);
        return t.links();
    }

    /**
     * A random graph in which every node has exactly {@code degree} links, drawn from {@code seed}
     * (JGraphT's {@link RandomRegularGraphGenerator}); the same seed gives the same links in the same
     * order.
     *
     * @throws IllegalArgumentException when no such graph exists (degree ≥ node count, or both odd)
     */
    public static List<Link> randomRegularLinks(List<NodeId> nodes, int degree, long seed) {
        int n = nodes.size();
        if (degree < 0 || degree >= Math.max(n, 1) || (n * degree) % 2 != 0) {
            throw new IllegalArgumentException("no " + degree + "-regular graph on " + n + " nodes");
        }
        Graph<Integer, DefaultEdge> graph =
                new SimpleGraph<>(SupplierUtil.createIntegerSupplier(), SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
        new RandomRegularGraphGenerator<Integer, DefaultEdge>(n, degree, seed).generateGraph(graph);
        Topology t = new Topology().addNodes(nodes);
        for (DefaultEdge edge : graph.edgeSet()) {
            t.addLink(nodes.get(graph.getEdgeSource(edge)), nodes.get(graph.getEdgeTarget(edge)));
        }
        return t.links();
    }
}
