package org.clusterscope.protocol.message;

import org.clusterscope.core.NodeId;

/** A message that tells its receivers the sender is alive and what it looks like (probe, beacon, vote). */
public interface MembershipMessage extends StampedMessage {

    NodeCard card();

    @Override
    default NodeId sender() {
        return card().id();
    }

    @Override
    default long incarnation() {
        return card().incarnation();
    }

    @Override
    default long seq() {
        return card().seq();
    }
}
