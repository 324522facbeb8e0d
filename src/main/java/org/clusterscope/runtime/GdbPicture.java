package org.clusterscope.runtime;

import java.util.List;
import java.util.Map;

import org.clusterscope.core.NodeId;

/**
 * An immutable picture of a run's GDB clusters (PROTOCOL.md §7) for the window: each cluster with
 * its id in hex, mask, TTL, roles and whether it is online; each network; and the records every
 * node holds with the instant they expire. Taken on the simulation thread, read anywhere.
 */
public record GdbPicture(long now, List<Cluster> clusters, List<Net> nets, Map<NodeId, List<Row>> records) {

    public GdbPicture {
        clusters = List.copyOf(clusters);
        nets = List.copyOf(nets);
        records = Map.copyOf(records);
    }

    /** One cluster; {@code members} in the order they were added, roles by name. */
    public record Cluster(String name, String guuid, String mask, long ttlMicros, boolean ownerRoot, String defaultRole,
            String clusterRole, List<String> nets, Map<NodeId, String> members, boolean online) {
        public Cluster {
            nets = List.copyOf(nets);
            members = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(members));
        }
    }

    /** One network, online or not, and whether a {@code netDown} is in force. */
    public record Net(String name, List<NodeId> nodes, boolean online, boolean takenDown) {
        public Net {
            nodes = List.copyOf(nodes);
        }
    }

    /** One record a node holds: {@code value} null for a deletion; {@code expiresAt} MAX_VALUE for a local group. */
    public record Row(String cluster, String group, String key, String value, NodeId writer, NodeId owner,
            long timestamp, long expiresAt) {

        /** The same row with its instants counted from {@code origin} (a live run's start). */
        public Row since(long origin) {
            return new Row(cluster, group, key, value, writer, owner, timestamp - origin,
                    expiresAt == Long.MAX_VALUE ? expiresAt : expiresAt - origin);
        }
    }

    /** The same picture with every instant counted from {@code origin}: a live run's wall clock read as time since its start. */
    public GdbPicture since(long origin) {
        Map<NodeId, List<Row>> shifted = new java.util.LinkedHashMap<>();
        records.forEach((node, rows) -> shifted.put(node, rows.stream().map(row -> row.since(origin)).toList()));
        return new GdbPicture(now - origin, clusters, nets, shifted);
    }

    /** The records {@code node} holds, by group and key. */
    public List<Row> recordsOf(NodeId node) {
        return records.getOrDefault(node, List.of());
    }
}
