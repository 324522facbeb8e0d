package org.clusterscope.net.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clusterscope.net.sim.NetworkFixture.id;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.clusterscope.core.NodeId;
import org.clusterscope.event.SimEvent.PartitionChanged;
import org.clusterscope.net.LinkView;
import org.clusterscope.net.NemesisPattern;

/** The named partition patterns of PROTOCOL.md §6, checked shape by shape on cliques of 3, 4, 5 and 7. */
class NemesisTest {

    /** A clique of {@code n} running nodes n1…nn, so that what a pattern cuts is all that limits who sees whom. */
    private static NetworkFixture clique(int n) {
        NetworkFixture net = new NetworkFixture();
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = "n" + (i + 1);
        }
        net.nodes(names);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                net.link(names[i], names[j]);
            }
        }
        return net;
    }

    private static List<NodeId> ids(String... names) {
        return java.util.Arrays.stream(names).map(NodeId::of).toList();
    }

    /** The nodes {@code node} shares a live link with, itself included: what it "sees". */
    private static Set<String> view(NetworkFixture net, String node) {
        Set<String> seen = new TreeSet<>();
        seen.add(node);
        for (LinkView link : net.network.links()) {
            if (link.live() && link.a().value().equals(node)) {
                seen.add(link.b().value());
            }
            if (link.live() && link.b().value().equals(node)) {
                seen.add(link.a().value());
            }
        }
        return seen;
    }

    @Test
    void halvesSplitAtTheFloorWithTheSmallerHalfFirst() {
        assertThat(clique(3).network.nemesis(new Nemesis.Halves())).containsExactly(ids("n1"), ids("n2", "n3"));
        assertThat(clique(4).network.nemesis(new Nemesis.Halves()))
                .containsExactly(ids("n1", "n2"), ids("n3", "n4"));
        assertThat(clique(5).network.nemesis(new Nemesis.Halves()))
                .containsExactly(ids("n1", "n2"), ids("n3", "n4", "n5"));
        NetworkFixture seven = clique(7);
        assertThat(seven.network.nemesis(new Nemesis.Halves()))
                .containsExactly(ids("n1", "n2", "n3"), ids("n4", "n5", "n6", "n7"));
        assertThat(seven.network.components())
                .containsExactly(ids("n1", "n2", "n3"), ids("n4", "n5", "n6", "n7"));
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5, 7})
    void randomHalvesAreHalvesOfAShuffle(int n) {
        NetworkFixture net = clique(n);

        List<List<NodeId>> groups = net.network.nemesis(new Nemesis.RandomHalves());

        assertThat(groups).hasSize(2);
        assertThat(groups.get(0)).hasSize(n / 2);
        assertThat(groups.get(1)).hasSize(n - n / 2);
        Set<NodeId> all = new HashSet<>(groups.get(0));
        all.addAll(groups.get(1));
        assertThat(all).containsExactlyInAnyOrderElementsOf(net.network.nodes());
        assertThat(net.network.components()).hasSize(2);
        // the same seed shuffles the same way
        assertThat(clique(n).network.nemesis(new Nemesis.RandomHalves())).isEqualTo(groups);
    }

    @Test
    void randomHalvesDoNotAlwaysKeepTheScenarioOrder() {
        Set<List<List<NodeId>>> outcomes = new HashSet<>();
        NetworkFixture net = clique(7);
        for (int i = 0; i < 10; i++) {
            outcomes.add(net.network.nemesis(new Nemesis.RandomHalves()));
        }
        assertThat(outcomes).hasSizeGreaterThan(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5, 7})
    void isolateCutsTheGivenNodeOffFromAllOthers(int n) {
        NetworkFixture net = clique(n);

        List<List<NodeId>> groups = net.network.nemesis(new Nemesis.Isolate(id("n2")));

        List<NodeId> others = new ArrayList<>(net.network.nodes());
        others.remove(id("n2"));
        assertThat(groups).containsExactly(ids("n2"), others);
        assertThat(view(net, "n2")).containsExactly("n2");
        assertThat(net.network.components()).hasSize(2);
    }

    @Test
    void isolateWithoutANodePicksARunningOne() {
        NetworkFixture net = clique(5);

        List<List<NodeId>> groups = net.network.nemesis(new Nemesis.Isolate(null));

        assertThat(groups).hasSize(2);
        assertThat(groups.get(0)).hasSize(1);
        assertThat(view(net, groups.get(0).get(0).value())).hasSize(1);
    }

    @Test
    void bridgeOnFiveIsTwoThenTheBridgeThenTwo() {
        NetworkFixture net = clique(5);

        List<List<NodeId>> groups = net.network.nemesis(new Nemesis.Bridge());

        assertThat(groups).containsExactly(ids("n1", "n2", "n3"), ids("n3", "n4", "n5"));
        assertThat(view(net, "n1")).containsExactly("n1", "n2", "n3");
        assertThat(view(net, "n2")).containsExactly("n1", "n2", "n3");
        assertThat(view(net, "n3")).containsExactly("n1", "n2", "n3", "n4", "n5");
        assertThat(view(net, "n4")).containsExactly("n3", "n4", "n5");
        // cut links, but nobody is disconnected: the bridge relays (PROTOCOL.md §6)
        assertThat(net.network.components()).hasSize(1);
        assertThat(net.network.reachable(id("n1"), id("n5"))).isTrue();
    }

    @Test
    void bridgeOnThreeFourAndSevenUsesTheFirstOfTheLargerHalf() {
        assertThat(clique(3).network.nemesis(new Nemesis.Bridge()))
                .containsExactly(ids("n1", "n2"), ids("n2", "n3"));
        assertThat(clique(4).network.nemesis(new Nemesis.Bridge()))
                .containsExactly(ids("n1", "n2", "n3"), ids("n3", "n4"));
        NetworkFixture seven = clique(7);
        assertThat(seven.network.nemesis(new Nemesis.Bridge()))
                .containsExactly(ids("n1", "n2", "n3", "n4"), ids("n4", "n5", "n6", "n7"));
        assertThat(view(seven, "n1")).containsExactly("n1", "n2", "n3", "n4");
        assertThat(view(seven, "n4")).hasSize(7);
        assertThat(view(seven, "n7")).containsExactly("n4", "n5", "n6", "n7");
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 5, 7})
    void majoritiesRingGivesEveryNodeItsOwnMajority(int n) {
        NetworkFixture net = clique(n);

        net.network.nemesis(new Nemesis.MajoritiesRing());

        Set<Set<String>> views = new HashSet<>();
        for (NodeId node : net.network.nodes()) {
            Set<String> view = view(net, node.value());
            int reach = (n / 2 + 1) / 2;
            assertThat(view).as("what %s sees", node).hasSize(2 * reach + 1);
            assertThat(2 * view.size()).as("a majority of %d", n).isGreaterThan(n);
            views.add(view);
        }
        assertThat(views).as("no two nodes see the same set").hasSize(n);
        assertThat(net.network.components()).hasSize(1);
    }

    @Test
    void majoritiesRingOnFiveIsARingOfRingNeighbours() {
        NetworkFixture net = clique(5);

        List<List<NodeId>> windows = net.network.nemesis(new Nemesis.MajoritiesRing());

        // d = ⌈⌊5/2⌋/2⌉ = 1: the groups are the five ring edges, each node in two of them
        assertThat(windows).hasSize(5).allSatisfy(w -> assertThat(w).hasSize(2));
        assertThat(net.network.links()).filteredOn(LinkView::live).hasSize(5);
    }

    @Test
    void majoritiesRingOnThreeCutsNothing() {
        NetworkFixture net = clique(3);

        net.network.nemesis(new Nemesis.MajoritiesRing());

        assertThat(net.network.links()).allSatisfy(l -> assertThat(l.cut()).isFalse());
    }

    @Test
    void nodesNotRunningFallIntoTheExtraGroupCutOffFromEveryone() {
        NetworkFixture net = clique(5);
        net.stop("n2");

        List<List<NodeId>> groups = net.network.nemesis(new Nemesis.Halves());
        net.start("n2");

        assertThat(groups).containsExactly(ids("n1", "n3"), ids("n4", "n5"), ids("n2"));
        assertThat(view(net, "n2")).containsExactly("n2");
        assertThat(net.recorded(PartitionChanged.class)).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("halves");
            assertThat(p.groups()).isEqualTo(groups);
        });
    }

    @Test
    void patternsAreNamedAsInScenarioFiles() {
        assertThat(List.of("halves", "random-halves", "isolate", "bridge", "majorities-ring").stream()
                .map(name -> Nemesis.of(NemesisPattern.fromJson(name), null).name()).collect(Collectors.toList()))
                .containsExactly("halves", "random-halves", "isolate", "bridge", "majorities-ring");
        assertThat(Nemesis.of(NemesisPattern.ISOLATE, id("n3"))).isEqualTo(new Nemesis.Isolate(id("n3")));
        assertThat(NemesisPattern.fromJson("split-brain")).isNull();
        assertThatThrownBy(() -> clique(3).network.nemesis(new Nemesis.Isolate(id("zz"))))
                .hasMessageContaining("unknown node zz");
    }
}
