package org.clusterscope.wire;

import java.util.List;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.net.Message;
import org.clusterscope.protocol.message.Beacon;
import org.clusterscope.protocol.message.Data;
import org.clusterscope.protocol.message.Goodbye;
import org.clusterscope.protocol.message.NodeCard;
import org.clusterscope.protocol.message.Ping;
import org.clusterscope.protocol.message.Probe;
import org.clusterscope.protocol.message.Query;
import org.clusterscope.protocol.message.Reply;
import org.clusterscope.protocol.message.Vote;

/** One of every ClusterScope message, with the awkward values each field can hold. */
final class Messages {

    private Messages() {
    }

    static NodeId id(String name) {
        return NodeId.of(name);
    }

    static NodeCard card(String name) {
        return new NodeCard(id(name), 7001, 2_000_000, 2_000_000, 345, NodeState.SLAVE, List.of("web"), id("n1"));
    }

    static List<Message> all() {
        NodeCard plain = card("n7");
        NodeCard odd = new NodeCard(id("node {with} spaces \\ and ünïcödé 🚀"), -3, -42, Long.MAX_VALUE, Long.MIN_VALUE,
                NodeState.DISPATCHED, List.of("", "a b", "{", "#x", "t\nu"), id("ç;$[x]"));
        NodeCard self = new NodeCard(id("n1"), 0, 0, 0, 0, NodeState.MASTER, List.of(), id("n1"));
        NodeCard joining = new NodeCard(id("n2"), 65535, Long.MIN_VALUE, 0, 1, NodeState.JOINING, List.of("x"), id("n2"));
        return List.of(
                new Beacon(plain), new Beacon(odd), new Beacon(self),
                new Probe(plain), new Probe(joining),
                new Vote(plain), new Vote(odd), new Vote(self),
                new Goodbye(id("n3"), 5, 6, "quit"), new Goodbye(id("n3"), 0, 0, null), new Goodbye(id("n3"), -1, -1, ""),
                new Ping(id("n4"), 7, 8, id("n5")), new Ping(id("n4"), 7, 8, id("a b {c")),
                new Query(id("n6"), 9, 10, 17, "status"), new Query(id("n6"), 9, 10, 0, null),
                new Query(id("n6"), 9, 10, Long.MAX_VALUE, "ünï"),
                new Reply(id("n7"), 11, 12, 17, "n7 is slave"), new Reply(id("n7"), 11, 12, 18, null),
                new Reply(id("n7"), 11, 12, 19, ""),
                new Data(id("n8"), 13, 14, 0, "hello", List.of()),
                new Data(id("n8"), 13, 14, 42, null, List.of("has", "web", "not", "db")),
                new Data(id("n8"), 13, 14, -1, "x".repeat(300), List.of("some", "é")));
    }
}
