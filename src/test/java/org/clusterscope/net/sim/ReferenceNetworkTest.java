package org.clusterscope.net.sim;

import org.clusterscope.net.LinkSettings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.LongStream;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.SimTime;
import org.clusterscope.engine.Engine;
import org.clusterscope.event.DropReason;
import org.clusterscope.event.EventStream;
import org.clusterscope.event.SimEvent;
import org.clusterscope.net.Envelope;
import org.clusterscope.net.Message;
import org.clusterscope.net.Transport;
import org.clusterscope.testkit.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The optimised network ({@link Courier}, {@link HopStore}, {@link HopCalendar},
 * {@link PacketTable}) against the plain {@link ReferenceNetwork}: on random topologies, with
 * random traffic and faults (links down and up, removed and made again, slowed, lossy; partitions,
 * nemesis patterns, heals; nodes stopped and started, some by a message they receive), both must
 * send, hop, deliver and drop the same packets, with the same arrival times, the same reasons, in
 * the same order.
 */
class ReferenceNetworkTest {

    private static final long SCRIPT_MICROS = SimTime.seconds(3);
    private static final long RUN_MICROS = SimTime.seconds(5);

    record Text(String kind) implements Message {
    }

    /** What a script does to a network: both networks are driven through this. */
    interface Net {
        void addNode(NodeId id);

        void start(NodeId id, Consumer<Envelope> receiver);

        void stop(NodeId id);

        boolean isRunning(NodeId id);

        boolean hasLink(NodeId a, NodeId b);

        void link(NodeId a, NodeId b, LinkSettings settings);

        void unlink(NodeId a, NodeId b);

        void setLink(NodeId a, NodeId b, LinkSettings settings);

        void setLinkUp(NodeId a, NodeId b, boolean up);

        void partition(List<List<NodeId>> groups);

        void nemesis(Nemesis pattern);

        void heal();

        boolean send(NodeId from, NodeId to, Message message);

        void broadcast(NodeId from, Message message, int hopLimit);
    }

    /** The network under test, through its public face. */
    static final class Optimised implements Net {
        final SimNetwork network;
        final Map<NodeId, Transport> transports = new LinkedHashMap<>();

        Optimised(Engine engine, EventStream events) {
            network = new SimNetwork(engine, events, LinkSettings.DEFAULTS);
        }

        public void addNode(NodeId id) {
            transports.put(id, network.addNode(id));
        }

        public void start(NodeId id, Consumer<Envelope> receiver) {
            transports.get(id).open(receiver::accept);
        }

        public void stop(NodeId id) {
            transports.get(id).close();
        }

        public boolean isRunning(NodeId id) {
            return network.isRunning(id);
        }

        public boolean hasLink(NodeId a, NodeId b) {
            return network.linkBetween(a, b).isPresent();
        }

        public void link(NodeId a, NodeId b, LinkSettings settings) {
            network.link(a, b, settings);
        }

        public void unlink(NodeId a, NodeId b) {
            network.unlink(a, b);
        }

        public void setLink(NodeId a, NodeId b, LinkSettings settings) {
            network.setLink(a, b, settings);
        }

        public void setLinkUp(NodeId a, NodeId b, boolean up) {
            network.setLinkUp(a, b, up);
        }

        public void partition(List<List<NodeId>> groups) {
            network.partition(groups, "partition");
        }

        public void nemesis(Nemesis pattern) {
            network.nemesis(pattern);
        }

        public void heal() {
            network.heal();
        }

        public boolean send(NodeId from, NodeId to, Message message) {
            return transports.get(from).send(to, message);
        }

        public void broadcast(NodeId from, Message message, int hopLimit) {
            transports.get(from).broadcast(message, hopLimit);
        }
    }

    /** The reference, with a record of which links exist for the script's questions. */
    static final class Plain implements Net {
        final ReferenceNetwork network;
        final List<List<NodeId>> links = new ArrayList<>();

        Plain(Engine engine, Consumer<SimEvent> events) {
            network = new ReferenceNetwork(engine, events, LinkSettings.DEFAULTS);
        }

        public void addNode(NodeId id) {
            network.addNode(id);
        }

        public void start(NodeId id, Consumer<Envelope> receiver) {
            network.start(id, receiver);
        }

        public void stop(NodeId id) {
            network.stop(id);
        }

        public boolean isRunning(NodeId id) {
            return network.isRunning(id);
        }

        public boolean hasLink(NodeId a, NodeId b) {
            return links.contains(List.of(a, b)) || links.contains(List.of(b, a));
        }

