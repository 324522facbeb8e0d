package org.clusterscope.protocol.discovery;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.PeerStatus;

/**
 * What the discovery layer tells the layers above it (the election and the services) as it
 * learns about peers. Calls come in this order for one message: membership changes, then the
 * vote it carried, then {@link #messageProcessed}.
 */
public interface MembershipListener {

    /** {@code peer} is connected: heard for the first time, or heard again after it was lost or dispatched. */
    void peerConnected(Peer peer, String reason);

    /** A connected peer came back under a new incarnation (it restarted unnoticed): its birth may have changed. */
    void peerReborn(Peer peer);

    /** {@code peer} became lost (silence) or dispatched (goodbye); it is already out of the connected set. */
    void peerGone(Peer peer, PeerStatus status, String reason);

    /** A probe, beacon or vote message of a connected peer carried {@code vote}. */
    void voteHeard(Peer peer, NodeId vote);

    /** A probe, beacon or vote message was processed; {@code kind} says which, for explanations. */
    void messageProcessed(Peer peer, String kind);
}
