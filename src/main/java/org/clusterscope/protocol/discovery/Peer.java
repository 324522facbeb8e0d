package org.clusterscope.protocol.discovery;

import java.util.List;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.core.PeerStatus;

/**
 * One row of a node's peer table: what it last heard from a peer, when, and how it sees it
 * (PROTOCOL.md §2). Rows are updated in place on every beacon; their tag lists are the sender's
 * own immutable lists, shared, never copied, so a beacon costs no allocation at the receiver.
 *
 * <p>The discovery layer writes everything except {@link #vote()}, which belongs to the
 * election: it keeps the latest vote of a connected peer and drops it when the peer goes.
 */
public final class Peer {

    private final NodeId id;
    private int port;
    private long birth;
    private long incarnation;
    private long lastSeq;
    private PeerStatus status;
    private NodeState state;
    private List<String> tags;
    private NodeId vote;
    private long lastHeard;
    private long expiresAt;

    Peer(NodeId id) {
        this.id = id;
    }

    public NodeId id() {
        return id;
    }

    public int port() {
        return port;
    }

    public long birth() {
        return birth;
    }

    public long incarnation() {
        return incarnation;
    }

    public PeerStatus status() {
        return status;
    }

    public boolean isConnected() {
        return status == PeerStatus.CONNECTED;
    }

    /** The state the peer announced in its last message. */
    public NodeState state() {
        return state;
    }

    public List<String> tags() {
        return tags;
    }

    /** The latest vote held from this peer, or null (not heard yet, or dropped because it went). */
    public NodeId vote() {
        return vote;
    }

    /** Set by the election only (PROTOCOL.md §3 rule 2). */
    public void setVote(NodeId vote) {
        this.vote = vote;
    }

    public long lastHeard() {
        return lastHeard;
    }

    /** The instant at which the peer is lost if not heard before. */
    public long expiresAt() {
        return expiresAt;
    }

    void status(PeerStatus status) {
        this.status = status;
    }

    void identity(int port, long birth, long incarnation) {
        this.port = port;
        this.birth = birth;
        this.incarnation = incarnation;
    }

    void lastSeq(long seq) {
        this.lastSeq = seq;
    }

    void looks(NodeState state, List<String> tags) {
        // written only when changed: a beacon mostly repeats them, and an unchanged row is one
        // the collector's write barrier need not look at
        if (this.state != state) {
            this.state = state;
        }
        if (this.tags != tags) {
            this.tags = tags;
        }
    }

    void heard(long now, long ttl) {
        this.lastHeard = now;
        this.expiresAt = now + ttl;
    }

    void expiresAt(long expiresAt) {
        this.expiresAt = expiresAt;
    }

    /**
     * Whether a message with this incarnation and sequence number is older than, or the same as,
     * the last one processed from this peer (PROTOCOL.md §2).
     */
    boolean isStale(long incarnation, long seq) {
        return incarnation < this.incarnation || (incarnation == this.incarnation && seq <= lastSeq);
    }
}
