package org.clusterscope.gui.bridge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.core.PeerStatus;

/**
 * One node's picture, updated event by event on the simulation thread (mutable, never shared):
 * state, master, vote, tags, how it sees each peer and its last count.
 */
final class NodeFold {

    final NodeId id;
    int port;
    NodeState state = NodeState.DOWN;
    long birth;
    NodeId master;
    NodeId vote;
    List<String> tags = List.of();
    final Map<NodeId, PeerStatus> peers = new LinkedHashMap<>();
    int countN;
    int countVotes;
    /** False until the node's first start: a node waiting for its {@code startAt} is not down. */
    boolean everStarted;
    /**
     * The picture last frozen. A frame is published sixty times a second and most nodes do not
     * change between two of them; copying every node's peer lists each time cost more than
     * simulating a 300-node cluster.
     */
    private NodeLive frozen;

    NodeFold(NodeId id, int port) {
        this.id = id;
        this.port = port;
    }

    void started(int newPort, long newBirth) {
        port = newPort;
        birth = newBirth;
        everStarted = true;
        state = NodeState.JOINING;
        master = null;
        vote = null;
        peers.clear();
        countN = 0;
        countVotes = 0;
    }

    void stopped(NodeState newState) {
        state = newState;
        master = null;
        vote = null;
    }

    /** Something about the node is about to change (see {@link LiveWorld}'s event handling). */
    void changed() {
        frozen = null;
    }

    NodeLive freeze(List<NodeId> votesHeld) {
        if (frozen != null && frozen.votesHeld().equals(votesHeld)) {
            return frozen;
        }
        List<NodeId> connected = new ArrayList<>();
        List<NodeId> lost = new ArrayList<>();
        List<NodeId> dispatched = new ArrayList<>();
        peers.forEach((peer, status) -> {
            switch (status) {
                case CONNECTED -> connected.add(peer);
                case LOST -> lost.add(peer);
                case DISPATCHED -> dispatched.add(peer);
            }
        });
        frozen = new NodeLive(id, port, state, birth, master, vote, tags, connected, lost, dispatched, votesHeld,
                countN, countVotes);
        return frozen;
    }
}
