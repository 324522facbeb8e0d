package org.clusterscope.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.clusterscope.core.Span;

/**
 * One GDB cluster (PROTOCOL.md §7). The record lifetime is given either as {@code ttlHours}
 * or, for demos, as a {@code ttl} duration: exactly one of the two is non-null.
 */
public record GdbCluster(String name, String netId, String clusterId, String groupMask, Long ttlHours, Span ttl,
        boolean ownerRoot, MemberRole defaultRole, ClusterRole role, List<String> nets,
        Map<String, MemberRole> members) {

    /** What a member may do with records. */
    public enum MemberRole { NOBODY, GUEST, USER, ROOT }

    /** How the cluster keeps its links. */
    public enum ClusterRole { EMBEDDED, AUTONOMIC, ISOLATED, SYSTEM, VIRTUAL }

    public GdbCluster {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultRole, "defaultRole");
        Objects.requireNonNull(role, "role");
        nets = List.copyOf(nets);
        members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    /** The record lifetime in microseconds. */
    public long ttlMicros() {
        return ttl != null ? ttl.micros() : ttlHours * 3_600_000_000L;
    }
}
