package org.clusterscope.gdb;

/** What a member may do with a cluster's records (PROTOCOL.md §7), weakest first. */
public enum MemberRole {
    /** Nothing: holds no records and may not write. */
    NOBODY,
    /** Reads: holds the records, may not write. */
    GUEST,
    /** Reads and writes new keys. */
    USER,
    /** Reads, writes, rewrites and deletes any key. */
    ROOT;

    /** Whether a node in this role holds (and so may read) the cluster's records. */
    public boolean mayRead() {
        return this != NOBODY;
    }

    public boolean atLeast(MemberRole other) {
        return compareTo(other) >= 0;
    }
}