        public void link(NodeId a, NodeId b, LinkSettings settings) {
            if (!a.equals(b) && !hasLink(a, b)) {
                links.add(List.of(a, b));
            }
            network.link(a, b, settings);
        }

        public void unlink(NodeId a, NodeId b) {
            links.remove(List.of(a, b));
            links.remove(List.of(b, a));
            network.unlink(a, b);
        }

        public void setLink(NodeId a, NodeId b, LinkSettings settings) {
            network.setLink(a, b, settings);
        }

        public void setLinkUp(NodeId a, NodeId b, boolean up) {
            network.setLinkUp(a, b, up);
        }

        public void partition(List<List<NodeId>> groups) {
            network.partition(groups);
        }

        public void nemesis(Nemesis pattern) {
            network.nemesis(pattern);
        }

        public void heal() {
            network.heal();
        }

        public boolean send(NodeId from, NodeId to, Message message) {
            return network.send(from, to, message);
        }

        public void broadcast(NodeId from, Message message, int hopLimit) {
            network.broadcast(from, message, hopLimit);
        }
    }

    /** One timed step of a script, applied to whichever network runs it. */
    interface Step {
        void apply(Net net, List<String> log);
    }

    record Timed(long at, Step step) {
    }

    /** A random network and what happens to it, drawn once from {@code seed} and replayed on both networks. */
    record Script(List<NodeId> nodes, List<Timed> steps) {

        static Script random(long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            int count = 4 + random.nextInt(9);
            List<NodeId> nodes = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                nodes.add(NodeId.of("n" + i));
            }
            List<Timed> steps = new ArrayList<>();
            // the wiring: a ring with random chords, some links slower than the calendar's 65 ms ring
            for (int i = 0; i < count; i++) {
                NodeId a = nodes.get(i);
                NodeId b = nodes.get((i + 1) % count);
                LinkSettings ring = settings(random);
                steps.add(new Timed(0, (net, log) -> net.link(a, b, ring)));
                NodeId c = nodes.get(random.nextInt(count));
                LinkSettings chord = settings(random);
                steps.add(new Timed(0, (net, log) -> net.link(a, c, chord)));
            }
            int events = 60 + random.nextInt(120);
            for (int k = 0; k < events; k++) {
                long at = random.nextLong(SCRIPT_MICROS);
                steps.add(new Timed(at, step(random, nodes)));
            }
            return new Script(nodes, steps);
        }

        private static LinkSettings settings(SplittableRandom random) {
            double latency = random.nextInt(10) == 0 ? 60 + random.nextInt(80) : 0.5 + random.nextInt(40);
            double jitter = random.nextBoolean() ? 0 : random.nextInt((int) latency + 5);
            double loss = random.nextInt(3) == 0 ? random.nextInt(40) / 100.0 : 0;
            return new LinkSettings(latency, jitter, loss);
        }

        private static Step step(SplittableRandom random, List<NodeId> nodes) {
            NodeId a = nodes.get(random.nextInt(nodes.size()));
            NodeId b = nodes.get(random.nextInt(nodes.size()));
            int kind = random.nextInt(100);
            if (kind < 28) {
                boolean ping = random.nextBoolean();
                NodeId to = random.nextInt(20) == 0 ? NodeId.of("ghost") : b;
                return (net, log) -> {
                    if (net.isRunning(a)) {
                        log.add("send " + a + "→" + to + " " + net.send(a, to, new Text(ping ? "ping" : "data")));
                    }
                };
            }
            if (kind < 52) {
                int hopLimit = random.nextInt(7);
                String what = random.nextInt(12) == 0 ? "poison" : "beacon";
                return (net, log) -> {
                    if (net.isRunning(a)) {
                        net.broadcast(a, new Text(what), hopLimit);
                    }
                };
            }
            if (kind < 64) {
                boolean up = random.nextBoolean();
                return (net, log) -> {
                    if (net.hasLink(a, b)) {
                        net.setLinkUp(a, b, up);
                    }
                };
            }
            if (kind < 70) {
                LinkSettings settings = settings(random);
                return (net, log) -> {
                    if (net.hasLink(a, b)) {
                        net.setLink(a, b, settings);
                    } else {
                        net.link(a, b, settings);
                    }
                };
            }
            if (kind < 74) {
                return (net, log) -> net.unlink(a, b);
            }
            if (kind < 78) {
                List<List<NodeId>> groups = new ArrayList<>();
                for (int g = random.nextInt(1, 4); g > 0; g--) {
                    List<NodeId> group = new ArrayList<>();
                    for (NodeId node : nodes) {
                        if (random.nextInt(3) == 0) {
                            group.add(node);
                        }
                    }
                    groups.add(group);
                }
                return (net, log) -> net.partition(groups);
            }
            if (kind < 83) {
                Nemesis pattern = switch (random.nextInt(5)) {
                    case 0 -> new Nemesis.Halves();
                    case 1 -> new Nemesis.RandomHalves();
                    case 2 -> new Nemesis.Isolate(random.nextBoolean() ? a : null);
                    case 3 -> new Nemesis.Bridge();
                    default -> new Nemesis.MajoritiesRing();
                };
                return (net, log) -> net.nemesis(pattern);
            }
            if (kind < 88) {
                return (net, log) -> net.heal();
            }
            return (net, log) -> {
                if (net.isRunning(a)) {
                    net.stop(a);
                } else {
                    start(net, a, log);
                }
            };
        }

