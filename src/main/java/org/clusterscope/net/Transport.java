package org.clusterscope.net;

import org.clusterscope.core.NodeId;

/**
 * The network as one node sees it. The same protocol code runs on the simulated network and on
 * real sockets, so every implementation keeps this contract:
 * <ul>
 *   <li>Calls never block and never throw for network reasons; delivery is asynchronous, at most
 *       once, and may fail silently (loss, cut links, stopped receivers).</li>
 *   <li>A closed transport neither sends, receives nor relays: {@link #send} and
 *       {@link #broadcast} on it do nothing and {@code send} returns false. A node opens its
 *       transport when it starts and closes it when it is killed, quits or dispatches.</li>
 *   <li>Messages to one node find their own way (hop by hop in the simulator) and ignore hop
 *       limits; broadcasts flood the overlay up to their hop limit and reach each node at most
 *       once (PROTOCOL.md §2). A node never receives its own broadcast.</li>
 *   <li>The receiver is called on the node's thread, never concurrently with itself.</li>
 * </ul>
 */
public interface Transport {

    /** The node this transport belongs to. */
    NodeId self();

    /** Starts receiving; {@code receiver} gets every envelope addressed to or flooded to this node. */
    void open(Receiver receiver);

    /** Stops sending, receiving and relaying. Packets already on their way to this node are dropped on arrival. */
    void close();

    boolean isOpen();

    /**
     * Sends {@code message} to one node. Returns false when it is known at once that it cannot
     * arrive (no route of up links through running nodes, or this transport is closed), which is
     * what triggers the self-healing ping of PROTOCOL.md §2; true means only "on its way".
     */
    boolean send(NodeId to, Message message);

    /**
     * Floods {@code message} to every node reachable within {@code hopLimit} hops (0 reaches
     * nobody else, as Tcl's {@code -remote 0}).
     */
    void broadcast(Message message, int hopLimit);
}
