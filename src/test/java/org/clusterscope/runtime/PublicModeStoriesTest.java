package org.clusterscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterscope.runtime.Clusters.id;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.PeerStatus;
import org.clusterscope.core.SimTime;
import org.clusterscope.event.SimEvent;
import org.clusterscope.net.LinkSettings;
import org.clusterscope.net.LinkView;
import org.clusterscope.protocol.ProtocolConfig;
import org.clusterscope.runtime.overlay.NodeOverlay;
import org.clusterscope.runtime.overlay.OverlayConfig;
import org.clusterscope.runtime.overlay.PublicOverlay;

/**
 * Public mode, rule by rule (PROTOCOL.md §8): requests and answers, every refusal reason in its
 * order, the closes, shedding, private nodes, and trusted links left alone. Every simulation here
 * runs under {@link StoryInvariants}, the overlay invariants included.
 */
class PublicModeStoriesTest {

    private static final LinkSettings LINKS = new LinkSettings(10, 0, 0);
    private static final long LATENCY = SimTime.ms(10);

    /** n1…n{count} with 10 ms links, public mode with N = {@code connections} and 5 s rounds. */
    private static Simulation sim(int count, int connections, Set<NodeId> privateNodes, Consumer<Simulation> links) {
        Simulation sim = Clusters.nodes(11, ProtocolConfig.defaults(), LINKS, count);
        links.accept(sim);
        sim.configureOverlay(new OverlayConfig(connections, 5000), privateNodes);
        return sim;
    }

    private static List<SimEvent.OverlayEvent> record(Simulation sim) {
        List<SimEvent.OverlayEvent> seen = new ArrayList<>();
        sim.overlay().orElseThrow().addListener(seen::add);
        return seen;
    }

    private static void startAll(Simulation sim) {
        sim.nodeIds().forEach(sim::start);
    }

    private static void chain(Simulation sim, String... names) {
        for (int i = 0; i + 1 < names.length; i++) {
            sim.link(id(names[i]), id(names[i + 1]));
        }
    }

