package org.clusterscope.core;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The nickname of a node, unique within a scenario (PROTOCOL.md §1). Ids compare as strings,
 * which is the tie-break every node applies alike in an election (PROTOCOL.md §3).
 *
 * <p>A value: two ids with the same nickname are equal, whichever instance they are. Each
 * instance also carries a number of its own, {@link #ordinal()}, given in the order instances
 * are made; a node's id travels as one instance through every message of a run, so tables that
 * a thousand-node run reads millions of times per virtual second can find a row by that number
 * before they fall back to the nickname's hash.
 */
public final class NodeId implements Comparable<NodeId> {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private final String value;
    private final int ordinal;

    public NodeId(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a node id must not be blank");
        }
        this.value = value;
        this.ordinal = NEXT.getAndIncrement();
    }

    public static NodeId of(String value) {
        return new NodeId(value);
    }

    public String value() {
        return value;
    }

    /**
     * This instance's number: instances made one after another have consecutive numbers. Equal
     * ids may carry different numbers, so it is a hint for finding a row, never an identity.
     */
    public int ordinal() {
        return ordinal;
    }

    @Override
    public boolean equals(Object other) {
        return other == this || (other instanceof NodeId id && value.equals(id.value));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * The hash mixed for an open-addressed table: ids such as n1…n1000 have close string hashes,
     * which linear probing would pile up in runs.
     */
    public int spreadHash() {
        int h = value.hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    @Override
    public int compareTo(NodeId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
