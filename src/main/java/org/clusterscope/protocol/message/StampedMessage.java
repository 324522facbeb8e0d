package org.clusterscope.protocol.message;

import org.clusterscope.core.NodeId;
import org.clusterscope.net.Message;

/**
 * Every message carries its sender's incarnation and a sequence number (PROTOCOL.md §2), so a
 * receiver can tell an old message overtaken by a newer one and ignore it.
 */
public interface StampedMessage extends Message {

    NodeId sender();

    /** The virtual time the sender last started, in microseconds. */
    long incarnation();

    /** Grows with every message the sender sends in one incarnation. */
    long seq();
}
