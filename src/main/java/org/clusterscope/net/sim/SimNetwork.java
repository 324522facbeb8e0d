package org.clusterscope.net.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.clusterscope.core.NodeId;
import org.clusterscope.engine.Engine;
import org.clusterscope.event.DropReason;
import org.clusterscope.event.EventStream;
import org.clusterscope.event.SimEvent;
import org.clusterscope.net.LinkSettings;
import org.clusterscope.net.LinkView;
import org.clusterscope.net.Transport;

/**
 * The simulated network of PROTOCOL.md §6: nodes with one {@link Transport} each, undirected links
 * with latency, jitter and loss, links taken down and up, partitions and named {@link Nemesis}
 * patterns. Packets move hop by hop as engine tasks (see {@link Courier}); this class holds the
 * topology and applies the faults.
 *
 * <p>Nodes are known by the order they were added, the scenario order, which breaks every tie
 * (routes, groups, components). Link edits ({@link #link}, {@link #unlink}) build the topology and
 * emit no event; faults and settings changes emit {@link SimEvent.LinkChanged} and
 * {@link SimEvent.PartitionChanged}. Not thread-safe: driven by the simulation thread only.
 */
public final class SimNetwork {

    private final Engine engine;
    private final EventStream events;
    private final LinkSettings defaults;

    private final List<NodeId> nodes = new ArrayList<>();
    private final Map<NodeId, Integer> index = new HashMap<>();
    private SimTransport[] transports = new SimTransport[16];
    /** Each node's incarnation, bumped when its transport closes. */
    private int[] epochs = new int[16];

    private final List<LinkState> links = new ArrayList<>();
    /** Every link ever made, by number; a removed link keeps its number, never reused. */
    private LinkState[] linksByNumber = new LinkState[16];
    private int linkNumbers;
    private final Map<Long, LinkState> linksByPair = new HashMap<>();
    private final List<List<LinkState>> incident = new ArrayList<>();
    private LinkState[][] adjacency = new LinkState[0][];
    private int[][] neighbours = new int[0][];
    private boolean adjacencyStale;

    private PartitionTable partition = PartitionTable.NONE;
    private List<int[]> lastComponents;
    private List<List<NodeId>> lastComponentIds;
    private final Routes routes;
    private final NetworkCounters counters;
    private final Courier courier;

