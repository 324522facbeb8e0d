package org.clusterscope.net.real;

import org.clusterscope.core.NodeId;

/**
 * What a {@link RealTransport} reports about its packets, for the composition root to turn into
 * events and counts. Called from the node's own thread or its socket threads; implementations
 * must be thread-safe and quick.
 */
public interface TransportListener {

    /** A packet left: to one node ({@code to} set) by {@code protocol}, or a broadcast ({@code to} null). */
    default void sent(long packet, String kind, NodeId from, NodeId to, Protocol protocol) {
    }

    /** A packet reached the node's receiver. */
    default void delivered(long packet, String kind, NodeId from, NodeId to, Protocol protocol) {
    }

    /** A packet was dropped at {@code at}: refused on arrival, or undeliverable on its way out. */
    default void dropped(long packet, String kind, NodeId at, NodeId peer, Refusal why) {
    }

    /** A protocol failed to carry a packet to {@code to}; the next one is tried (BPACKET.md "Transports"). */
    default void fellBack(NodeId at, NodeId to, Protocol failed, String reason) {
    }

    /** A packet could not be read; it is dropped and counted, never fatal. */
    default void malformed(NodeId at, String source, String reason) {
    }

    /** Something about the sockets a user should know (a busy port replaced, a socket that failed). */
    default void notice(NodeId at, String text) {
    }

    TransportListener NONE = new TransportListener() {
    };
}
