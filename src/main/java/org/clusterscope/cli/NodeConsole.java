package org.clusterscope.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.clusterscope.core.NodeId;
import org.clusterscope.event.SimEvent;
import org.clusterscope.event.SimListener;
import org.clusterscope.protocol.discovery.Peer;
import org.clusterscope.protocol.service.QueryListener;
import org.clusterscope.protocol.service.Resolver;
import org.clusterscope.runtime.LiveCluster;
import org.clusterscope.scenario.Narrator;

/**
 * The terminal of a standalone node: narrates what happens as {@code run} does, with the time
 * of day in front, and runs the commands typed on standard input.
 */
final class NodeConsole implements SimListener {

    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());
    private static final long QUERY_TIMEOUT_MICROS = 5_000_000;

    private final LiveCluster cluster;
    private final PrintWriter out;
    private final boolean debug;
    private final Narrator narrator;

    NodeConsole(LiveCluster cluster, PrintWriter out, boolean debug) {
        this.cluster = cluster;
        this.out = out;
        this.debug = debug;
        this.narrator = new Narrator(this::print, NodeConsole::timeOfDay);
    }

    /** {@code 14:03:07.512  }: the time column of a live node, whose events carry epoch microseconds. */
    static String timeOfDay(long epochMicros) {
        return TIME_OF_DAY.format(Instant.ofEpochSecond(epochMicros / 1_000_000, (epochMicros % 1_000_000) * 1_000))
                + "  ";
    }

    @Override
    public void onEvent(SimEvent event) {
        if (debug) {
            String packet = packetLine(event);
            if (packet != null) {
                print(timeOfDay(event.time()) + packet);
                return;
            }
        }
        narrator.onEvent(event);
        if (event instanceof SimEvent.NodeStopped stopped && stopped.kind() == SimEvent.StopKind.DISPATCHED) {
            print(timeOfDay(event.time()) + stopped.node() + " no longer takes part: type restart to start it again, "
                    + "q to leave");
        }
    }

    private static String packetLine(SimEvent event) {
        if (event instanceof SimEvent.PacketSent p) {
            return "packet " + p.packet() + ": " + p.from() + " sends a " + p.kind()
                    + (p.to() == null ? " to everyone" : " to " + p.to());
        }
        if (event instanceof SimEvent.PacketDelivered p) {
            return "packet " + p.packet() + ": " + p.receiver() + " reads a " + p.kind() + " from " + p.sender();
        }
        if (event instanceof SimEvent.PacketDropped p) {
            return "packet " + p.packet() + ": a " + p.kind() + " dropped at " + p.at()
                    + (p.next() == null ? "" : " (peer " + p.next() + ")") + ": " + p.reason();
        }
        if (event instanceof SimEvent.VotesCounted c) {
            return c.node() + " counts " + c.votes() + " of " + c.n() + " votes for " + c.leader()
                    + (c.majority() ? ": a majority" : ": no majority");
        }
        return null;
    }

    private void print(String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }

    /** Answers every query with the node's name, state, master and tags. */
    void answerQueries(NodeId id) {
        cluster.onNode(id, node -> {
            node.services().hooks().onQuery(call -> {
                print(timeOfDay(cluster.now()) + id + " answers a query from " + call.peer()
                        + (call.payload() == null ? "" : ": " + call.payload()));
                return node.id() + " " + node.state().jsonName()
                        + (node.master() == null ? "" : " master=" + node.master())
                        + " port=" + node.port() + " tags=" + String.join(",", node.tags());
            });
            return null;
        });
    }

    /** Runs one line typed by the user; false when it asks to quit. */
    boolean command(NodeId id, String line) {
        if (line.isEmpty()) {
            return true;
        }
        List<String> words = new ArrayList<>(Arrays.asList(line.split("\\s+")));
        String verb = words.remove(0);
        switch (verb) {
            case "q", "quit", "exit" -> {
                return false;
            }
            case "peers" -> peers(id);
            case "restart" -> cluster.restart(id);
            case "query" -> query(id, words);
            case "tags" -> {
                List<String> tags = words.isEmpty() ? List.of() : Arrays.asList(String.join(",", words).split(","));
                cluster.setTags(id, tags.stream().map(String::trim).filter(t -> !t.isEmpty()).toList());
            }
            case "help", "?" -> help();
            default -> print("unknown command '" + verb + "'; " + commands());
        }
        return true;
    }

    private void peers(NodeId id) {
        List<String> lines = cluster.onNode(id, node -> {
            List<String> rows = new ArrayList<>();
            List<Peer> peers = new ArrayList<>(node.peers().all());
            peers.sort((a, b) -> a.id().compareTo(b.id()));
            rows.add(id + " is " + node.state().jsonName() + (node.master() == null ? "" : ", master " + node.master())
                    + "; " + peers.size() + (peers.size() == 1 ? " peer" : " peers"));
            for (Peer peer : peers) {
                rows.add("  " + peer.id() + "  " + peer.status().name().toLowerCase(java.util.Locale.ROOT)
                        + "  tags " + (peer.tags() == null || peer.tags().isEmpty() ? "-" : String.join(",", peer.tags()))
                        + "  votes " + (peer.vote() == null ? "-" : peer.vote().value()));
            }
            return rows;
        });
        lines.forEach(this::print);
    }

    private void query(NodeId id, List<String> tags) {
        Resolver resolver = tags.isEmpty() ? Resolver.any() : Resolver.parse(tags);
        cluster.onNode(id, node -> node.services().query(resolver, "status", QUERY_TIMEOUT_MICROS, new QueryListener() {
            @Override
            public void response(NodeId peer, String result) {
                print(timeOfDay(cluster.now()) + "answer from " + peer + ": " + result);
            }
        }));
    }

    private void help() {
        print(commands());
    }

    private static String commands() {
        return "commands: q (quit gracefully), peers, query [TAG...] (ask the peers with these tags), "
                + "tags A,B (replace this node's tags), restart (a new life, as after a crash), help";
    }
}
