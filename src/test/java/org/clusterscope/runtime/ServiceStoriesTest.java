package org.clusterscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterscope.runtime.Clusters.*;

import java.util.ArrayList;
import java.util.List;

import org.clusterscope.core.NodeId;
import org.clusterscope.event.SimEvent;
import org.clusterscope.protocol.service.MatchMode;
import org.clusterscope.protocol.service.QueryListener;
import org.clusterscope.protocol.service.Resolver;
import org.clusterscope.protocol.service.Services;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tags, channels, hooks and queries between running nodes (PROTOCOL.md §4). */
class ServiceStoriesTest {

    private Simulation sim;
    private EventLog log;

    @BeforeEach
    void fiveNodesThreeOfThemDatabases() {
        sim = clique(nodes(51, 5));
        log = EventLog.attach(sim);
        for (String db : List.of("n2", "n3", "n4")) {
            sim.setTags(id(db), List.of("db", "eu"));
            sim.node(id(db)).services().hooks().onQuery(call -> call.node() + " has " + call.payload());
        }
        startAll(sim);
        sim.runUntil(seconds(3));
    }

    private Services services(String node) {
        return sim.node(id(node)).services();
    }

    @Test
    void aQueryAnsweredByThreeTaggedPeersGivesThreeResponsesThenDone() {
        Answers answers = new Answers();

        services("n1").query(Resolver.resolve(List.of("db")), "users", answers);
        sim.runUntil(seconds(4));

        assertThat(answers.responses).containsExactlyInAnyOrder("n2 has users", "n3 has users", "n4 has users");
        assertThat(answers.outcome).containsExactly("done");
        assertThat(log.of(SimEvent.ServiceEvent.class, e -> e.node().equals(id("n1")))).extracting(SimEvent.ServiceEvent::what)
                .containsSubsequence("query.sent", "query.response", "query.response", "query.response", "query.done");
    }

    @Test
    void aQueryToAKilledPeerTimesOutNamingIt() {
        sim.kill(id("n4"));
        Answers answers = new Answers();

        services("n1").query(Resolver.resolve(List.of("db")), "users", seconds(2), answers);
        sim.runUntil(seconds(6));

        assertThat(answers.responses).containsExactlyInAnyOrder("n2 has users", "n3 has users");
        assertThat(answers.outcome).containsExactly("timeout " + List.of(id("n4")));
        assertThat(log.of(SimEvent.ServiceEvent.class)).extracting(SimEvent.ServiceEvent::what).contains("query.timeout");
    }

    @Test
    void aQueryNobodyMatchesIsDoneAtOnce() {
        Answers answers = new Answers();

        services("n1").query(Resolver.resolve(List.of("cache")), "keys", answers);

        assertThat(answers.outcome).containsExactly("done");
    }

    @Test
    void aReceiveHookThatThrowsCancelsTheMessage() {
        services("n3").hooks().onChannelReceive(1, call -> {
            throw new IllegalStateException("n3 refuses " + call.payload());
        });

        int sent = services("n1").send(ids("n2", "n3"), 1, "hello");
        sim.runUntil(seconds(4));

        assertThat(sent).isEqualTo(2);
        assertThat(received()).containsExactly("n2 got from n1 on channel 1: hello");
        assertThat(log.of(SimEvent.ServiceEvent.class, e -> e.what().equals("hook.cancelled")))
                .singleElement().satisfies(e -> assertThat(e.detail()).contains("n3 refuses hello"));
    }

    @Test
    void aSendHookCanChangeThePayloadOrCancelTheSend() {
        services("n1").hooks().onChannelSend(1, call -> call.payload().toUpperCase());
        services("n1").hooks().onChannelSend(2, call -> {
            throw new IllegalArgumentException("channel 2 is closed");
        });

        services("n1").send(Resolver.resolve(List.of("db")), 1, "hello");
        int cancelled = services("n1").send(ids("n2"), 2, "secret");
        sim.runUntil(seconds(4));

        assertThat(cancelled).isZero();
        assertThat(received()).containsExactlyInAnyOrder("n2 got from n1 on channel 1: HELLO",
                "n3 got from n1 on channel 1: HELLO", "n4 got from n1 on channel 1: HELLO");
    }

    @Test
    void aNodeIgnoresChannelsItHasNotJoined() {
        services("n1").send(ids("n2"), 7, "anyone?");
        sim.runUntil(seconds(4));

        assertThat(received()).isEmpty();
    }

    @Test
    void aFilteredBroadcastIsReadOnlyByTheNodesItSelects() {
        sim.setTags(id("n3"), List.of("db", "test"));

        services("n1").broadcast(Resolver.any().has(List.of("db")).mode(MatchMode.MATCH).not(List.of("te*")), 0, "backup");
        sim.runUntil(seconds(4));

        assertThat(received()).containsExactlyInAnyOrder("n2 got from n1 on channel 0: backup",
                "n4 got from n1 on channel 0: backup");
    }

    @Test
    void resolveSeesTagsOnlyOnceTheyTravelInABeacon() {
        sim.setTags(id("n5"), List.of("db"));
        assertThat(services("n1").resolve(Resolver.resolve(List.of("db")))).containsExactlyElementsOf(ids("n2", "n3", "n4"));

        sim.runUntil(sim.now() + seconds(1.2));

        assertThat(services("n1").resolve(Resolver.resolve(List.of("db")))).containsExactlyElementsOf(ids("n2", "n3", "n4", "n5"));
    }

    @Test
    void discoveredAndLostHooksSeeMembershipChange() {
        List<String> seen = new ArrayList<>();
        services("n1").hooks().onLost(call -> {
            seen.add("lost " + call.peer());
            return null;
        });
        services("n1").hooks().onDiscovered(call -> {
            seen.add("discovered " + call.peer());
            return null;
        });

        sim.kill(id("n5"));
        sim.runUntil(seconds(9));
        sim.start(id("n5"));
        sim.runUntil(seconds(10));

        assertThat(seen).containsExactly("lost n5", "discovered n5");
    }

    @Test
    void roleHooksRunWhenANodeBecomesMaster() {
        List<String> seen = new ArrayList<>();
        sim.node(id("n2")).onBecomeMaster(node -> {
            seen.add(node.id() + " is master at " + sim.now());
            node.updateTags(tags -> org.clusterscope.protocol.service.TagOps.append(tags, List.of("leader")));
        });

        sim.quit(id("n1"));
        sim.runUntil(seconds(5));

        assertThat(seen).hasSize(1);
        assertThat(sim.node(id("n2")).tags()).contains("leader");
        assertThat(services("n3").resolve(Resolver.resolve(List.of("leader")))).containsExactly(id("n2"));
    }

    private List<String> received() {
        return log.of(SimEvent.ServiceEvent.class, e -> e.what().equals("channel.receive")).stream()
                .map(SimEvent.ServiceEvent::detail).toList();
    }

    /** What a query's asker heard. */
    private static final class Answers implements QueryListener {
        final List<String> responses = new ArrayList<>();
        final List<String> outcome = new ArrayList<>();

        @Override
        public void response(NodeId peer, String result) {
            responses.add(result);
        }

        @Override
        public void done() {
            outcome.add("done");
        }

        @Override
        public void timeout(List<NodeId> missing) {
            outcome.add("timeout " + missing);
        }
    }
}
