package org.clusterscope.protocol.service;

import java.util.List;

import org.clusterscope.core.NodeId;

/**
 * What a hook is told: the node running it, the peer concerned (sender, receiver or the peer
 * discovered or lost; null for a send to several peers), the channel (-1 where none applies),
 * the payload and the peer's tags as last heard (empty when unknown).
 */
public record HookCall(NodeId node, NodeId peer, int channel, String payload, List<String> peerTags) {

    public HookCall {
        peerTags = peerTags == null ? List.of() : List.copyOf(peerTags);
    }
}
