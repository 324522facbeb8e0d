package org.clusterscope.net.sim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clusterscope.core.NodeId;
import org.clusterscope.engine.Engine;
import org.clusterscope.event.EventStream;
import org.clusterscope.event.SimEvent;
import org.clusterscope.event.SimListener;
import org.clusterscope.net.Envelope;
import org.clusterscope.net.LinkSettings;
import org.clusterscope.net.Message;
import org.clusterscope.net.Transport;

/** A small network for the stories in these tests: an engine, a recorded event stream and open nodes. */
final class NetworkFixture {

    /** A message that says what it is and nothing else. */
    record Text(String kind) implements Message {
    }

    final Engine engine;
    final EventStream events = new EventStream();
    final List<SimEvent> recorded = new ArrayList<>();
    private final SimListener recorder = recorded::add;
    final SimNetwork network;
    final Map<NodeId, Transport> transports = new LinkedHashMap<>();
    final Map<NodeId, List<Envelope>> inbox = new LinkedHashMap<>();

    NetworkFixture(long seed, LinkSettings defaults) {
        engine = new Engine(seed);
        events.subscribe(recorder);
        network = new SimNetwork(engine, events, defaults);
    }

    NetworkFixture() {
        this(1, LinkSettings.DEFAULTS);
    }

    /** Stops recording: the network then runs as it does headless, with nobody listening. */
    void quiet() {
        events.unsubscribe(recorder);
    }

    static NodeId id(String name) {
        return NodeId.of(name);
    }

    /** Adds running nodes with these names, in this (scenario) order. */
    NetworkFixture nodes(String... names) {
        for (String name : names) {
            NodeId id = id(name);
            Transport transport = network.addNode(id);
            transports.put(id, transport);
            inbox.put(id, new ArrayList<>());
            start(name);
        }
        return this;
    }

    void start(String name) {
        NodeId id = id(name);
        transports.get(id).open(envelope -> inbox.get(id).add(envelope));
    }

    void stop(String name) {
        transports.get(id(name)).close();
    }

    /** Links each neighbouring pair of the list. */
    NetworkFixture chain(String... names) {
        for (int i = 0; i + 1 < names.length; i++) {
            network.link(id(names[i]), id(names[i + 1]));
        }
        return this;
    }

    NetworkFixture link(String a, String b) {
        network.link(id(a), id(b));
        return this;
    }

    NetworkFixture link(String a, String b, double latencyMs) {
        network.link(id(a), id(b), new LinkSettings(latencyMs, 0, 0));
        return this;
    }

    Transport transport(String name) {
        return transports.get(id(name));
    }

    List<Envelope> inbox(String name) {
        return inbox.get(id(name));
    }

    void runFor(long micros) {
        engine.runFor(micros);
    }

    <T extends SimEvent> List<T> recorded(Class<T> type) {
        List<T> found = new ArrayList<>();
        for (SimEvent event : recorded) {
            if (type.isInstance(event)) {
                found.add(type.cast(event));
            }
        }
        return found;
    }
}
