package org.clusterscope.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.clusterscope.core.NodeId;
import org.clusterscope.event.SimEvent;
import org.clusterscope.event.SimListener;
import org.clusterscope.runtime.StandaloneNode;
import org.clusterscope.scenario.Narrator;

/**
 * The terminal of a standalone node: narrates what happens as {@code run} does, with the time
 * of day in front, and runs the commands typed on standard input.
 */
final class NodeConsole implements SimListener {

    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());
    private static final long QUERY_TIMEOUT_MICROS = 5_000_000;

    private final PrintWriter out;
    private final boolean debug;
    private final Narrator narrator;

    NodeConsole(PrintWriter out, boolean debug) {
        this.out = out;
        this.debug = debug;
        this.narrator = new Narrator(this::print, NodeConsole::timeOfDay);
    }

    /** The time of day now, for lines that are not events. */
    static String now() {
        return timeOfDay(System.currentTimeMillis() * 1_000);
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

    void print(String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }

    /** Answers every query with the node's status, and says who asked. */
    void answerQueries(StandaloneNode node) {
        node.answerWithStatus((peer, question) -> print(now() + node.id() + " answers a query from " + peer
                + (question == null ? "" : ": " + question)));
    }

    /** Runs one line typed by the user; false when it asks to quit. */
    boolean command(StandaloneNode node, String line) {
        if (line.isEmpty()) {
            return true;
        }
        List<String> words = new ArrayList<>(Arrays.asList(line.split("\\s+")));
        String verb = words.remove(0);
        switch (verb) {
            case "q", "quit", "exit" -> {
                return false;
            }
            case "peers" -> peers(node);
            case "restart" -> node.restart();
            case "query" -> node.ask(words, "status", QUERY_TIMEOUT_MICROS,
                    (peer, answer) -> print(now() + "answer from " + peer + ": " + answer));
            case "tags" -> {
                List<String> tags = words.isEmpty() ? List.of() : Arrays.asList(String.join(",", words).split(","));
                node.setTags(tags.stream().map(String::trim).filter(t -> !t.isEmpty()).toList());
            }
            case "help", "?" -> help();
            default -> print("unknown command '" + verb + "'; " + commands());
        }
        return true;
    }

    private void peers(StandaloneNode node) {
        List<StandaloneNode.PeerView> peers = node.peers();
        NodeId master = node.master();
        print(node.id() + " is " + node.state().jsonName() + (master == null ? "" : ", master " + master) + "; "
                + peers.size() + (peers.size() == 1 ? " peer" : " peers"));
        for (StandaloneNode.PeerView peer : peers) {
            print("  " + peer.id() + "  " + peer.status().name().toLowerCase(Locale.ROOT) + "  tags "
                    + (peer.tags().isEmpty() ? "-" : String.join(",", peer.tags())) + "  votes "
                    + (peer.vote() == null ? "-" : peer.vote().value()));
        }
    }

    private void help() {
        print(commands());
    }

    private static String commands() {
        return "commands: q (quit gracefully), peers, query [TAG...] (ask the peers with these tags), "
                + "tags A,B (replace this node's tags), restart (a new life, as after a crash), help";
    }
}
