package org.clusterscope.scenario.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.event.SimEvent;
import org.clusterscope.event.SimListener;

/**
 * Listens to a run and keeps what a {@link SequenceDiagram} draws. It wants the packet events
 * (so the network builds them), keeps only the message kinds asked for, and ties each message to
 * the reason its sender had at that instant: a vote to the sender's {@code election.vote} reason,
 * a goodbye or ping to the decision taken in the same instant, other kinds to the protocol rule
 * that sends them. A beacon that follows a probe the node heard is its answer to that probe
 * (PROTOCOL.md §2) and is kept as kind {@code "answer"}.
 *
 * <p>Called on the simulation thread; {@link #diagram()} may be called from any thread.
 */
public final class SequenceRecorder implements SimListener {

    /** How many packets in flight are remembered; older ones are forgotten so a long run stays small. */
    private static final int MEMORY = 200_000;

    private final Set<NodeId> nodes = new LinkedHashSet<>();
    private final Set<String> kinds;
    private final List<SequenceDiagram.Arrow> arrows = new ArrayList<>();
    private final List<SequenceDiagram.Mark> marks = new ArrayList<>();
    private final List<SequenceDiagram.Band> bands = new ArrayList<>();
    private final Map<Long, Sent> sent = bounded();
    private final Map<Hop, Long> departures = bounded();
    private final Map<NodeId, Said> lastReason = new HashMap<>();
    private final Map<NodeId, Said> lastVote = new HashMap<>();
    private final Map<NodeId, NodeId> probeHeardFrom = new HashMap<>();
    private final Map<NodeId, Sent> lastSent = new HashMap<>();
    private final Map<String, Boolean> linkUp = new HashMap<>();
    private final int most;
    private long last;

    /**
     * @param nodes the lifelines in order; nodes seen later are added at the right
     * @param kinds the message kinds to keep ({@link SequenceKinds}), or null for every kind
     */
    public SequenceRecorder(List<NodeId> nodes, Set<String> kinds) {
        this(nodes, kinds, Integer.MAX_VALUE);
    }

    /**
     * As above, keeping at most about {@code most} arrows: past that the oldest quarter is
     * forgotten, so a window left running for hours stays small.
     */
    public SequenceRecorder(List<NodeId> nodes, Set<String> kinds, int most) {
        this.nodes.addAll(nodes);
        this.kinds = kinds == null ? null : Set.copyOf(kinds);
        this.most = most;
    }

    /** Everything recorded so far, from 0 to the last event seen. */
    public synchronized SequenceDiagram diagram() {
        return new SequenceDiagram(List.copyOf(nodes), arrows, marks, bands, 0, last);
    }

    /**
     * The part recorded between {@code from} and {@code to}, only {@code shown} kinds (all when
     * null), as {@link SequenceDiagram#window} gives it. Arrows are kept in the order they end, so
     * those that ended before {@code from} are skipped without being looked at: a window
     * following the run reads only its end.
     */
    public synchronized SequenceDiagram diagram(long from, long to, Set<String> shown) {
        int low = 0;
        int high = arrows.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (arrows.get(mid).end() < from) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        List<SequenceDiagram.Arrow> tail = arrows.subList(low, arrows.size());
        return new SequenceDiagram(List.copyOf(nodes), tail, marks, bands, from, to).window(from, to, shown);
    }

    @Override
    public synchronized void onEvent(SimEvent event) {
        last = Math.max(last, event.time());
        if (event instanceof SimEvent.PacketSent p) {
            packetSent(p);
        } else if (event instanceof SimEvent.PacketHop h) {
            if (sent.containsKey(h.packet())) {
                departures.put(new Hop(h.packet(), h.from(), h.to()), h.time());
            }
        } else if (event instanceof SimEvent.PacketDelivered d) {
            delivered(d);
        } else if (event instanceof SimEvent.PacketDropped d) {
            dropped(d);
        } else if (event instanceof SimEvent.StateChanged s) {
            nodes.add(s.node());
            String label = s.to() == NodeState.MASTER ? "MASTER" : s.to().jsonName();
            marks.add(new SequenceDiagram.Mark(s.time(), s.node(), label, s.reason()));
            said(s.node(), s.time(), s.reason());
        } else if (event instanceof SimEvent.NodeStopped s) {
            said(s.node(), s.time(), s.reason());
            if (s.kind() == SimEvent.StopKind.KILLED) {
                bands.add(new SequenceDiagram.Band(s.time(), "kill", "kill " + s.node(), List.of(s.node())));
            } else if (s.kind() == SimEvent.StopKind.QUIT) {
                bands.add(new SequenceDiagram.Band(s.time(), "quit", "quit " + s.node(), List.of(s.node())));
            }
        } else if (event instanceof SimEvent.VoteCast v) {
            lastVote.put(v.voter(), new Said(v.time(), v.reason()));
            said(v.voter(), v.time(), v.reason());
        } else if (event instanceof SimEvent.PeerChanged p) {
            said(p.node(), p.time(), p.reason());
        } else if (event instanceof SimEvent.PartitionChanged p) {
            partition(p);
        } else if (event instanceof SimEvent.LinkChanged l) {
            link(l);
        }
    }