    /**
     * A network on {@code engine}, whose hops it merges into the engine's order: one network per
     * engine ({@link Engine#attach}).
     */
    public SimNetwork(Engine engine, EventStream events, LinkSettings defaults) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.events = Objects.requireNonNull(events, "events");
        this.defaults = Objects.requireNonNull(defaults, "defaults");
        this.routes = new Routes(this::isRunning, this::adjacency);
        this.counters = new NetworkCounters(index, linksByPair::get);
        this.courier = new Courier(this, engine, events, counters);
    }

    // ---- nodes -----------------------------------------------------------------------------

    /**
     * Adds a node and returns its port, closed until the node starts. The order of calls is the
     * scenario order.
     *
     * @throws IllegalArgumentException if the id is already on the network
     */
    public Transport addNode(NodeId id) {
        Objects.requireNonNull(id, "id");
        if (index.containsKey(id)) {
            throw new IllegalArgumentException("node " + id + " is already on the network");
        }
        int i = nodes.size();
        nodes.add(id);
        index.put(id, i);
        if (i == transports.length) {
            transports = Arrays.copyOf(transports, i * 2);
            epochs = Arrays.copyOf(epochs, i * 2);
        }
        transports[i] = new SimTransport(this, i, id);
        incident.add(new ArrayList<>());
        counters.grow(nodes.size());
        routes.addNode(i);
        adjacencyStale = true;
        return transports[i];
    }

    /** Every node, in scenario order. */
    public List<NodeId> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    /** The port of a node added earlier. */
    public Transport transport(NodeId id) {
        return transports[require(id)];
    }

    /** True when the node's transport is open; false for a node not on the network. */
    public boolean isRunning(NodeId id) {
        Integer i = index.get(id);
        return i != null && transports[i].open;
    }

    /** The settings a link gets when none are given. */
    public LinkSettings defaults() {
        return defaults;
    }

    // ---- links -----------------------------------------------------------------------------

    /** Links two nodes with the default settings; see {@link #link(NodeId, NodeId, LinkSettings)}. */
    public void link(NodeId a, NodeId b) {
        link(a, b, defaults);
    }

    /**
     * Links two nodes. Linking a pair twice keeps one link with the later settings; linking a node
     * to itself does nothing (PROTOCOL.md §6). A new link is cut if the partition in force says so.
     */
    public void link(NodeId a, NodeId b, LinkSettings settings) {
        Objects.requireNonNull(settings, "settings");
        int x = require(a);
        int y = require(b);
        if (x == y) {
            return;
        }
        LinkState existing = linksByPair.get(LinkState.key(x, y));
        if (existing != null) {
            existing.settings(settings);
            return;
        }
        if (linkNumbers == linksByNumber.length) {
            linksByNumber = Arrays.copyOf(linksByNumber, linkNumbers * 2);
        }
        LinkState link = new LinkState(linkNumbers, x, y, a, b, settings, counters.linkCounts(x, y));
        linksByNumber[linkNumbers++] = link;
        link.cut = !partition.allows(a, b);
        links.add(link);
        linksByPair.put(LinkState.key(x, y), link);
        incident.get(x).add(link);
        incident.get(y).add(link);
        adjacencyStale = true;
        routes.addLink(link);
    }

    /** Removes the link between two nodes, if any; packets on it are dropped (LINK_DOWN). */
    public void unlink(NodeId a, NodeId b) {
        int x = require(a);
        int y = require(b);
        LinkState link = linksByPair.remove(LinkState.key(x, y));
        if (link == null) {
            return;
        }
        links.remove(link);
        incident.get(x).remove(link);
        incident.get(y).remove(link);
        adjacencyStale = true;
        routes.removeLink(link);
        courier.dropInFlight(List.of(link), DropReason.LINK_DOWN);
        counters.unlinked(link);
    }

    // ---- discovered links (PROTOCOL.md §8) -------------------------------------------------

    /**
     * Opens a discovered link between two nodes with the default settings, up at once. Nothing is
     * made (false) when the pair is linked already, or the partition in force would cut it.
     */
    public boolean linkDiscovered(NodeId a, NodeId b) {
        int x = require(a);
        int y = require(b);
        if (x == y || linksByPair.containsKey(LinkState.key(x, y)) || !partition.allows(a, b)) {
            return false;
        }
        link(a, b, defaults);
        linksByPair.get(LinkState.key(x, y)).discovered = true;
        return true;
    }

    /**
     * Closes a discovered link: it is gone, and the hops on it are dropped (LINK_DOWN), except the
     * goodbye packets {@code spareGoodbyeOf} sent (its last words still arrive); null spares none.
     * False when there is no discovered link between them; a trusted link is never closed here.
     */
    public boolean closeDiscovered(NodeId a, NodeId b, NodeId spareGoodbyeOf, String goodbyeKind) {
        int x = require(a);
        int y = require(b);
        LinkState link = linksByPair.get(LinkState.key(x, y));
        if (link == null || !link.discovered) {
            return false;
        }
        linksByPair.remove(LinkState.key(x, y));
        links.remove(link);
        incident.get(x).remove(link);
        incident.get(y).remove(link);
        adjacencyStale = true;
        routes.removeLink(link);
        if (spareGoodbyeOf == null) {
            courier.dropInFlight(List.of(link), DropReason.LINK_DOWN);
        } else {
            courier.dropInFlight(List.of(link), DropReason.LINK_DOWN, require(spareGoodbyeOf), goodbyeKind);
        }
        counters.unlinked(link);
        return true;
    }

    /** Whether a link joins the pair and was opened by public mode. */
    public boolean isDiscovered(NodeId a, NodeId b) {
        Integer x = index.get(a);
        Integer y = index.get(b);
        LinkState link = x == null || y == null ? null : linksByPair.get(LinkState.key(x, y));
        return link != null && link.discovered;
    }

    /** Whether any link (up, down or cut, trusted or discovered) joins the pair. */
    public boolean isLinked(NodeId a, NodeId b) {
        Integer x = index.get(a);
        Integer y = index.get(b);
        return x != null && y != null && linksByPair.containsKey(LinkState.key(x, y));
    }

    /**
     * A node's degree (PROTOCOL.md §8): its links that are up, not cut, and lead to a running
     * node; 0 for a node that is not running.
     */
    public int degree(NodeId id) {
        int i = require(id);
        if (!transports[i].open) {
            return 0;
        }
        int degree = 0;
        for (LinkState link : incident.get(i)) {
            if (link.live() && transports[link.other(i)].open) {
                degree++;
            }
        }
        return degree;
    }

    /** The far ends of a node's discovered links, in the order the links were made. */
    public List<NodeId> discoveredNeighbours(NodeId id) {
        int i = require(id);
        List<NodeId> out = new ArrayList<>();
        for (LinkState link : incident.get(i)) {
            if (link.discovered) {
                out.add(nodes.get(link.other(i)));
            }
        }
        return out;
    }

    /** Every discovered link, in the order it was made. */
    public List<LinkView> discoveredLinks() {
        List<LinkView> views = new ArrayList<>();
        for (LinkState link : links) {
            if (link.discovered) {
                views.add(link.view());
            }
        }
        return views;
    }

    /** Whether the partition in force lets the pair share a link (PROTOCOL.md §6: the extra group included). */
    public boolean partitionAllows(NodeId a, NodeId b) {
        return partition.allows(a, b);
    }

    /** Changes a link's latency, jitter and loss; packets already on it keep their arrival time. */
    public void setLink(NodeId a, NodeId b, LinkSettings settings) {
        Objects.requireNonNull(settings, "settings");
        LinkState link = requireLink(a, b);
        link.settings(settings);
        linkChanged(link, "settings changed");
    }

    /**
     * Takes a link down or brings it back up ({@code linkDown} / {@code linkUp}). Packets on a link
     * that goes down are dropped (LINK_DOWN). A link brought up still carries nothing while a
     * partition cuts it.
     */
    public void setLinkUp(NodeId a, NodeId b, boolean up) {
        LinkState link = requireLink(a, b);
        if (link.up == up) {
            return;
        }
        boolean wasLive = link.live();
        link.up = up;
        routes.invalidate();
        if (wasLive && !up) {
            courier.dropInFlight(List.of(link), DropReason.LINK_DOWN);
        }
        linkChanged(link, up ? "link up" : "link down");
    }

    /** The link between two nodes, in either order, if there is one. */
    public Optional<LinkView> linkBetween(NodeId a, NodeId b) {
        Integer x = index.get(a);
        Integer y = index.get(b);
        if (x == null || y == null) {
            return Optional.empty();
        }
        LinkState link = linksByPair.get(LinkState.key(x, y));
        return link == null ? Optional.empty() : Optional.of(link.view());
    }

    /** Every link in the order it was first linked. */
    public List<LinkView> links() {
        List<LinkView> views = new ArrayList<>(links.size());
        for (LinkState link : links) {
            views.add(link.view());
        }
        return List.copyOf(views);
    }

    // ---- partitions ------------------------------------------------------------------------

    /**
     * Cuts every link between nodes that share no group; the nodes not named form one more group.
     * Replaces the partition in force; packets on newly cut links are dropped (PARTITION).
     *
     * @param name what to call it in the event, e.g. "partition" or a nemesis name
     * @throws IllegalArgumentException if a group names a node not on the network
     */
    public void partition(List<List<NodeId>> groups, String name) {
        Objects.requireNonNull(groups, "groups");
        for (List<NodeId> group : groups) {
            for (NodeId node : group) {
                require(node);
            }
        }
        apply(new PartitionTable(groups), Objects.requireNonNull(name, "name"));
    }

    /**
     * Applies a named pattern computed over the nodes running now, in scenario order, shuffled from
     * the stream {@code "nemesis.shuffle"} where the pattern shuffles (PROTOCOL.md §6). Nodes not
     * running fall into the extra group, cut off from everyone.
     *
     * @return the groups now in force, the extra group included
     */
    public List<List<NodeId>> nemesis(Nemesis pattern) {
        Objects.requireNonNull(pattern, "pattern");
        if (pattern instanceof Nemesis.Isolate isolate && isolate.node() != null) {
            require(isolate.node());
        }
        List<NodeId> running = new ArrayList<>();
        for (NodeId node : nodes) {
            if (isRunning(node)) {
                running.add(node);
            }
        }
        List<List<NodeId>> groups = pattern.groups(running, engine.random().stream("nemesis.shuffle"));
        apply(new PartitionTable(groups), pattern.name());
        return partition.groups(nodes);
    }

    /** Removes every partition and brings every link back up (PROTOCOL.md §6). */
    public void heal() {
        partition = PartitionTable.NONE;
        for (LinkState link : links) {
            link.cut = false;
            if (!link.up) {
                link.up = true;
                linkChanged(link, "heal");
            }
        }
        routes.invalidate();
        if (events.hasListeners()) {
            events.onEvent(new SimEvent.PartitionChanged(engine.now(), "heal", List.of()));
        }
    }

    /** The groups of the partition in force, the implicit group included; empty when none is. */
    public List<List<NodeId>> partitionGroups() {
        return partition.groups(nodes);
    }

    private void apply(PartitionTable table, String name) {
        partition = table;
        List<LinkState> newlyCut = new ArrayList<>();
        for (LinkState link : links) {
            boolean cut = !table.allows(link.idA, link.idB);
            if (cut && !link.cut && link.live()) {
                newlyCut.add(link);
            }
            link.cut = cut;
        }
        courier.dropInFlight(newlyCut, DropReason.PARTITION);
        routes.invalidate();
        if (events.hasListeners()) {
            events.onEvent(new SimEvent.PartitionChanged(engine.now(), name, table.groups(nodes)));
        }
    }

    // ---- reachability ----------------------------------------------------------------------

    /** True when a message from {@code a} could reach {@code b} now: both running, joined by live links through running nodes. */
    public boolean reachable(NodeId a, NodeId b) {
        Integer x = index.get(a);
        Integer y = index.get(b);
        if (x == null || y == null || !transports[x].open) {
            return false;
        }
        int[] distance = distancesTo(y);
        return distance != null && distance[x] >= 0;
    }

    /** Running nodes grouped by who can reach whom now; each group and the list in scenario order. */
    public List<List<NodeId>> components() {
        List<int[]> current = routes.components();
        if (current == lastComponents) {
            return lastComponentIds;
        }
        List<List<NodeId>> result = new ArrayList<>();
        for (int[] component : current) {
            List<NodeId> ids = new ArrayList<>(component.length);
            for (int i : component) {
                ids.add(nodes.get(i));
            }
            result.add(List.copyOf(ids));
        }
        lastComponents = current;
        lastComponentIds = List.copyOf(result);
        return lastComponentIds;
    }

    public NetworkCounters counters() {
        return counters;
    }

    // ---- for the courier and the transports ------------------------------------------------

    Courier courier() {
        return courier;
    }

    int size() {
        return nodes.size();
    }

    NodeId id(int i) {
        return nodes.get(i);
    }

    Integer indexOrNull(NodeId id) {
        return index.get(id);
    }

    SimTransport transport(int i) {
        return transports[i];
    }

    boolean isRunning(int i) {
        return transports[i].open;
    }

    int[] distancesTo(int destination) {
        return routes.distancesTo(destination, transports[destination].open);
    }

    /** A node's links, sorted by the neighbour's scenario order. */
    LinkState[] adjacency(int i) {
        if (adjacencyStale) {
            rebuildAdjacency();
        }
        return adjacency[i];
    }

    /** The neighbours at the far ends of {@link #adjacency}, in the same order. */
    int[] neighbours(int i) {
        if (adjacencyStale) {
            rebuildAdjacency();
        }
        return neighbours[i];
    }

    /** The link with this number. */
    LinkState link(int number) {
        return linksByNumber[number];
    }

    /** How many link numbers have been given out. */
    int linkNumbers() {
        return linkNumbers;
    }

    int epoch(int i) {
        return epochs[i];
    }

    void livenessChanged() {
        routes.invalidate();
    }

    /** A transport closed: packets on their way to this incarnation will be dropped on arrival. */
    void closed(int i) {
        epochs[i]++;
        routes.invalidate();
    }

    private void rebuildAdjacency() {
        adjacency = new LinkState[nodes.size()][];
        neighbours = new int[nodes.size()][];
        for (int i = 0; i < adjacency.length; i++) {
            final int self = i;
            LinkState[] own = incident.get(i).toArray(LinkState[]::new);
            Arrays.sort(own, Comparator.comparingInt(link -> link.other(self)));
            adjacency[i] = own;
            neighbours[i] = new int[own.length];
            for (int k = 0; k < own.length; k++) {
                neighbours[i][k] = own[k].other(i);
            }
        }
        adjacencyStale = false;
    }

    private void linkChanged(LinkState link, String reason) {
        if (events.hasListeners()) {
            LinkSettings s = link.settings();
            events.onEvent(new SimEvent.LinkChanged(engine.now(), link.idA, link.idB, link.up, s.latencyMs(),
                    s.jitterMs(), s.loss(), reason));
        }
    }

    private int require(NodeId id) {
        Integer i = index.get(Objects.requireNonNull(id, "node id"));
        if (i == null) {
            throw new IllegalArgumentException("unknown node " + id + " (not on the network)");
        }
        return i;
    }

    private LinkState requireLink(NodeId a, NodeId b) {
        LinkState link = linksByPair.get(LinkState.key(require(a), require(b)));
        if (link == null) {
            throw new IllegalArgumentException("no link between " + a + " and " + b);
        }
        return link;
    }
}
