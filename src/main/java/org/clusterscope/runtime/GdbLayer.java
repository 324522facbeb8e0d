package org.clusterscope.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clusterscope.core.NodeId;
import org.clusterscope.event.EventStream;
import org.clusterscope.event.SimEvent;
import org.clusterscope.gdb.GdbCluster;
import org.clusterscope.gdb.GdbRealm;
import org.clusterscope.gdb.GdbRecord;
import org.clusterscope.gdb.MemberRole;
import org.clusterscope.net.Clock;

/**
 * The GDB clusters of a run (PROTOCOL.md §7) as both composition roots lay them out: one
 * {@link GdbRealm} with the file's networks and clusters, shared by every node, and the views and
 * commands the window, the checks and the command line use. {@link Simulation} and
 * {@link LiveCluster} differ only in how they reach a node's records (on the simulation thread,
 * or on the node's own thread).
 */
final class GdbLayer {

    private final GdbRealm realm;
    private final EventStream events;
    private final Clock clock;

    /** The realm of these networks (name → nodes) and clusters; {@code origin} reads as 0 in words. */
    GdbLayer(Clock clock, EventStream events, long origin, Map<String, List<NodeId>> nets, List<GdbCluster> clusters) {
        this.clock = clock;
        this.events = events;
        this.realm = new GdbRealm(clock, events, origin);
        nets.forEach(realm::addNet);
        clusters.forEach(realm::addCluster);
    }

    GdbRealm realm() {
        return realm;
    }

    /** {@code netDown}/{@code netUp}; false, with a warning through {@code control}, for an unknown network. */
    boolean setNetDown(String net, boolean down, Command command, ClusterControl control) {
        if (!realm.nets().containsKey(net)) {
            control.warn(command.describe() + ": no GDB network is called " + net + ", so the command is skipped");
            return false;
        }
        realm.setNetDown(net, down);
        return true;
    }

    /** Gives {@code node} a member role in {@code cluster}, or none with a null role; a note says so. */
    void setMember(String cluster, NodeId node, String role) {
        GdbCluster target = realm.cluster(cluster);
        if (target == null) {
            throw new IllegalArgumentException("unknown GDB cluster " + cluster);
        }
        if (role == null) {
            target.memberDelete(node);
        } else {
            target.memberAdd(node, MemberRole.valueOf(role));
        }
        events.onEvent(new SimEvent.Note(clock.nowMicros(), node + " is now " + (role == null ? "no member" : role)
                + " in GDB cluster " + cluster));
    }

    /** The picture of the clusters, networks and {@code records} (every node's, in scenario order) at {@code now}. */
    GdbPicture picture(long now, Map<NodeId, List<GdbRecord>> records) {
        List<GdbPicture.Cluster> clusters = new ArrayList<>();
        for (GdbCluster c : realm.clusters()) {
            Map<NodeId, String> members = new LinkedHashMap<>();
            c.members().forEach((id, role) -> members.put(id, role.name()));
            clusters.add(new GdbPicture.Cluster(c.name(), c.guuid().hex(), c.mask().glob(), c.ttlMicros(), c.ownerRoot(),
                    c.defaultRole().name(), c.clusterRole().name(), c.nets(), members, realm.isOnline(c)));
        }
        List<GdbPicture.Net> nets = new ArrayList<>();
        realm.nets().forEach((name, ids) -> nets.add(new GdbPicture.Net(name, ids, realm.isNetOnline(name),
                realm.isNetTakenDown(name))));
        Map<NodeId, List<GdbPicture.Row>> rows = new LinkedHashMap<>();
        records.forEach((id, held) -> rows.put(id, rows(held, false)));
        return new GdbPicture(now, clusters, nets, rows);
    }

    /** One node's records as rows; only the replicated ones (a cluster's) when {@code replicatedOnly}. */
    List<GdbPicture.Row> rows(List<GdbRecord> records, boolean replicatedOnly) {
        List<GdbPicture.Row> rows = new ArrayList<>();
        for (GdbRecord r : records) {
            GdbCluster owner = realm.clusterFor(r.group());
            if (owner != null || !replicatedOnly) {
                rows.add(new GdbPicture.Row(owner == null ? null : owner.name(), r.group(), r.key(), r.value(),
                        r.writer(), r.owner(), r.timestamp(), r.expiresAt()));
            }
        }
        return rows;
    }

    boolean holds(NodeId id, String cluster) {
        GdbCluster c = realm.cluster(cluster);
        return c != null && realm.holds(c, id);
    }

    List<String> clusterNames() {
        return realm.clusters().stream().map(GdbCluster::name).toList();
    }
}
