package org.clusterscope.gdb;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.clusterscope.core.NodeId;
import org.clusterscope.event.EventStream;
import org.clusterscope.event.SimEvent;
import org.clusterscope.net.Clock;

/**
 * The GDB configuration every node of a run shares (PROTOCOL.md §7, SCENARIO_FORMAT.md "GDB
 * clusters"): the networks and their nodes, the clusters, and which of them are online. A network
 * is online while at least one of its nodes runs and it has not been taken down; a cluster is
 * online while one of its networks is. Each change is announced once, as it happens.
 *
 * <p>Thread-safe: in a simulation one thread calls it; on real sockets every node calls it from
 * its own thread, so each method holds the realm's lock, and changes are announced under it, in
 * the order they happen. Nothing it calls out to (the event stream's listeners) may wait for a
 * node.
 */
public final class GdbRealm {

    private final Clock clock;
    private final EventStream events;
    private final Map<String, List<NodeId>> nets = new LinkedHashMap<>();
    private final Set<String> takenDown = new HashSet<>();
    private final List<GdbCluster> clusters = new ArrayList<>();
    private final Map<NodeId, GdbNode> nodes = new LinkedHashMap<>();
    private final Map<String, Boolean> netOnline = new LinkedHashMap<>();
    private final Map<String, Boolean> clusterOnline = new LinkedHashMap<>();
    private String pendingReason;
    private final long origin;

    public GdbRealm(Clock clock, EventStream events) {
        this(clock, events, 0);
    }