    private static <T extends SimEvent.OverlayEvent> List<T> of(List<SimEvent.OverlayEvent> events, Class<T> kind) {
        return events.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    @Test
    void aNodeBelowItsMinAsksPeersItHeardOfAndAnAcceptMakesADiscoveredLinkTwoLatenciesLater() {
        // a line n1-n2-n3-n4, N = 4 (min 2, max 6): the ends have one link and ask
        Simulation sim = sim(4, 4, Set.of(), s -> chain(s, "n1", "n2", "n3", "n4"));
        List<SimEvent.OverlayEvent> events = record(sim);
        startAll(sim);

        sim.runUntil(SimTime.ms(4_000));
        assertThat(events).as("nothing before the first round, 5 s after the start").isEmpty();
        sim.runUntil(SimTime.ms(9_000));

        // the first end to run its round asks; the other may have accepted it by its own round
        SimEvent.ConnectRequest ask = of(events, SimEvent.ConnectRequest.class).get(0);
        assertThat(ask.a()).isIn(id("n1"), id("n4"));
        assertThat(ask.why()).isEqualTo("degree 1, below its min 2");
        assertThat(ask.time()).isBetween(SimTime.ms(5_000), SimTime.ms(7_500));
        SimEvent.Connect linked = of(events, SimEvent.Connect.class).stream()
                .filter(c -> c.a().equals(ask.a()) && c.b().equals(ask.b())).findFirst().orElseThrow();
        assertThat(linked.time()).isEqualTo(ask.time() + 2 * LATENCY);
        LinkView link = sim.links().stream().filter(l -> l.discovered()).filter(l -> l.a().equals(ask.a())
                || l.b().equals(ask.a())).findFirst().orElseThrow();
        assertThat(link.settings()).isEqualTo(LINKS);
        assertThat(link.live()).isTrue();
        // it asked at most N - d = 3 peers, and none it was linked to already
        assertThat(of(events, SimEvent.ConnectRequest.class).stream().filter(r -> r.a().equals(ask.a())))
                .hasSizeLessThanOrEqualTo(3).noneMatch(r -> sim.network().isLinked(r.a(), r.b())
                        && !sim.network().isDiscovered(r.a(), r.b()));
        assertThat(of(events, SimEvent.ConnectRequest.class)).allMatch(r -> r.a().equals(id("n1"))
                || r.a().equals(id("n4")));
    }

    @Test
    void refusalsComeWithTheFirstReasonThatAppliesInTheOrderOfTheRules() {
        assertThat(refusalWhen((sim, r) -> {
            sim.setPrivate(r.b(), true);
            sim.partition(List.of(List.of(r.a()), List.of(r.b())));
        })).as("private before cut off").isEqualTo("private");
        assertThat(refusalWhen((sim, r) -> {
            sim.link(r.a(), r.b());
            sim.partition(List.of(List.of(r.a()), List.of(r.b())));
        })).as("cut off before already linked").isEqualTo("cut off by the partition");
        assertThat(refusalWhen((sim, r) -> sim.link(r.a(), r.b()))).isEqualTo("already linked");
    }

    /** The reason the first request is refused for, when {@code meanwhile} acts while it travels. */
    private static String refusalWhen(java.util.function.BiConsumer<Simulation, SimEvent.ConnectRequest> meanwhile) {
        Simulation sim = sim(4, 4, Set.of(), s -> chain(s, "n1", "n2", "n3", "n4"));
        List<SimEvent.OverlayEvent> events = record(sim);
        boolean[] done = {false};
        sim.overlay().orElseThrow().addListener(e -> {
            if (!done[0] && e instanceof SimEvent.ConnectRequest r) {
                done[0] = true;
                meanwhile.accept(sim, r);
            }
        });
        startAll(sim);
        sim.runUntil(SimTime.ms(8_000));
        SimEvent.ConnectRequest first = of(events, SimEvent.ConnectRequest.class).get(0);
        SimEvent.Refuse refused = of(events, SimEvent.Refuse.class).stream()
                .filter(r -> r.a().equals(first.b()) && r.b().equals(first.a())).findFirst().orElseThrow();
        assertThat(refused.time()).isEqualTo(first.time() + 2 * LATENCY);
        return refused.why();
    }

    @Test
    void aNodeAtItsMaxRefusesWithItsConnectionCount() {
        // n1 is a hub with 6 trusted links (N = 4: max 6); n8 hangs off n2, and the hub is the only
        // public peer it is not linked to
        Simulation sim = sim(8, 4, Set.of(id("n3"), id("n4"), id("n5"), id("n6"), id("n7")), s -> {
            for (int i = 2; i <= 7; i++) {
                s.link(id("n1"), id("n" + i));
            }
            s.link(id("n2"), id("n8"));
        });
        List<SimEvent.OverlayEvent> events = record(sim);
        startAll(sim);
        sim.runUntil(SimTime.ms(20_000));

        List<SimEvent.Refuse> byHub = of(events, SimEvent.Refuse.class).stream().filter(r -> r.a().equals(id("n1")))
                .toList();
        assertThat(byHub).isNotEmpty().allMatch(r -> r.why().equals("6 connections, its max") && r.b().equals(id("n8")));
        assertThat(sim.overlay().orElseThrow().node(id("n1")).discovered()).isEmpty();
    }

    @Test
    void aRequestToANodeThatStoppedGetsNoAnswerAndStaysPendingUntilTheNextRound() {
        Simulation sim = sim(4, 4, Set.of(), s -> chain(s, "n1", "n2", "n3", "n4"));
        List<SimEvent.OverlayEvent> events = record(sim);
        SimEvent.ConnectRequest[] asked = {null};
        sim.overlay().orElseThrow().addListener(e -> {
            if (asked[0] == null && e instanceof SimEvent.ConnectRequest r) {
                asked[0] = r;
                sim.kill(r.b());
            }
        });
        startAll(sim);
        sim.waitUntil(() -> asked[0] != null, "the first request", SimTime.ms(10_000));
        sim.runFor(3 * LATENCY);

        NodeOverlay asker = sim.overlay().orElseThrow().node(asked[0].a());
        assertThat(asker.asked()).contains(asked[0].b());
        assertThat(asker.pending()).isGreaterThanOrEqualTo(1);
        assertThat(events).noneMatch(e -> !(e instanceof SimEvent.ConnectRequest) && e.a().equals(asked[0].b())
                && e.b().equals(asked[0].a()));
    }

    @Test
    void discoveredLinksCloseWhenAnEndStopsWhenAPartitionCutsThemAndByHandButNotOnHeal() {
        Simulation sim = sim(6, 4, Set.of(), s -> chain(s, "n1", "n2", "n3", "n4", "n5", "n6"));
        List<SimEvent.OverlayEvent> events = record(sim);
        startAll(sim);
        sim.runUntil(SimTime.ms(9_000));
        PublicOverlay overlay = sim.overlay().orElseThrow();
        List<LinkView> discovered = sim.links().stream().filter(LinkView::discovered).toList();
        assertThat(discovered).hasSizeGreaterThanOrEqualTo(2);

        LinkView byHand = discovered.get(0);
        assertThat(sim.apply(new Command.CloseLink(byHand.a(), byHand.b()))).isTrue();
        assertThat(events.get(events.size() - 1)).isEqualTo(
                new SimEvent.Disconnect(sim.now(), byHand.a(), byHand.b(), "closed by hand"));
        assertThat(sim.apply(new Command.CloseLink(id("n1"), id("n2")))).as("a trusted link is not closed").isFalse();
        assertThat(sim.links()).anyMatch(l -> l.a().equals(id("n1")) && l.b().equals(id("n2")));

        NodeId end = overlay.nodes().stream().filter(n -> !n.discovered().isEmpty()).findFirst().orElseThrow().id();
        List<NodeId> peers = overlay.node(end).discovered();
        sim.kill(end);
        for (NodeId peer : peers) {
            assertThat(events).contains(new SimEvent.Disconnect(sim.now(), end, peer, end + " stopped"));
        }
        assertThat(sim.links()).noneMatch(l -> l.discovered() && (l.a().equals(end) || l.b().equals(end)));

        sim.start(end);
        sim.runFor(SimTime.ms(9_000));
        List<LinkView> before = sim.links().stream().filter(LinkView::discovered).toList();
        assertThat(before).isNotEmpty();
        List<NodeId> half = sim.nodeIds().subList(0, 3);
        sim.partition(List.of(half));
        List<LinkView> crossing = before.stream().filter(l -> half.contains(l.a()) != half.contains(l.b())).toList();
        for (LinkView l : crossing) {
            assertThat(events).contains(new SimEvent.Disconnect(sim.now(), l.a(), l.b(), "cut by the partition"));
        }
        sim.heal();
        assertThat(sim.links()).noneMatch(l -> crossing.stream().anyMatch(c -> c.a().equals(l.a())
                && c.b().equals(l.b())));
    }

    @Test
    void theGoodbyeOfANodeThatQuitsStillTravelsItsClosingDiscoveredLink() {
        // n1-n2-n3: the ends ask each other; then n1-n2 goes down, so the only way from n1 is discovered
        Simulation sim = sim(3, 4, Set.of(), s -> chain(s, "n1", "n2", "n3"));
        startAll(sim);
        sim.waitUntil(() -> sim.network().isDiscovered(id("n1"), id("n3")), "n1-n3 discovered", SimTime.ms(20_000));
        sim.linkDown(id("n1"), id("n2"));
        sim.runFor(SimTime.ms(500));

        sim.quit(id("n1"));
        sim.runFor(SimTime.ms(200));

        assertThat(sim.network().isLinked(id("n1"), id("n3"))).isFalse();
        assertThat(sim.node(id("n3")).peers().get(id("n1")).status()).isEqualTo(PeerStatus.DISPATCHED);
    }

    @Test
    void maintenanceShedsDiscoveredLinksOfANodeThatTrustedLinksTookAboveItsMax() {
        // n1 hangs off n2, a hub of n3…n10: n1 and the leaves ask; later trusted links take n1 above max 6
        Simulation sim = sim(10, 4, Set.of(), s -> {
            s.link(id("n1"), id("n2"));
            for (int i = 3; i <= 10; i++) {
                s.link(id("n2"), id("n" + i));
            }
        });
        List<SimEvent.OverlayEvent> events = record(sim);
        startAll(sim);
        sim.runUntil(SimTime.ms(9_000));
        PublicOverlay overlay = sim.overlay().orElseThrow();
        List<NodeId> discovered = overlay.node(id("n1")).discovered();
        assertThat(discovered).isNotEmpty();
        List<NodeId> trusted = new ArrayList<>();
        for (NodeId other : sim.nodeIds()) {
            if (!other.equals(id("n1")) && !sim.network().isLinked(id("n1"), other)) {
                sim.link(id("n1"), other);
                trusted.add(other);
            }
        }
        int degree = sim.network().degree(id("n1"));
        assertThat(degree).isEqualTo(9).isGreaterThan(overlay.config().max());

        sim.runFor(SimTime.ms(6_000));

        String why = "shed by n1: 9 connections, above its max 6";
        List<SimEvent.Disconnect> shed = of(events, SimEvent.Disconnect.class).stream()
                .filter(d -> d.why().equals(why)).toList();
        // d - N = 5 to shed, but only the discovered links may go: all of them if that is not enough
        assertThat(shed).hasSize(Math.min(5, discovered.size()));
        for (NodeId t : trusted) {
            assertThat(sim.network().isLinked(id("n1"), t)).as("trusted link n1-" + t).isTrue();
        }
        assertThat(sim.network().isLinked(id("n1"), id("n2"))).isTrue();
    }

    @Test
    void aPrivateNodeIsNeverAskedNeverAsksAndKeepsOnlyItsTrustedLinks() {
        Simulation sim = sim(6, 6, Set.of(id("n6")), s -> {
            chain(s, "n1", "n2", "n3", "n4", "n5");
            s.link(id("n6"), id("n1"));
        });
        List<SimEvent.OverlayEvent> events = record(sim);
        startAll(sim);
        sim.runUntil(SimTime.ms(30_000));

        assertThat(events).isNotEmpty().noneMatch(e -> e.a().equals(id("n6")) || e.b().equals(id("n6")));
        assertThat(sim.overlay().orElseThrow().node(id("n6")).degree()).isEqualTo(1);

        NodeId meshed = sim.overlay().orElseThrow().nodes().stream().filter(n -> !n.discovered().isEmpty())
                .findFirst().orElseThrow().id();
        List<NodeId> peers = sim.overlay().orElseThrow().node(meshed).discovered();
        assertThat(sim.apply(new Command.SetPrivate(meshed, true))).isTrue();
        assertThat(sim.overlay().orElseThrow().node(meshed).discovered()).isEmpty();
        assertThat(events).contains(new SimEvent.Disconnect(sim.now(), meshed, peers.get(0), meshed + " is private"));
        sim.runFor(SimTime.ms(12_000));
        assertThat(sim.overlay().orElseThrow().node(meshed).discovered()).isEmpty();
    }

    @Test
    void withoutPublicModeTheCommandsAreRefusedWithAWarning() {
        Simulation sim = Clusters.ring(Clusters.nodes(3, 3));
        List<SimEvent> warnings = new ArrayList<>();
        sim.subscribe(e -> {
            if (e instanceof SimEvent.Warning) {
                warnings.add(e);
            }
        });
        assertThat(sim.apply(new Command.SetPrivate(id("n1"), true))).isFalse();
        assertThat(sim.apply(new Command.CloseLink(id("n1"), id("n2")))).isFalse();
        assertThat(warnings).hasSize(2);
        assertThat(sim.overlay()).isEmpty();
        assertThat(sim.overlayViolation()).isNull();
    }
}
