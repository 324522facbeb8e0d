package org.clusterscope.gdb;

import java.util.Objects;

import org.clusterscope.core.NodeId;

/**
 * One version of one key in one group, as a node holds it. {@code value} is null for a deletion
 * (kept and synced like a value until it expires, so the deletion spreads). {@code owner} is the
 * node that created the key; {@code base} is the version the writer held when it wrote this one
 * (null for a new key), which tells an ordinary rewrite from a conflict. {@code expiresAt} is the
 * version's timestamp plus the cluster's TTL, or {@link Long#MAX_VALUE} for a local group.
 */
public record GdbRecord(String group, String key, String value, Version version, NodeId owner, Version base,
        long expiresAt) {

    public GdbRecord {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(owner, "owner");
    }

    public boolean isDeleted() {
        return value == null;
    }

    public boolean isExpired(long now) {
        return now >= expiresAt;
    }

    /** Live and not a deletion at {@code now}: what a reader sees. */
    public boolean isVisible(long now) {
        return !isDeleted() && !isExpired(now);
    }

    public NodeId writer() {
        return version.writer();
    }

    public long timestamp() {
        return version.timestamp();
    }

    /** The value in words: {@code "v"} or {@code deleted}. */
    public String shown() {
        return value == null ? "deleted" : "\"" + value + "\"";
    }
}