    /**
     * @param origin the instant that reads as 0 in words (a conflict's "version of 6.5s"): 0 in a
     *               simulation, the start of the run on a wall clock
     */
    public GdbRealm(Clock clock, EventStream events, long origin) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
        this.origin = origin;
    }

    /** An instant in words, counted from the run's origin. */
    String words(long instant) {
        return org.clusterscope.core.SimTime.format(instant - origin);
    }

    // ---- configuration ---------------------------------------------------------------------

    /** Declares a network and its nodes. */
    public synchronized void addNet(String name, List<NodeId> members) {
        Objects.requireNonNull(name, "name");
        if (nets.containsKey(name)) {
            throw new IllegalArgumentException("net " + name + " already exists");
        }
        nets.put(name, List.copyOf(members));
        netOnline.put(name, false);
    }

    /** Adds a cluster; a group is claimed by the first cluster, in this order, whose mask matches it. */
    public synchronized void addCluster(GdbCluster cluster) {
        Objects.requireNonNull(cluster, "cluster");
        if (cluster(cluster.name()) != null) {
            throw new IllegalArgumentException("cluster " + cluster.name() + " already exists");
        }
        for (String net : cluster.nets()) {
            if (!nets.containsKey(net)) {
                throw new IllegalArgumentException("cluster " + cluster.name() + " names unknown net " + net);
            }
        }
        clusters.add(cluster);
        clusterOnline.put(cluster.name(), false);
    }

    /** Called by each {@link GdbNode} as it is made: the order of registration is the scenario order. */
    synchronized void register(GdbNode node) {
        if (nodes.putIfAbsent(node.id(), node) != null) {
            throw new IllegalArgumentException("node " + node.id() + " already has a GDB");
        }
    }

    // ---- looking ---------------------------------------------------------------------------

    public List<GdbCluster> clusters() {
        return Collections.unmodifiableList(clusters);
    }

    /** The cluster named {@code name}, or null. */
    public synchronized GdbCluster cluster(String name) {
        for (GdbCluster cluster : clusters) {
            if (cluster.name().equals(name)) {
                return cluster;
            }
        }
        return null;
    }

    /** The cluster whose mask claims {@code group}, or null: the group is then local to each node. */
    public synchronized GdbCluster clusterFor(String group) {
        for (GdbCluster cluster : clusters) {
            if (cluster.mask().matches(group)) {
                return cluster;
            }
        }
        return null;
    }

    public synchronized Map<String, List<NodeId>> nets() {
        return Collections.unmodifiableMap(nets);
    }

    /** The node's place in scenario order: on equal timestamps the later writer wins. */
    synchronized int order(NodeId node) {
        int i = 0;
        for (NodeId id : nodes.keySet()) {
            if (id.equals(node)) {
                return i;
            }
            i++;
        }
        return Integer.MAX_VALUE;
    }

    /** The GDB of {@code node}, or null when it has none. */
    public synchronized GdbNode node(NodeId node) {
        return nodes.get(node);
    }

    /**
     * The role of {@code node} in {@code cluster}: its member role; otherwise the default role
     * when it belongs to one of the cluster's networks; otherwise {@code NOBODY}.
     */
    public synchronized MemberRole role(GdbCluster cluster, NodeId node) {
        MemberRole role = cluster.memberRole(node);
        if (role != null) {
            return role;
        }
        for (String net : cluster.nets()) {
            if (nets.getOrDefault(net, List.of()).contains(node)) {
                return cluster.defaultRole();
            }
        }
        return MemberRole.NOBODY;
    }

    /** Whether {@code node} holds the records of {@code cluster}: its role is {@code GUEST} or higher. */
    public synchronized boolean holds(GdbCluster cluster, NodeId node) {
        return role(cluster, node).mayRead();
    }

    /** The holders of {@code cluster}, in scenario order. */
    public synchronized List<NodeId> holders(GdbCluster cluster) {
        List<NodeId> out = new ArrayList<>();
        for (NodeId id : nodes.keySet()) {
            if (holds(cluster, id)) {
                out.add(id);
            }
        }
        return out;
    }

    public synchronized boolean isNetOnline(String net) {
        if (takenDown.contains(net)) {
            return false;
        }
        for (NodeId id : nets.getOrDefault(net, List.of())) {
            GdbNode node = nodes.get(id);
            if (node != null && node.isRunning()) {
                return true;
            }
        }
        return false;
    }

    public synchronized boolean isNetTakenDown(String net) {
        return takenDown.contains(net);
    }

    public synchronized boolean isOnline(GdbCluster cluster) {
        for (String net : cluster.nets()) {
            if (isNetOnline(net)) {
                return true;
            }
        }
        return false;
    }

    // ---- commands --------------------------------------------------------------------------

    /** {@code netDown} / {@code netUp}: takes a network offline, or lets it be online again. */
    public synchronized void setNetDown(String net, boolean down) {
        if (!nets.containsKey(net)) {
            throw new IllegalArgumentException("unknown net " + net);
        }
        boolean changed = down ? takenDown.add(net) : takenDown.remove(net);
        if (changed) {
            refresh(down ? "netDown " + net : "netUp " + net);
        }
    }

    /** Recomputes which networks and clusters are online and announces each change. */
    synchronized void refresh(String cause) {
        pendingReason = cause;
        for (Map.Entry<String, Boolean> entry : netOnline.entrySet()) {
            boolean now = isNetOnline(entry.getKey());
            if (now != entry.getValue()) {
                entry.setValue(now);
                String net = entry.getKey();
                emit(() -> new SimEvent.GdbNetChanged(clock.nowMicros(), net, now, netReason(net, now)));
            }
        }
        for (GdbCluster cluster : clusters) {
            boolean now = isOnline(cluster);
            if (now != clusterOnline.get(cluster.name())) {
                clusterOnline.put(cluster.name(), now);
                String reason = now ? "net " + firstOnlineNet(cluster) + " is online"
                        : "none of its nets (" + String.join(", ", cluster.nets()) + ") is online";
                emit(() -> new SimEvent.GdbClusterChanged(clock.nowMicros(), cluster.name(), cluster.guuid().hex(),
                        now, reason));
            }
        }
        pendingReason = null;
    }

    private String netReason(String net, boolean online) {
        if (takenDown.contains(net)) {
            return "taken down";
        }
        if (online) {
            return pendingReason;
        }
        return "none of its nodes runs (" + pendingReason + ")";
    }

    private String firstOnlineNet(GdbCluster cluster) {
        for (String net : cluster.nets()) {
            if (isNetOnline(net)) {
                return net;
            }
        }
        return "?";
    }

    void emit(java.util.function.Supplier<SimEvent> event) {
        if (events.hasListeners()) {
            events.onEvent(event.get());
        }
    }
}
