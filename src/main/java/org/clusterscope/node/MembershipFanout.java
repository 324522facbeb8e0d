package org.clusterscope.node;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.PeerStatus;
import org.clusterscope.protocol.LocalNode;
import org.clusterscope.protocol.discovery.MembershipListener;
import org.clusterscope.protocol.discovery.Peer;
import org.clusterscope.protocol.election.Election;
import org.clusterscope.protocol.service.Services;

/**
 * Passes what discovery learns to the services (their discovered/lost hooks) and then to the
 * election, which may dispatch the node; nothing more is passed on once the node stopped.
 */
final class MembershipFanout implements MembershipListener {

    private final LocalNode self;
    private Services services;
    private Election election;

    MembershipFanout(LocalNode self) {
        this.self = self;
    }

    void connect(Services nextServices, Election nextElection) {
        this.services = nextServices;
        this.election = nextElection;
    }

    @Override
    public void peerConnected(Peer peer, String reason) {
        services.peerConnected(peer, reason);
        if (self.isRunning()) {
            election.peerConnected(peer, reason);
        }
    }

    @Override
    public void peerReborn(Peer peer) {
        services.peerReborn(peer);
        if (self.isRunning()) {
            election.peerReborn(peer);
        }
    }

    @Override
    public void peerGone(Peer peer, PeerStatus status, String reason) {
        services.peerGone(peer, status, reason);
        if (self.isRunning()) {
            election.peerGone(peer, status, reason);
        }
    }

    @Override
    public void voteHeard(Peer peer, NodeId vote) {
        election.voteHeard(peer, vote);
    }

    @Override
    public void messageProcessed(Peer peer, String kind) {
        election.messageProcessed(peer, kind);
    }
}