    private void packetSent(SimEvent.PacketSent p) {
        nodes.add(p.from());
        String kind = p.kind();
        NodeId asker = probeHeardFrom.remove(p.from());
        if (kind.equals("beacon") && asker != null) {
            kind = "answer";
        }
        if (kinds != null && !kinds.contains(kind)) {
            return;
        }
        Sent message = new Sent(kind, p.from(), p.time(), reason(kind, p.from(), p.time(), asker));
        sent.put(p.packet(), message);
        lastSent.put(p.from(), message);
    }

    private void delivered(SimEvent.PacketDelivered d) {
        if (d.kind().equals("probe")) {
            probeHeardFrom.put(d.receiver(), d.sender());
        }
        Sent message = sent.get(d.packet());
        if (message == null) {
            return;
        }
        nodes.add(d.receiver());
        keep(new SequenceDiagram.Arrow(d.packet(), message.kind, d.sender(), d.sender(), d.receiver(),
                message.time, d.time(), null, message.reason));
    }

    private void dropped(SimEvent.PacketDropped d) {
        Sent message = sent.get(d.packet());
        if (message == null) {
            return;
        }
        NodeId to = d.next() == null ? d.at() : d.next();
        Long left = d.next() == null ? null : departures.remove(new Hop(d.packet(), d.at(), d.next()));
        long start = left == null ? d.time() : left;
        keep(new SequenceDiagram.Arrow(d.packet(), message.kind, message.from, d.at(), to, start, d.time(),
                d.reason().jsonName(), message.reason));
    }

    private void keep(SequenceDiagram.Arrow arrow) {
        arrows.add(arrow);
        if (arrows.size() > most) {
            arrows.subList(0, Math.max(1, most / 4)).clear();
        }
    }

    private void partition(SimEvent.PartitionChanged p) {
        if (p.groups().isEmpty()) {
            bands.add(new SequenceDiagram.Band(p.time(), "heal", "heal: one network again", List.of()));
            return;
        }
        String groups = p.groups().stream()
                .map(group -> group.stream().map(NodeId::value).collect(Collectors.joining(",", "{", "}")))
                .collect(Collectors.joining(" | "));
        List<NodeId> touched = p.groups().stream().flatMap(List::stream).toList();
        bands.add(new SequenceDiagram.Band(p.time(), "partition", p.name() + " " + groups, touched));
    }

    private void link(SimEvent.LinkChanged l) {
        String key = l.a().value() + "–" + l.b().value();
        Boolean before = linkUp.put(key, l.up());
        boolean changed = before == null ? !l.up() : before != l.up();
        if (changed) {
            bands.add(new SequenceDiagram.Band(l.time(), "link", "link " + key + (l.up() ? " up" : " down"),
                    List.of(l.a(), l.b())));
        }
    }

    /**
     * Remembers what {@code node} decided; a goodbye or ping it sent in this same instant with
     * only its rule as reason takes this decision as its reason (the decision may be emitted
     * after the message leaves).
     */
    private void said(NodeId node, long time, String reason) {
        lastReason.put(node, new Said(time, reason));
        Sent message = lastSent.get(node);
        if (message != null && message.time == time && message.generic
                && (message.kind.equals("goodbye") || message.kind.equals("ping"))) {
            message.reason = reason;
            message.generic = false;
        }
    }

    private Rule reason(String kind, NodeId from, long time, NodeId asker) {
        Said vote = lastVote.get(from);
        if (kind.equals("vote") && vote != null) {
            return new Rule(vote.reason, false);
        }
        Said decision = lastReason.get(from);
        if ((kind.equals("goodbye") || kind.equals("ping")) && decision != null && decision.time == time) {
            return new Rule(decision.reason, false);
        }
        return new Rule(SequenceKinds.rule(kind, from, asker), true);
    }

    private static <K, V> Map<K, V> bounded() {
        return new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > MEMORY;
            }
        };
    }

    /** A message as it left its first sender. */
    private static final class Sent {
        final String kind;
        final NodeId from;
        final long time;
        String reason;
        boolean generic;

        Sent(String kind, NodeId from, long time, Rule reason) {
            this.kind = kind;
            this.from = from;
            this.time = time;
            this.reason = reason.text();
            this.generic = reason.generic();
        }
    }

    private record Said(long time, String reason) {
    }

    private record Hop(long packet, NodeId from, NodeId to) {
    }

    /** A reason and whether it is only the protocol rule (a later decision of that instant may say more). */
    record Rule(String text, boolean generic) {
    }
}