        /**
         * Starts a node whose receiver logs what it gets, answers a ping with a pong to its sender,
         * and stops on a poison broadcast (so a node can stop in the middle of a flood it relays).
         */
        static void start(Net net, NodeId self, List<String> log) {
            net.start(self, envelope -> {
                log.add("receive " + self + " " + envelope.packet() + " " + envelope.message().kind() + " from "
                        + envelope.from() + " to " + envelope.to() + " after " + envelope.hops() + " hops");
                switch (envelope.message().kind()) {
                    case "ping" -> net.send(self, envelope.from(), new Text("pong"));
                    case "poison" -> net.stop(self);
                    default -> {
                    }
                }
            });
        }

        /** Runs the script on a fresh engine of {@code seed}; the packet events and receipts, one line each, in order. */
        List<String> run(long seed, boolean optimised) {
            Engine engine = new Engine(seed);
            List<String> log = new ArrayList<>();
            Consumer<SimEvent> packets = event -> {
                if (event.type().startsWith("packet.")) {
                    log.add(event.toString());
                }
            };
            Net net;
            if (optimised) {
                EventStream events = new EventStream();
                events.subscribe(packets::accept);
                net = new Optimised(engine, events);
            } else {
                net = new Plain(engine, packets);
            }
            for (NodeId node : nodes) {
                net.addNode(node);
                start(net, node, log);
            }
            for (Timed timed : steps) {
                engine.scheduleAt(timed.at(), () -> timed.step().apply(net, log));
            }
            engine.runUntil(RUN_MICROS);
            if (net instanceof Optimised under) {
                log.add("arrivals " + under.network.counters().arrivals() + ", duplicates "
                        + under.network.counters().duplicates());
            } else {
                ReferenceNetwork plain = ((Plain) net).network;
                log.add("arrivals " + plain.arrivals + ", duplicates " + plain.duplicates);
            }
            return log;
        }
    }

    static LongStream seeds() {
        return LongStream.range(1, 41);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void bothNetworksDoTheSameToEveryPacket(long seed) {
        Script script = Script.random(seed);

        List<String> reference = script.run(seed, false);
        List<String> optimised = script.run(seed, true);

        assertThat(Golden.firstDifference(reference, optimised, "plain", "courier"))
                .as("seed %d: the plain reference network against the optimised one", seed).isNull();
    }

    @Test
    void theScriptsReachEveryWayAPacketCanEnd() {
        Map<DropReason, Integer> drops = new EnumMap<>(DropReason.class);
        int delivered = 0;
        long duplicates = 0;
        for (long seed : seeds().toArray()) {
            for (String line : Script.random(seed).run(seed, true)) {
                if (line.startsWith("PacketDelivered")) {
                    delivered++;
                }
                if (line.startsWith("arrivals ")) {
                    duplicates += Long.parseLong(line.substring(line.lastIndexOf(' ') + 1));
                }
                for (DropReason reason : DropReason.values()) {
                    if (line.startsWith("PacketDropped") && line.endsWith("reason=" + reason + "]")) {
                        drops.merge(reason, 1, Integer::sum);
                    }
                }
            }
        }
        assertThat(delivered).isGreaterThan(1_000);
        assertThat(duplicates).as("copies of floods discarded").isGreaterThan(100);
        assertThat(drops.keySet()).as("drop reasons seen: %s", drops).containsAll(List.of(DropReason.LOSS,
                DropReason.LINK_DOWN, DropReason.PARTITION, DropReason.NO_ROUTE, DropReason.HOP_LIMIT,
                DropReason.RECEIVER_DOWN));
    }
}
