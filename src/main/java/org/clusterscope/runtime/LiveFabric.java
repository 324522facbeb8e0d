package org.clusterscope.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.clusterscope.core.NodeId;
import org.clusterscope.net.real.Refusal;

/**
 * The socket-level faults of a live cluster, as one immutable value swapped whole on every
 * change so that socket threads read it without locks.
 *
 * <ul>
 *   <li>A partition is a list of groups; every member not named forms one more group; two nodes
 *       talk when some group holds both (PROTOCOL.md §6).</li>
 *   <li>Links, once any is made, put the cluster in Tezt's private mode: a node takes packets only
 *       from the peers that a path of up links through running members joins it to, as relays
 *       carry them in the simulator (PROTOCOL.md §6: messages travel hop by hop over up links
 *       through running nodes), so a ring, a star or a clique means the same thing live; a
 *       peer it has no such path to is refused.</li>
 *   <li>Without links every member hears every other, as on a LAN; taking the "link" between two
 *       of them down cuts that pair only, until it is brought up or healed.</li>
 * </ul>
 *
 * <p>Peers that are not members of this cluster (another process, a Tcl member) are outside any
 * partition and any cut; in private mode they are not linked, so they are refused.
 */
final class LiveFabric {

    static final LiveFabric OPEN = new LiveFabric(List.of(), List.of(), Map.of(), Set.of());

    private final List<NodeId> members;
    private final List<List<NodeId>> groups;
    /** Private mode: link key → up, in the order links were made. Empty: no private mode. */
    private final Map<String, Boolean> links;
    /** Without private mode: the pairs taken down. */
    private final Set<String> cuts;

