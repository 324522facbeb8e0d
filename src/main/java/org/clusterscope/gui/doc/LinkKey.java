package org.clusterscope.gui.doc;

import org.clusterscope.core.NodeId;

/** An undirected pair of node ids, stored in id order so {@code (a, b)} and {@code (b, a)} are equal. */
public record LinkKey(NodeId a, NodeId b) {

    public LinkKey {
        if (a.equals(b)) {
            throw new IllegalArgumentException("a link needs two different nodes, got " + a + " twice");
        }
        if (a.compareTo(b) > 0) {
            NodeId swap = a;
            a = b;
            b = swap;
        }
    }

    public static LinkKey of(NodeId a, NodeId b) {
        return new LinkKey(a, b);
    }

    /**
     * Mixed, not the record's {@code 31 * a + b}: ids such as n35 and n45 differ by 31 in their
     * string hash, so on a grid many links shared a hash and the maps of links degraded.
     */
    @Override
    public int hashCode() {
        int h = a.hashCode() * 0x9E3779B9 + b.hashCode();
        return h ^ (h >>> 15);
    }

    public boolean touches(NodeId node) {
        return a.equals(node) || b.equals(node);
    }

    @Override
    public String toString() {
        return a + "—" + b;
    }
}
