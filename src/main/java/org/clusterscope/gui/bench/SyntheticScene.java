package org.clusterscope.gui.bench;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.event.DropReason;
import org.clusterscope.gui.bridge.Drop;
import org.clusterscope.gui.bridge.Flight;
import org.clusterscope.gui.bridge.LinkLive;
import org.clusterscope.gui.bridge.LiveFrame;
import org.clusterscope.gui.bridge.NodeLive;
import org.clusterscope.gui.canvas.DrawModel;
import org.clusterscope.gui.canvas.Layer;
import org.clusterscope.gui.canvas.Overlay;
import org.clusterscope.gui.doc.DocLink;
import org.clusterscope.gui.doc.DocNode;
import org.clusterscope.gui.doc.LinkKey;
import org.clusterscope.gui.doc.LinkSettingsValue;

/**
 * A busy frame built without a simulation: nodes on a grid in every state, each linked to
 * three neighbours, packets of every kind in flight (each on its way along a link for at least
 * the next 750 ms of virtual time), votes, drops and a two-part partition. Seeded, so every run
 * draws the same picture.
 */
final class SyntheticScene {

    /** The virtual instant the scene shows. */
    static final long NOW = 1_100_000;
    /** How long each packet is drawn moving along its link (virtual µs). */
    static final long FLIGHT_MICROS = 1_000_000;

    private SyntheticScene() {
    }

    static DrawModel of(int nodeCount, int linkCount, int flightCount, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int columns = (int) Math.ceil(Math.sqrt(nodeCount));
        List<DocNode> nodes = new ArrayList<>();
        for (int i = 0; i < nodeCount; i++) {
            nodes.add(new DocNode(NodeId.of("n" + (i + 1)), 8081 + i, 60 + (i % columns) * 70.0,
                    60 + (i / columns) * 70.0, List.of()));
        }
        Map<LinkKey, DocLink> links = new LinkedHashMap<>();
        int[] offsets = {1, columns, columns + 1, columns - 1, 2};
        for (int o = 0; links.size() < linkCount && o < offsets.length; o++) {
            for (int i = 0; i < nodeCount && links.size() < linkCount; i++) {
                int j = i + offsets[o];
                if (j < nodeCount) {
                    LinkKey key = LinkKey.of(nodes.get(i).id(), nodes.get(j).id());
                    links.putIfAbsent(key, new DocLink(key, LinkSettingsValue.DEFAULT));
                }
            }
        }
        NodeState[] states = NodeState.values();
        Map<NodeId, NodeLive> live = new LinkedHashMap<>();
        List<NodeId> left = new ArrayList<>();
        List<NodeId> right = new ArrayList<>();
        for (int i = 0; i < nodeCount; i++) {
            NodeId id = nodes.get(i).id();
            NodeState state = i == 0 ? NodeState.MASTER : states[1 + random.nextInt(states.length - 1)];
            if (state == NodeState.MASTER && i != 0) {
                state = NodeState.SLAVE;
            }
            NodeId vote = nodes.get(random.nextInt(nodeCount)).id();
            live.put(id, new NodeLive(id, 8081 + i, state, 0, nodes.get(0).id(), vote, List.of(), List.of(), List.of(),
                    List.of(), List.of(), 0, 0));
            (i % columns < columns / 2 ? left : right).add(id);
        }
        Map<LinkKey, LinkLive> linkLive = new LinkedHashMap<>();
        for (LinkKey key : links.keySet()) {
            linkLive.put(key, new LinkLive(random.nextInt(20) != 0, false, random.nextInt(10) == 0 ? 0.1 : 0,
                    random.nextDouble() * 50));
        }
        String[] kinds = {"beacon", "beacon", "beacon", "probe", "vote", "goodbye", "ping", "query"};
        List<LinkKey> keys = new ArrayList<>(links.keySet());
        List<Flight> flights = new ArrayList<>();
        for (int f = 0; f < flightCount; f++) {
            LinkKey key = keys.get(random.nextInt(keys.size()));
            // every packet is on its link from the scene's instant on for FLIGHT_MICROS - 250 ms at least
            long depart = NOW - random.nextLong(250_000);
            flights.add(new Flight(kinds[random.nextInt(kinds.length)], key.a(), key.b(), depart, depart + 20_000,
                    depart + FLIGHT_MICROS));
        }
        List<Drop> drops = new ArrayList<>();
        for (int d = 0; d < 50; d++) {
            LinkKey key = keys.get(random.nextInt(keys.size()));
            drops.add(new Drop("beacon", key.a(), key.b(), DropReason.LOSS, 1_000_000, System.nanoTime()));
        }
        LiveFrame frame = new LiveFrame(NOW, System.nanoTime(), 1, true, live, linkLive, flights, drops,
                List.of(left, right), 123_456);
        return new DrawModel(nodes, List.copyOf(links.values()), frame, NOW, Set.of(nodes.get(0).id()),
                Set.of(), Overlay.NONE, EnumSet.allOf(Layer.class), false);
    }