    private LiveFabric(List<NodeId> members, List<List<NodeId>> groups, Map<String, Boolean> links, Set<String> cuts) {
        this.members = List.copyOf(members);
        this.groups = groups.stream().filter(g -> !g.isEmpty()).map(List::copyOf).toList();
        this.links = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(links));
        this.cuts = Set.copyOf(cuts);
    }

    LiveFabric withMembers(List<NodeId> next) {
        return new LiveFabric(next, groups, links, cuts);
    }

    LiveFabric withPartition(List<List<NodeId>> next) {
        return new LiveFabric(members, next, links, cuts);
    }

    /** A link made (private mode from now on) or set up or down. */
    LiveFabric withLink(NodeId a, NodeId b, boolean up) {
        Map<String, Boolean> next = new LinkedHashMap<>(links);
        next.put(key(a, b), up);
        return new LiveFabric(members, groups, next, cuts);
    }

    LiveFabric withoutLink(NodeId a, NodeId b) {
        Map<String, Boolean> next = new LinkedHashMap<>(links);
        next.remove(key(a, b));
        return new LiveFabric(members, groups, next, cuts);
    }

    /** Without private mode: the pair {@code a–b} cut or joined again. */
    LiveFabric withCut(NodeId a, NodeId b, boolean cut) {
        Set<String> next = new LinkedHashSet<>(cuts);
        if (cut) {
            next.add(key(a, b));
        } else {
            next.remove(key(a, b));
        }
        return new LiveFabric(members, groups, links, next);
    }

    /** No partition, every link up, no cut. */
    LiveFabric healed() {
        Map<String, Boolean> next = new LinkedHashMap<>();
        links.keySet().forEach(k -> next.put(k, true));
        return new LiveFabric(members, List.of(), next, Set.of());
    }

    boolean privateMode() {
        return !links.isEmpty();
    }

    boolean hasLink(NodeId a, NodeId b) {
        return links.containsKey(key(a, b));
    }

    /** Whether packets pass between {@code a} and {@code b} as far as links and cuts go (partitions aside). */
    boolean pairUp(NodeId a, NodeId b) {
        return privateMode() ? Boolean.TRUE.equals(links.get(key(a, b))) : !cuts.contains(key(a, b));
    }

    /** The links of private mode, as pairs in the order they were made. */
    List<NodeId[]> links() {
        List<NodeId[]> result = new ArrayList<>();
        for (String key : links.keySet()) {
            String[] ends = key.split("\u0000");
            result.add(new NodeId[] {NodeId.of(ends[0]), NodeId.of(ends[1])});
        }
        return result;
    }

    /** The groups in force, the implicit group of unnamed members included; empty without a partition. */
    List<List<NodeId>> groups() {
        if (groups.isEmpty()) {
            return List.of();
        }
        List<List<NodeId>> all = new ArrayList<>(groups);
        List<NodeId> unnamed = new ArrayList<>();
        for (NodeId member : members) {
            if (groups.stream().noneMatch(g -> g.contains(member))) {
                unnamed.add(member);
            }
        }
        if (!unnamed.isEmpty()) {
            all.add(unnamed);
        }
        return List.copyOf(all);
    }

    /**
     * In private mode, the shortest path by hop count (ties in order of addition) from
     * {@code from} to {@code self} over up links not cut by the partition, relayed only by
     * members in {@code running}; null when there is none (or outside private mode).
     */
    List<NodeId> route(NodeId from, NodeId self, Set<NodeId> running) {
        if (!privateMode() || !members.contains(from) || !members.contains(self)) {
            return null;
        }
        Map<NodeId, NodeId> previous = new LinkedHashMap<>();
        java.util.ArrayDeque<NodeId> queue = new java.util.ArrayDeque<>();
        previous.put(from, from);
        queue.add(from);
        while (!queue.isEmpty()) {
            NodeId at = queue.poll();
            if (at.equals(self)) {
                List<NodeId> path = new ArrayList<>();
                for (NodeId step = self; !step.equals(from); step = previous.get(step)) {
                    path.add(0, step);
                }
                path.add(0, from);
                return path;
            }
            if (!at.equals(from) && !running.contains(at)) {
                continue; // a stopped node neither receives nor relays
            }
            for (NodeId next : members) {
                if (!previous.containsKey(next) && Boolean.TRUE.equals(links.get(key(at, next))) && together(at, next)) {
                    previous.put(next, at);
                    queue.add(next);
                }
            }
        }
        return null;
    }

    /**
     * Null when {@code self} takes a packet from {@code from} (relays through {@code running}
     * members allowed), else why not. A {@code broadcast} travels at most {@code hopLimit} hops,
     * as a flood does in the simulator (PROTOCOL.md §2, {@code beaconHops}): from a sender
     * further away than that it is refused; a message to one node has no such limit.
     */
    Refusal admit(NodeId self, NodeId from, Set<NodeId> running, boolean broadcast, int hopLimit) {
        if (privateMode()) {
            List<NodeId> path = route(from, self, running);
            if (path != null) {
                return broadcast && path.size() - 1 > hopLimit ? Refusal.HOP_LIMIT : null;
            }
        }
        Refusal direct = admit(self, from);
        return direct == null && broadcast && hopLimit < 1 ? Refusal.HOP_LIMIT : direct;
    }

    /**
     * Null when a message from {@code self} to the member {@code to} has a path now: {@code to}
     * runs, and up links through running members (or, without links, the pair's own link) not cut
     * by the partition join them; else why not. A peer outside the cluster is left to the sockets.
     */
    Refusal reach(NodeId self, NodeId to, Set<NodeId> running) {
        if (!members.contains(to) || !members.contains(self)) {
            return null;
        }
        if (!running.contains(to)) {
            return Refusal.CLOSED;
        }
        if (privateMode()) {
            return route(self, to, running) != null ? null : Refusal.UNDELIVERABLE;
        }
        return admit(to, self) == null ? null : Refusal.UNDELIVERABLE;
    }

    /** Null when {@code self} takes a packet from {@code from} directly, else why not. */
    Refusal admit(NodeId self, NodeId from) {
        boolean member = members.contains(from);
        if (privateMode()) {
            Boolean up = links.get(key(self, from));
            if (up == null) {
                return Refusal.NOT_LINKED;
            }
            if (!up) {
                return Refusal.LINK_DOWN;
            }
        } else if (member && cuts.contains(key(self, from))) {
            return Refusal.LINK_DOWN;
        }
        if (member && !groups.isEmpty() && !together(self, from)) {
            return Refusal.PARTITIONED;
        }
        return null;
    }

    /** Whether the partition lets {@code x} and {@code y} talk. */
    boolean together(NodeId x, NodeId y) {
        if (groups.isEmpty()) {
            return true;
        }
        boolean xNamed = false;
        boolean yNamed = false;
        for (List<NodeId> group : groups) {
            boolean hasX = group.contains(x);
            boolean hasY = group.contains(y);
            if (hasX && hasY) {
                return true;
            }
            xNamed |= hasX;
            yNamed |= hasY;
        }
        return !xNamed && !yNamed; // the unnamed members form one more group
    }

    static String key(NodeId a, NodeId b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return a.compareTo(b) <= 0 ? a.value() + "\u0000" + b.value() : b.value() + "\u0000" + a.value();
    }
}
