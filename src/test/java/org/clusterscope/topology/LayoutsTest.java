package org.clusterscope.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.clusterscope.core.NodeId;
import org.junit.jupiter.api.Test;

/** Layouts are pure functions: same input, same positions, all inside the area. */
class LayoutsTest {

    private static final double W = 800;
    private static final double H = 600;

    private static void assertInside(Map<NodeId, Point> positions) {
        assertThat(positions.values()).allSatisfy(p -> {
            assertThat(p.x()).isBetween(0.0, W);
            assertThat(p.y()).isBetween(0.0, H);
        });
    }

    private static Topology ringOfCliques() {
        Topology t = new Topology();
        List<List<NodeId>> clusters = List.of(Topologies.create(4, "a"), Topologies.create(4, "b"),
                Topologies.create(4, "c"));
        clusters.forEach(c -> Topologies.clique(t, c));
        Topologies.metaRing(clusters, (x, y) -> t.addLink(x.get(0), y.get(0)));
        return t;
    }

    @Test
    void aCircleStartsAtTheTopAndKeepsTheNodeOrder() {
        List<NodeId> nodes = Topologies.create(4, "n");

        Map<NodeId, Point> positions = Layouts.circle(nodes, W, H);

        assertThat(positions.keySet()).containsExactlyElementsOf(nodes);
        Point first = positions.get(nodes.get(0));
        assertThat(first.x()).isCloseTo(W / 2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(first.y()).isLessThan(H / 2);
        assertThat(positions.get(nodes.get(1)).x()).isGreaterThan(W / 2);
        assertInside(positions);
        assertThat(Layouts.circle(List.of(NodeId.of("solo")), W, H).get(NodeId.of("solo")))
                .isEqualTo(new Point(W / 2, H / 2));
    }

    @Test
    void aGridFillsRowsLeftToRight() {
        List<NodeId> nodes = Topologies.create(5, "n");

        Map<NodeId, Point> positions = Layouts.grid(nodes, W, H);

        assertThat(positions.keySet()).containsExactlyElementsOf(nodes);
        assertThat(positions.get(nodes.get(0)).y()).isEqualTo(positions.get(nodes.get(2)).y());
        assertThat(positions.get(nodes.get(3)).y()).isGreaterThan(positions.get(nodes.get(0)).y());
        assertThat(positions.get(nodes.get(1)).x()).isGreaterThan(positions.get(nodes.get(0)).x());
        assertInside(positions);
        assertThat(Layouts.grid(nodes, W, H)).isEqualTo(positions);
    }

    @Test
    void aForceLayoutIsTheSameForTheSameSeedAndStaysInside() {
        Topology t = ringOfCliques();

        Map<NodeId, Point> first = Layouts.force(t, W, H, 7);
        Map<NodeId, Point> again = Layouts.force(t, W, H, 7);

        assertThat(again).isEqualTo(first);
        assertThat(first.keySet()).containsExactlyElementsOf(t.nodes());
        assertInside(first);
        assertThat(Layouts.force(t, W, H, 8)).isNotEqualTo(first);
        assertThat(first.values()).doesNotHaveDuplicates();
    }

    @Test
    void anAreaWithoutSizeIsRefused() {
        assertThatThrownBy(() -> Layouts.circle(List.of(), 0, 10)).hasMessageContaining("positive width");
    }
}
