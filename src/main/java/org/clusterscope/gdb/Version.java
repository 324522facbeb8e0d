package org.clusterscope.gdb;

import org.clusterscope.core.NodeId;

/**
 * Which write made a record version, and the order in which concurrent versions resolve
 * everywhere (PROTOCOL.md §7): the later timestamp wins; on equal timestamps the writer later in
 * scenario order; a writer's own writes at one instant by their sequence number.
 */
public record Version(long timestamp, NodeId writer, int writerOrder, long seq) implements Comparable<Version> {

    @Override
    public int compareTo(Version other) {
        int c = Long.compare(timestamp, other.timestamp);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(writerOrder, other.writerOrder);
        return c != 0 ? c : Long.compare(seq, other.seq);
    }

    public boolean isNewerThan(Version other) {
        return compareTo(other) > 0;
    }
}
