package org.clusterscope.bench;

import java.util.ArrayList;
import java.util.List;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.core.SimTime;
import org.clusterscope.net.Message;
import org.clusterscope.protocol.message.Beacon;
import org.clusterscope.protocol.message.NodeCard;
import org.clusterscope.protocol.message.Probe;
import org.clusterscope.protocol.message.Query;
import org.clusterscope.protocol.message.Reply;
import org.clusterscope.protocol.message.Vote;

/**
 * The traffic the wire figures are measured on: what a seven-node cluster with services sends
 * in 100 heartbeats. Each node probes once at start; then every heartbeat each node beacons,
 * one node asks another a question and gets the answer, and every fifth heartbeat two nodes
 * change their vote (a master killed and elected again). Names, ports, tags and states are those
 * of the demo scenarios; incarnations are start times in microseconds of a run's first seconds,
 * sequence numbers grow from a few hundred, as a few minutes into a run.
 */
final class WireMix {

    static final String HOST_ID = "02:42:ac:11:00:02";
    private static final int NODES = 7;
    private static final int HEARTBEATS = 100;
    private static final List<List<String>> TAGS = List.of(List.of("web"), List.of("web", "eu"), List.of("db"),
            List.of("db", "primary"), List.of("cache"), List.of(), List.of("web"));
    private static final String[] QUESTIONS = {"status", "load", "version", "set ::var"};

    private WireMix() {
    }

    static List<Message> messages() {
        List<Message> mix = new ArrayList<>();
        long[] seq = new long[NODES];
        java.util.Arrays.fill(seq, 200);
        NodeId master = node(0);
        for (int i = 0; i < NODES; i++) {
            mix.add(new Probe(card(i, ++seq[i], NodeState.JOINING, node(i))));
        }
        long queryId = 40;
        for (int beat = 0; beat < HEARTBEATS; beat++) {
            for (int i = 0; i < NODES; i++) {
                NodeState state = node(i).equals(master) ? NodeState.MASTER : NodeState.SLAVE;
                mix.add(new Beacon(card(i, ++seq[i], state, master)));
            }
            if (beat % 5 == 0) {
                master = node((beat / 5) % NODES);
                for (int k = 1; k <= 2; k++) {
                    int i = (beat + k) % NODES;
                    mix.add(new Vote(card(i, ++seq[i], NodeState.SLAVE, master)));
                }
            }
            int asker = beat % NODES;
            int asked = (beat * 3 + 1) % NODES;
            queryId++;
            mix.add(new Query(node(asker), incarnation(asker), ++seq[asker], queryId, QUESTIONS[beat % QUESTIONS.length]));
            mix.add(new Reply(node(asked), incarnation(asked), ++seq[asked], queryId,
                    node(asked) + " is " + (node(asked).equals(master) ? "master" : "slave")));
        }
        return mix;
    }

    private static NodeId node(int i) {
        return NodeId.of("n" + (i + 1));
    }

    private static long incarnation(int i) {
        return SimTime.ms(1_000 + 250 * i);
    }

    private static NodeCard card(int i, long seq, NodeState state, NodeId vote) {
        return new NodeCard(node(i), 7001 + i, incarnation(i), incarnation(i), seq, state, TAGS.get(i), vote);
    }
}
