package org.clusterscope.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.clusterscope.core.NodeId;
import org.clusterscope.net.real.Refusal;

/**
 * The socket-level faults of a live cluster, as one immutable value swapped whole on every
 * change so that socket threads read it without locks. A partition is a list of groups (every
 * member not named forms one more group; two nodes talk when some group holds both, PROTOCOL.md
 * §6). Links, once any is made, put the cluster in Tezt's private mode: a node takes packets only
 * from the peers it is linked to, and only while that link is up.
 *
 * <p>Peers that are not members of this cluster (another process, a Tcl member) are outside any
 * partition; in private mode they are not linked, so they are refused.
 */
final class LiveFabric {

    static final LiveFabric OPEN = new LiveFabric(List.of(), List.of(), Map.of());

    private final List<NodeId> members;
    private final List<List<NodeId>> groups;
    /** Link key → up. Empty: no private mode. */
    private final Map<String, Boolean> links;

    private LiveFabric(List<NodeId> members, List<List<NodeId>> groups, Map<String, Boolean> links) {
        this.members = List.copyOf(members);
        this.groups = groups.stream().filter(g -> !g.isEmpty()).map(List::copyOf).toList();
        this.links = Map.copyOf(links);
    }

    LiveFabric withMembers(List<NodeId> next) {
        return new LiveFabric(next, groups, links);
    }

    LiveFabric withPartition(List<List<NodeId>> next) {
        return new LiveFabric(members, next, links);
    }

    /** The same links with {@code a–b} made or set up or down. */
    LiveFabric withLink(NodeId a, NodeId b, boolean up) {
        Map<String, Boolean> next = new LinkedHashMap<>(links);
        next.put(key(a, b), up);
        return new LiveFabric(members, groups, next);
    }

    LiveFabric withoutLink(NodeId a, NodeId b) {
        Map<String, Boolean> next = new LinkedHashMap<>(links);
        next.remove(key(a, b));
        return new LiveFabric(members, groups, next);
    }

    /** No partition, every link up. */
    LiveFabric healed() {
        Map<String, Boolean> next = new LinkedHashMap<>();
        links.keySet().forEach(k -> next.put(k, true));
        return new LiveFabric(members, List.of(), next);
    }

    boolean hasLink(NodeId a, NodeId b) {
        return links.containsKey(key(a, b));
    }

    Boolean linkUp(NodeId a, NodeId b) {
        return links.get(key(a, b));
    }

    boolean privateMode() {
        return !links.isEmpty();
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

    /** Null when {@code self} takes a packet from {@code from}, else why not. */
    Refusal admit(NodeId self, NodeId from) {
        boolean member = members.contains(from);
        if (!links.isEmpty()) {
            Boolean up = links.get(key(self, from));
            if (up == null) {
                return Refusal.NOT_LINKED;
            }
            if (!up) {
                return Refusal.LINK_DOWN;
            }
        }
        if (member && !groups.isEmpty() && !together(self, from)) {
            return Refusal.PARTITIONED;
        }
        return null;
    }

    private boolean together(NodeId x, NodeId y) {
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

    private static String key(NodeId a, NodeId b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return a.compareTo(b) <= 0 ? a.value() + "\u0000" + b.value() : b.value() + "\u0000" + a.value();
    }
}
