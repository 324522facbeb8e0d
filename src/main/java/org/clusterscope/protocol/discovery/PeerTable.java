package org.clusterscope.protocol.discovery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.PeerStatus;

/**
 * A node's view of its peers, split in the three sets of PROTOCOL.md §3: connected, lost and
 * dispatched. Rows stay in the order peers were first heard (never hash order), and the size of
 * each set is kept as the rows change, so the majority rules cost nothing to evaluate.
 */
public final class PeerTable {

    private final Map<NodeId, Peer> peers = new LinkedHashMap<>();
    private int connected;
    private int lost;
    private int dispatched;

    public Peer get(NodeId id) {
        return peers.get(id);
    }

    public boolean isConnected(NodeId id) {
        Peer peer = peers.get(id);
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
        return Collections.unmodifiableCollection(peers.values());
    }

    /** The connected peers, in the order first heard. */
    public List<Peer> connected() {
        List<Peer> result = new ArrayList<>(connected);
        for (Peer peer : peers.values()) {
            if (peer.isConnected()) {
                result.add(peer);
            }
        }
        return result;
    }

    /** Empties the table: a restarted node starts with empty tables (PROTOCOL.md §1). */
    void clear() {
        peers.clear();
        connected = 0;
        lost = 0;
        dispatched = 0;
    }

    /** A new row for a peer never heard before, counted as connected. */
    Peer add(NodeId id) {
        Peer peer = new Peer(id);
        peer.status(PeerStatus.CONNECTED);
        peers.put(id, peer);
        connected++;
        return peer;
    }

    void setStatus(Peer peer, PeerStatus status) {
        count(peer.status(), -1);
        peer.status(status);
        count(status, +1);
    }

    private void count(PeerStatus status, int delta) {
        switch (status) {
            case CONNECTED -> connected += delta;
            case LOST -> lost += delta;
            case DISPATCHED -> dispatched += delta;
        }
    }
}
