package org.clusterscope.protocol.discovery;

import java.util.Arrays;

import org.clusterscope.core.NodeId;

/**
 * The rows of several {@link PeerTable}s kept by sender as well: for each sender id instance, the
 * row every table holds about it, side by side. Shared by the nodes of one run on one thread
 * (a simulation), never across threads.
 *
 * <p>Why: a beacon floods a thousand-node cluster in a few tens of milliseconds, and each of the
 * thousand receivers looks its sender up. Looked up in each receiver's own table, that is one
 * trip to memory for the table and one for the row, at every receiver. Here the receivers of one
 * flood all read the same short array, which stays in the processor's cache while the flood
 * lasts, and only the row itself is fetched.
 *
 * <p>Keyed by the id instance's {@link NodeId#ordinal()}: a sender's id arrives as the very
 * instance its rows were made from, and the ids of a run were made one after another, so their
 * ordinals fill the places without collisions. A lookup with another instance of an equal id
 * finds nothing here and takes the table's hashed way.
 */
public final class PeerDirectory {

    private int[] ordinals = new int[64];
    /** The rows about each sender, by table number; null where no sender sits. */
    private Peer[][] rows = new Peer[64][];
    private int senders;
    private int tables;

    /** A number for a new table, by which it finds its rows here. */
    int join() {
        return tables++;
    }

    /** Table {@code table}'s row made from this very id instance, or null. */
    Peer find(NodeId id, int table) {
        int place = placeOf(id.ordinal());
        if (place < 0) {
            return null;
        }
        Peer[] about = rows[place];
        return table < about.length ? about[table] : null;
    }

    /** Files table {@code table}'s new row under the id instance it was made from. */
    void put(int table, Peer row) {
        int ordinal = row.id().ordinal();
        int place = placeOf(ordinal);
        if (place < 0) {
            if (2 * (senders + 1) > ordinals.length) {
                grow();
            }
            senders++;
            place = insert(ordinal, new Peer[Math.max(1, tables)]);
        }
        if (table >= rows[place].length) {
            rows[place] = Arrays.copyOf(rows[place], Math.max(tables, table + 1));
        }
        rows[place][table] = row;
    }

    /** Takes table {@code table}'s row about this id instance out, if it is here. */
    void remove(int table, NodeId id) {
        int place = placeOf(id.ordinal());
        if (place >= 0 && table < rows[place].length) {
            rows[place][table] = null;
        }
    }

    /** Where the rows about the id instance with this ordinal sit, or -1. */
    private int placeOf(int ordinal) {
        int mask = ordinals.length - 1;
        for (int i = ordinal & mask; rows[i] != null; i = (i + 1) & mask) {
            if (ordinals[i] == ordinal) {
                return i;
            }
        }
        return -1;
    }

    private int insert(int ordinal, Peer[] about) {
        int mask = ordinals.length - 1;
        int i = ordinal & mask;
        while (rows[i] != null) {
            i = (i + 1) & mask;
        }
        ordinals[i] = ordinal;
        rows[i] = about;
        return i;
    }

    private void grow() {
        int[] oldOrdinals = ordinals;
        Peer[][] oldRows = rows;
        ordinals = new int[oldOrdinals.length * 2];
        rows = new Peer[oldOrdinals.length * 2][];
        for (int i = 0; i < oldRows.length; i++) {
            if (oldRows[i] != null) {
                insert(oldOrdinals[i], oldRows[i]);
            }
        }
    }
}
