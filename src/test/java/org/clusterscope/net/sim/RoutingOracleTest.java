package org.clusterscope.net.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.SimTime;
import org.clusterscope.net.Envelope;
import org.clusterscope.net.LinkView;
import org.clusterscope.net.sim.NetworkFixture.Text;
import org.clusterscope.topology.Link;
import org.clusterscope.topology.Topologies;

/** Messages take shortest paths: checked against JGraphT's own breadth-first shortest paths. */
class RoutingOracleTest {

    @Test
    void everyMessageTakesAsFewHopsAsTheShortestLivePath() {
        NetworkFixture net = new NetworkFixture();
        List<NodeId> nodes = Topologies.create(60, "n");
        net.nodes(nodes.stream().map(NodeId::value).toArray(String[]::new));
        List<Link> links = Topologies.randomRegularLinks(nodes, 3, 11);
        links.forEach(l -> net.network.link(l.a(), l.b()));
        // a few faults, so that the live graph differs from the wiring
        net.stop("n.7");
        net.network.setLinkUp(links.get(0).a(), links.get(0).b(), false);
        net.network.setLinkUp(links.get(5).a(), links.get(5).b(), false);

        Graph<NodeId, DefaultEdge> live = new SimpleGraph<>(DefaultEdge.class);
        nodes.stream().filter(net.network::isRunning).forEach(live::addVertex);
        for (LinkView link : net.network.links()) {
            if (link.live() && live.containsVertex(link.a()) && live.containsVertex(link.b())) {
                live.addEdge(link.a(), link.b());
            }
        }
        BFSShortestPath<NodeId, DefaultEdge> oracle = new BFSShortestPath<>(live);

        NodeId from = NodeId.of("n.1");
        for (NodeId to : nodes) {
            if (!to.equals(from)) {
                boolean sent = net.transport("n.1").send(to, new Text("data"));
                var path = live.containsVertex(to) ? oracle.getPath(from, to) : null;
                assertThat(sent).as("route to %s", to).isEqualTo(path != null);
            }
        }
        net.runFor(SimTime.seconds(5));

        for (NodeId to : nodes) {
            var path = live.containsVertex(to) && !to.equals(from) ? oracle.getPath(from, to) : null;
            List<Envelope> got = net.inbox(to.value());
            if (path == null) {
                assertThat(got).as("inbox of %s", to).isEmpty();
            } else {
                assertThat(got).as("inbox of %s", to).singleElement()
                        .satisfies(e -> assertThat(e.hops()).isEqualTo(path.getLength()));
            }
        }
    }
}
