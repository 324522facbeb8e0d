package org.clusterscope.gui.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.clusterscope.core.NodeId;
import org.clusterscope.event.SimEvent;
import org.clusterscope.gui.doc.LinkKey;

/**
 * Public mode's picture is folded from the overlay events alone (PROTOCOL.md §8): a request is an
 * arc from asker to candidate, green once accepted and grey once refused; an accepted request is a
 * discovered link that grows in; a closed one fades out. The wall instants are given by hand.
 */
class OverlayFoldTest {

    private static final NodeId N3 = NodeId.of("n3");
    private static final NodeId N7 = NodeId.of("n7");
    private static final NodeId N9 = NodeId.of("n9");
    private static final long T0 = 1_000_000_000L;

    private final LiveWorld world = new LiveWorld(ports(), Map.of());

    private static Map<NodeId, Integer> ports() {
        Map<NodeId, Integer> ports = new LinkedHashMap<>();
        ports.put(N3, 8083);
        ports.put(N7, 8087);
        ports.put(N9, 8089);
        return ports;
    }

    private void at(long wall, SimEvent event) {
        world.setWallNanos(wall);
        world.onEvent(event);
    }

    private OverlayLive frame(long wall) {
        return world.freeze(0, wall, 1, false, 0).overlay();
    }

    @Test
    void aRequestIsAnArcThatTakesTheColourOfItsAnswer() {
        at(T0, new SimEvent.ConnectRequest(10, N3, N7, "degree 2, below its min 3"));
        at(T0, new SimEvent.ConnectRequest(10, N3, N9, "degree 2, below its min 3"));
        assertThat(frame(T0).requests()).extracting(r -> r.from() + "→" + r.to() + " " + r.outcome())
                .containsExactly("n3→n7 PENDING", "n3→n9 PENDING");

        // n9 refuses n3: the arc still runs from the asker n3 to n9, now grey
        at(T0 + 100, new SimEvent.Refuse(20, N9, N3, "9 connections, its max"));
        at(T0 + 200, new SimEvent.Connect(20, N3, N7, "n7 accepted at 4 of its max 9"));
        OverlayLive live = frame(T0 + 200);
        assertThat(live.requests()).extracting(r -> r.from() + "→" + r.to() + " " + r.outcome())
                .containsExactlyInAnyOrder("n3→n9 REFUSED", "n3→n7 ACCEPTED");
        assertThat(live.discovered()).containsOnlyKeys(LinkKey.of(N3, N7));

        // once answered, an arc stays for a moment, then it is gone; the link stays
        OverlayLive later = frame(T0 + 200 + OverlayLive.ANSWERED_NANOS);
        assertThat(later.requests()).isEmpty();
        assertThat(later.discovered()).containsOnlyKeys(LinkKey.of(N3, N7));
    }

    @Test
    void aDiscoveredLinkGrowsInAndFadesOutWhenItCloses() {
        at(T0, new SimEvent.Connect(10, N3, N7, "n7 accepted at 4 of its max 9"));
        long born = frame(T0).discovered().get(LinkKey.of(N3, N7));
        assertThat(OverlayLive.appear(born, T0)).isZero();
        assertThat(OverlayLive.appear(born, T0 + OverlayLive.APPEAR_NANOS / 2)).isEqualTo(0.5);
        assertThat(OverlayLive.appear(born, T0 + OverlayLive.APPEAR_NANOS)).isEqualTo(1.0);
        assertThat(frame(T0).animating(T0 + OverlayLive.APPEAR_NANOS / 2)).isTrue();
        // fully grown, and the accepted request's arc gone: nothing moves any more
        long still = T0 + Math.max(OverlayLive.APPEAR_NANOS, OverlayLive.ANSWERED_NANOS);
        assertThat(frame(still).animating(still)).isFalse();

        long closedAt = T0 + 5_000_000_000L;
        at(closedAt, new SimEvent.Disconnect(20, N3, N7, "n7 stopped"));
        OverlayLive closing = frame(closedAt);
        assertThat(closing.discovered()).isEmpty();
        assertThat(closing.closed()).extracting(OverlayLive.Closed::key).containsExactly(LinkKey.of(N3, N7));
        assertThat(OverlayLive.vanish(closedAt, closedAt + OverlayLive.VANISH_NANOS / 2)).isEqualTo(0.5);
        assertThat(closing.animating(closedAt)).isTrue();
        assertThat(frame(closedAt + OverlayLive.VANISH_NANOS).closed()).isEmpty();
    }

    @Test
    void aPrivateRunHasNoOverlayPicture() {
        world.onEvent(new SimEvent.NodeStarted(0, N3, 8083, 0));
        assertThat(frame(T0)).isSameAs(OverlayLive.EMPTY);
    }
}
