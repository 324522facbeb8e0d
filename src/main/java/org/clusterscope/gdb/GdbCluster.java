package org.clusterscope.gdb;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.clusterscope.core.NodeId;

/**
 * One GDB cluster (PROTOCOL.md §7), built the way a Cellframe plugin builds one in Python:
 * <pre>
 * GdbCluster cluster = new GdbCluster("myclustername", Guuid.compose(0x1, 0xAA),
 *         "mycluster.gdb.group.mask.*", 3, true, MemberRole.NOBODY, ClusterRole.AUTONOMIC);
 * cluster.addNetAssociate("Backbone");
 * cluster.memberAdd(NodeId.of("n1"), MemberRole.ROOT);
 * </pre>
 * Members may be added, changed and removed while the cluster runs: on real sockets from another
 * thread than the nodes' that read them, so the members and networks are guarded by this object.
 */
public final class GdbCluster {

    private static final long MICROS_PER_HOUR = 3_600_000_000L;

    private final String name;
    private final Guuid guuid;
    private final GroupMask mask;
    private final long ttlMicros;
    private final boolean ownerRoot;
    private final MemberRole defaultRole;
    private final ClusterRole clusterRole;
    private final List<String> nets = new ArrayList<>();
    private final Map<NodeId, MemberRole> members = new LinkedHashMap<>();
    private final List<GdbListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** A cluster whose records live {@code ttlHours} hours. */
    public GdbCluster(String name, Guuid guuid, String mask, long ttlHours, boolean ownerRoot, MemberRole defaultRole,
            ClusterRole clusterRole) {
        this(name, guuid, mask, ttlHours, ownerRoot, defaultRole, clusterRole, true);
    }

    private GdbCluster(String name, Guuid guuid, String mask, long ttl, boolean ownerRoot, MemberRole defaultRole,
            ClusterRole clusterRole, boolean hours) {
        this.name = Objects.requireNonNull(name, "name");
        this.guuid = Objects.requireNonNull(guuid, "guuid");
        this.mask = new GroupMask(mask);
        if (ttl <= 0) {
            throw new IllegalArgumentException("the record TTL must be longer than 0");
        }
        this.ttlMicros = hours ? Math.multiplyExact(ttl, MICROS_PER_HOUR) : ttl;
        this.ownerRoot = ownerRoot;
        this.defaultRole = Objects.requireNonNull(defaultRole, "defaultRole");
        this.clusterRole = Objects.requireNonNull(clusterRole, "clusterRole");
    }

    /** A cluster whose records live {@code ttlMicros} microseconds, for demos that cannot wait hours. */
    public static GdbCluster withTtlMicros(String name, Guuid guuid, String mask, long ttlMicros, boolean ownerRoot,
            MemberRole defaultRole, ClusterRole clusterRole) {
        return new GdbCluster(name, guuid, mask, ttlMicros, ownerRoot, defaultRole, clusterRole, false);
    }

    public String name() {
        return name;
    }

    public Guuid guuid() {
        return guuid;
    }

    public GroupMask mask() {
        return mask;
    }

    public long ttlMicros() {
        return ttlMicros;
    }

    public boolean ownerRoot() {
        return ownerRoot;
    }

    public MemberRole defaultRole() {
        return defaultRole;
    }

    public ClusterRole clusterRole() {
        return clusterRole;
    }

    /** Associates the cluster with a network: it is online while one of its networks is. */
    public synchronized GdbCluster addNetAssociate(String net) {
        Objects.requireNonNull(net, "net");
        if (!nets.contains(net)) {
            nets.add(net);
        }
        return this;
    }

    public synchronized List<String> nets() {
        return List.copyOf(nets);
    }

    /** Adds a member with a role, or changes the role of one. */
    public synchronized GdbCluster memberAdd(NodeId node, MemberRole role) {
        members.put(Objects.requireNonNull(node, "node"), Objects.requireNonNull(role, "role"));
        return this;
    }

    /** Removes a member; it falls back to the default role (on the cluster's networks). */
    public synchronized boolean memberDelete(NodeId node) {
        return members.remove(node) != null;
    }

    /** The members and their roles, in the order they were added. */
    public synchronized Map<NodeId, MemberRole> members() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    /** The role given to {@code node} by name, or null if it is not a member. */
    public synchronized MemberRole memberRole(NodeId node) {
        return members.get(node);
    }

    /** Hears every record change of this cluster on every holder. */
    public void addListener(GdbListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(GdbListener listener) {
        listeners.remove(listener);
    }

    void notifyChanged(NodeId holder, GdbRecord record, String cause) {
        for (GdbListener listener : listeners) {
            listener.recordChanged(holder, record, cause);
        }
    }

    @Override
    public String toString() {
        return name + " " + guuid.hex();
    }
}