    /**
     * The same scene {@code micros} of virtual time later: every packet has moved on along its
     * link. The topology comes in fresh lists, as the editor hands out on every frame.
     */
    static DrawModel later(DrawModel scene, long micros) {
        return new DrawModel(new ArrayList<>(scene.nodes()), new ArrayList<>(scene.links()), scene.live(),
                scene.drawTime() + micros,
                scene.selectedNodes(), scene.selectedLinks(), scene.overlay(), scene.layers(), scene.presentation());
    }

    /** What {@link #changed} changes in the scene. */
    enum Change {
        /** A node takes the next state and another node votes for someone else, as in an election. */
        STATES,
        /** A link goes down or comes back up, as when the user cuts one. */
        LINKS
    }

    /** The scene with one more thing changed, as a running simulation changes it; {@code change} picks which. */
    static DrawModel changed(DrawModel scene, int change, Change what) {
        LiveFrame live = scene.live();
        Map<NodeId, NodeLive> nodes = live.nodes();
        Map<LinkKey, LinkLive> links = live.links();
        if (what == Change.STATES) {
            nodes = new LinkedHashMap<>(nodes);
            NodeId id = scene.nodes().get(change % scene.nodes().size()).id();
            NodeLive node = nodes.get(id);
            NodeState[] states = NodeState.values();
            NodeState next = states[(node.state().ordinal() + 1) % states.length];
            nodes.put(id, new NodeLive(id, node.port(), next, node.birth(), node.master(), node.vote(), node.tags(),
                    node.connected(), node.lost(), node.dispatched(), node.votesHeld(), node.countN(),
                    node.countVotes()));
            NodeId voter = scene.nodes().get((change * 7 + 3) % scene.nodes().size()).id();
            NodeLive voting = nodes.get(voter);
            NodeId choice = scene.nodes().get((change * 13) % scene.nodes().size()).id();
            nodes.put(voter, new NodeLive(voter, voting.port(), voting.state(), voting.birth(), voting.master(),
                    choice, voting.tags(), voting.connected(), voting.lost(), voting.dispatched(),
                    voting.votesHeld(), voting.countN(), voting.countVotes()));
        } else {
            links = new LinkedHashMap<>(links);
            LinkKey key = scene.links().get(change % scene.links().size()).key();
            LinkLive link = links.get(key);
            links.put(key, new LinkLive(!link.up(), link.cutByPartition(), link.loss(), link.hopsPerSecond()));
        }
        LiveFrame frame = new LiveFrame(live.now(), live.wallNanos(), live.speed(), live.playing(), nodes, links,
                live.flights(), live.drops(), live.partition(), live.packetsTotal());
        return new DrawModel(scene.nodes(), scene.links(), frame, scene.drawTime(), scene.selectedNodes(),
                scene.selectedLinks(), scene.overlay(), scene.layers(), scene.presentation());
    }
}
