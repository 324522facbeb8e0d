package org.clusterscope.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.clusterscope.core.NodeId;
import org.junit.jupiter.api.Test;

/** The builders of PROTOCOL.md §5, shape by shape. */
class TopologiesTest {

    private static NodeId n(String name) {
        return NodeId.of(name);
    }

    private static Link link(String a, String b) {
        return new Link(n(a), n(b));
    }

    @Test
    void createNamesNodesAfterTheirGroup() {
        assertThat(Topologies.create(3, "node")).containsExactly(n("node.1"), n("node.2"), n("node.3"));
        assertThat(Topologies.create(0, "node")).isEmpty();
        assertThatThrownBy(() -> Topologies.create(-1, "node")).hasMessageContaining("count");
    }

    @Test
    void aRingOfThreeCliquesIsThreeTrianglesJoinedInACircle() {
        List<NodeId> a = Topologies.create(3, "a");
        List<NodeId> b = Topologies.create(3, "b");
        List<NodeId> c = Topologies.create(3, "c");
        Topology t = new Topology();
        List.of(a, b, c).forEach(cluster -> Topologies.clique(t, cluster));

        // two clusters are connected by linking their first nodes
        Topologies.metaRing(List.of(a, b, c), (x, y) -> Topologies.symmetricAddPeer(t, x.get(0), y.get(0)));

        assertThat(t.nodes()).hasSize(9);
        assertThat(t.links()).hasSize(3 * 3 + 3);
        assertThat(t.links()).contains(link("a.1", "b.1"), link("b.1", "c.1"), link("c.1", "a.1"));
        assertThat(t.neighbours(n("a.1"))).containsExactly(n("a.2"), n("a.3"), n("b.1"), n("c.1"));
        assertThat(t.neighbours(n("a.2"))).containsExactly(n("a.1"), n("a.3"));
        assertThat(t.isConnected()).isTrue();
        assertThat(t.diameter()).isEqualTo(3);
    }

    @Test
    void aStarOfRingsHangsEachRingFromTheHub() {
        List<NodeId> hub = Topologies.create(4, "hub");
        List<NodeId> left = Topologies.create(4, "left");
        List<NodeId> right = Topologies.create(4, "right");
        Topology t = new Topology();
        List.of(hub, left, right).forEach(ring -> Topologies.ring(t, ring));

        Topologies.metaStar(hub, List.of(left, right), (x, y) -> Topologies.connect(t, x.subList(0, 1), y.subList(0, 1)));

        assertThat(t.links()).hasSize(3 * 4 + 2);
        assertThat(t.linked(n("hub.1"), n("left.1"))).isTrue();
        assertThat(t.linked(n("hub.1"), n("right.1"))).isTrue();
        assertThat(t.linked(n("left.1"), n("right.1"))).isFalse();
        assertThat(t.components()).hasSize(1);
    }

    @Test
    void aMetaCliqueOfClustersIsNotItselfAClique() {
        List<NodeId> a = Topologies.create(2, "a");
        List<NodeId> b = Topologies.create(2, "b");
        List<NodeId> c = Topologies.create(2, "c");
        Topology t = new Topology();
        List.of(a, b, c).forEach(cluster -> Topologies.clique(t, cluster));

        Topologies.metaClique(List.of(a, b, c), (x, y) -> Topologies.symmetricAddPeer(t, x.get(0), y.get(0)));

        int n = t.nodes().size();
        assertThat(t.links()).hasSize(3 + 3).hasSizeLessThan(n * (n - 1) / 2);
        assertThat(t.linked(n("a.2"), n("b.2"))).isFalse();
        assertThat(t.linked(n("a.1"), n("c.1"))).isTrue();
    }

    @Test
    void smallRingsHaveNoRepeatedOrSelfLinks() {
        assertThat(Topologies.ringLinks(List.of(n("x")))).isEmpty();
        assertThat(Topologies.ringLinks(List.of(n("x"), n("y")))).containsExactly(link("x", "y"));
        assertThat(Topologies.ringLinks(List.of(n("x"), n("y"), n("z"))))
                .containsExactly(link("x", "y"), link("y", "z"), link("z", "x"));
        Topology one = new Topology();
        Topologies.ring(one, List.of(n("x")));
        assertThat(one.nodes()).containsExactly(n("x"));
        assertThat(one.links()).isEmpty();
    }

    @Test
    void aStarWithNoOthersIsItsCenterAlone() {
        Topology t = new Topology();
        Topologies.star(t, n("c"), List.of());

        assertThat(t.nodes()).containsExactly(n("c"));
        assertThat(t.links()).isEmpty();
        assertThat(Topologies.starLinks(n("c"), List.of(n("x"), n("y"))))
                .containsExactly(link("c", "x"), link("c", "y"));
    }

    @Test
    void duplicateAndSelfLinksAreIgnored() {
        Topology t = new Topology();

        assertThat(t.addLink(n("a"), n("b"))).isTrue();
        assertThat(t.addLink(n("b"), n("a"))).isFalse();
        assertThat(t.addLink(n("a"), n("a"))).isFalse();

        assertThat(t.links()).containsExactly(link("a", "b"));
        assertThat(Topologies.connectLinks(List.of(n("a"), n("b")), List.of(n("b"), n("c"))))
                .containsExactly(link("a", "b"), link("a", "c"), link("b", "c"));
    }

    @Test
    void cliqueLinksListEveryPairOnceInOrder() {
        assertThat(Topologies.cliqueLinks(List.of(n("a"), n("b"), n("c"), n("d"))))
                .containsExactly(link("a", "b"), link("a", "c"), link("a", "d"), link("b", "c"), link("b", "d"),
                        link("c", "d"));
    }

    @Test
    void componentsAndDiameterOfASplitTopology() {
        Topology t = new Topology();
        Topologies.ring(t, List.of(n("a"), n("b"), n("c"), n("d"), n("e"), n("f")));
        t.addLink(n("x"), n("y"));
        t.addNode(n("z"));
        t.removeLink(n("a"), n("b"));

        assertThat(t.components()).containsExactly(
                List.of(n("a"), n("b"), n("c"), n("d"), n("e"), n("f")), List.of(n("x"), n("y")), List.of(n("z")));
        assertThat(t.diameter()).isEqualTo(5);
        assertThat(t.isConnected()).isFalse();
    }

    @Test
    void aRandomRegularGraphGivesEveryNodeTheSameDegreeAndRepeatsWithItsSeed() {
        List<NodeId> nodes = Topologies.create(50, "n");

        List<Link> links = Topologies.randomRegularLinks(nodes, 4, 9);

        Topology t = new Topology().addNodes(nodes);
        links.forEach(l -> t.addLink(l.a(), l.b()));
        assertThat(links).hasSize(50 * 4 / 2);
        assertThat(nodes).allSatisfy(node -> assertThat(t.neighbours(node)).hasSize(4));
        assertThat(Topologies.randomRegularLinks(nodes, 4, 9)).isEqualTo(links);
        assertThat(Topologies.randomRegularLinks(nodes, 4, 10)).isNotEqualTo(links);
        assertThatThrownBy(() -> Topologies.randomRegularLinks(Topologies.create(5, "n"), 3, 1))
                .hasMessageContaining("no 3-regular graph on 5 nodes");
    }
}
