package org.clusterscope.scenario.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.core.Span;
import org.clusterscope.event.SimEvent;
import org.clusterscope.net.real.NetworkSettings;
import org.clusterscope.node.NodeSpec;
import org.clusterscope.protocol.ProtocolConfig;
import org.clusterscope.runtime.LiveCluster;
import org.clusterscope.scenario.Expectation;
import org.clusterscope.scenario.InvariantKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code always} invariants judged on live nodes: the same monitors as in the simulator, asked
 * after the events that change a state. Every wait is on a condition, with a generous timeout as
 * a safety net only; the end of the run is an instant handed to the checks, not waited for.
 */
class LiveChecksTest {

    private static final ProtocolConfig FAST = ProtocolConfig.defaults().withTimings(500, 2_500);
    private static final long PATIENCE_MS = 60_000;
    private static final long END = 3_600_000_000L;

    private final ConcurrentLinkedQueue<SimEvent> inbox = new ConcurrentLinkedQueue<>();
    private final List<ExpectationSession.Update> updates = new ArrayList<>();
    private LiveCluster cluster;

    @AfterEach
    void closeCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** What the window's driver does at each tick: hand over the events, then check what is due. */
    private void tick(LiveChecks checks) {
        for (SimEvent event = inbox.poll(); event != null; event = inbox.poll()) {
            checks.observe(event);
        }
        checks.checkDue(cluster.now() - cluster.origin());
        updates.addAll(checks.drain());
    }

    private ExpectationSession.Update last(int index) {
        ExpectationSession.Update found = null;
        for (ExpectationSession.Update update : updates) {
            if (update.index() == index) {
                found = update;
            }
        }
        return found;
    }

    /** One of the two leads the island (the lower port), the other follows it. */
    private boolean settled(NodeId a, NodeId b) {
        List<NodeState> states = List.of(cluster.state(a), cluster.state(b));
        return states.contains(NodeState.MASTER) && states.contains(NodeState.SLAVE);
    }

    @Test
    void twoMastersInTwoComponentsFailAtMostOneMasterAndPassAtMostOneMasterPerComponent() throws IOException {
        cluster = new LiveCluster(FAST, NetworkSettings.loopback(), 3);
        cluster.subscribe(inbox::add);
        List<NodeId> ids = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            ids.add(cluster.addNode(NodeSpec.of("n" + i, freePort())).id());
        }
        // two islands: n1–n2 and n3–n4, each electing its own master
        cluster.link(ids.get(0), ids.get(1));
        cluster.link(ids.get(2), ids.get(3));
        List<Expectation> expect = List.of(
                new Expectation.Always(InvariantKind.AT_MOST_ONE_MASTER, null, null),
                new Expectation.Always(InvariantKind.AT_MOST_ONE_MASTER_PER_COMPONENT, null, Span.parse("5s")));
        LiveChecks checks = new LiveChecks(expect, cluster, cluster.origin(), END);
        assertThat(checks.watchesInvariants()).isTrue();
        tick(checks);
        assertThat(last(0).verdict()).as("before anything happened").isEqualTo(Verdict.PASS);

        ids.forEach(cluster::start);
        cluster.waitUntil(() -> {
            tick(checks);
            return last(0).verdict() == Verdict.FAIL;
        }, "atMostOneMaster failing once both islands have a master", PATIENCE_MS);
        assertThat(last(0).detail()).contains("master").endsWith("(live)");
        cluster.waitUntil(() -> {
            tick(checks);
            return settled(ids.get(0), ids.get(1)) && settled(ids.get(2), ids.get(3));
        }, "each island settled under its own master", PATIENCE_MS);
        assertThat(last(1).verdict()).as("one master per component so far").isEqualTo(Verdict.PASS);

        checks.checkDue(END);
        updates.addAll(checks.drain());
        assertThat(last(0).verdict()).isEqualTo(Verdict.FAIL);
        assertThat(last(1).verdict()).isEqualTo(Verdict.PASS);
        assertThat(last(1).detail()).startsWith("held at each of");
        checks.checkDue(END + 1);
        assertThat(checks.drain()).as("verdicts given once").isEmpty();
    }
}
