package org.clusterscope.protocol.election;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;

/** What an election asks of the node that runs it. */
public interface ElectionHost {

    /** The node's vote changed: send a vote message at once (PROTOCOL.md §3 rule 2). */
    void voteChanged(NodeId vote);

    /** A count made this node master or slave of {@code master} (PROTOCOL.md §3 rule 5). */
    void roleChanged(NodeState state, NodeId master, String reason);

    /** The node must dispatch itself, saying goodbye as a quit does (PROTOCOL.md §3 rules 3–4). */
    void dispatchSelf(String reason);
}
