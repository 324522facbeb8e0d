package org.clusterscope.protocol.discovery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.PeerStatus;

/**
 * A node's view of its peers, split in the three sets of PROTOCOL.md §3: connected, lost and
 * dispatched. Rows stay in the order peers were first heard (never hash order), and the size of
 * each set is kept as the rows change, so the majority rules cost nothing to evaluate.
 *
 * <p>Every received beacon looks its sender up here, a million times per virtual second on a
 * thousand-node cluster whose tables together far outgrow the processor's caches. So rows are
 * found through an open-addressed array of the rows themselves (linear probing on the id's
 * hash, with the hashes beside them so that a probe past another row does not touch it): one
 * look into two small arrays, then the row, where a hash map of entries would cost one more trip
 * to memory per lookup. Rows are never removed, only emptied all at once.
 *
 * <p>Before that, the {@link PeerDirectory} is asked, which the nodes of a simulation share and
 * which finds the row made from the very id instance a message carries with one trip to memory,
 * the row's own. Another instance of an equal id takes the hashed way.
 */
public final class PeerTable {

    private final List<Peer> rows = new ArrayList<>();
    private Peer[] slots = new Peer[16];
    private int[] hashes = new int[16];
    private final PeerDirectory directory;
    /** This table's number in the directory. */
    private final int number;
    private int connected;
    private int lost;
    private int dispatched;

    /** A table of its own, sharing nothing: for a node that runs on a thread of its own. */
    public PeerTable() {
        this(new PeerDirectory());
    }

    /** A table whose rows are also filed in {@code directory}, shared with the tables run on the same thread. */
    public PeerTable(PeerDirectory directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.number = directory.join();
    }

    public Peer get(NodeId id) {
        Peer found = directory.find(id, number);
        if (found != null) {
            return found;
        }
        Peer[] table = slots;
        int[] keys = hashes;
        int mask = table.length - 1;
        int hash = id.spreadHash();
        for (int i = hash & mask;; i = (i + 1) & mask) {
            Peer peer = table[i];
            if (peer == null) {
                return null;
            }
            if (keys[i] == hash && (peer.id() == id || peer.id().equals(id))) {
                return peer;
            }
        }
    }

    public boolean isConnected(NodeId id) {
        Peer peer = get(id);
        return peer != null && peer.isConnected();
    }

    public int connectedCount() {
        return connected;
    }

    public int lostCount() {
        return lost;
    }

    public int dispatchedCount() {
        return dispatched;
    }

    /** Every row, in the order first heard; a live view, not to be modified. */
    public Collection<Peer> all() {
        return Collections.unmodifiableList(rows);
    }

    /** The connected peers, in the order first heard. */
    public List<Peer> connected() {
        List<Peer> result = new ArrayList<>(connected);
        for (Peer peer : rows) {
            if (peer.isConnected()) {
                result.add(peer);
            }
        }
        return result;
    }

    /** Empties the table: a restarted node starts with empty tables (PROTOCOL.md §1). */
    void clear() {
        for (Peer row : rows) {
            directory.remove(number, row.id());
        }
        rows.clear();
        slots = new Peer[16];
        hashes = new int[16];
        connected = 0;
        lost = 0;
        dispatched = 0;
    }

    /** A new row for a peer never heard before, counted as connected. */
    Peer add(NodeId id) {
        Peer peer = new Peer(id);
        peer.status(PeerStatus.CONNECTED);
        rows.add(peer);
        if (2 * rows.size() > slots.length) {
            slots = new Peer[slots.length * 2];
            hashes = new int[slots.length];
            for (Peer row : rows) {
                place(row);
            }
        } else {
            place(peer);
        }
        directory.put(number, peer);
        connected++;
        return peer;
    }

    void setStatus(Peer peer, PeerStatus status) {
        count(peer.status(), -1);
        peer.status(status);
        count(status, +1);
    }

    private void place(Peer peer) {
        int mask = slots.length - 1;
        int hash = peer.id().spreadHash();
        int i = hash & mask;
        while (slots[i] != null) {
            i = (i + 1) & mask;
        }
        slots[i] = peer;
        hashes[i] = hash;
    }


    private void count(PeerStatus status, int delta) {
        switch (status) {
            case CONNECTED -> connected += delta;
            case LOST -> lost += delta;
            case DISPATCHED -> dispatched += delta;
        }
    }
}
