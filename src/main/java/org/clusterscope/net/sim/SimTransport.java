package org.clusterscope.net.sim;

import java.util.Objects;

import org.clusterscope.core.NodeId;
import org.clusterscope.net.Message;
import org.clusterscope.net.Receiver;
import org.clusterscope.net.Transport;

/**
 * One node's port onto the {@link SimNetwork}. Open means running: a closed transport sends,
 * receives and relays nothing (PROTOCOL.md §1). Each close starts a new incarnation
 * (an epoch kept by the network), so packets that were on their way to the old one are dropped on arrival even
 * if the node has started again meanwhile.
 */
final class SimTransport implements Transport {

    private final SimNetwork network;
    final int index;
    private final NodeId self;
    Receiver receiver;
    boolean open;

    SimTransport(SimNetwork network, int index, NodeId self) {
        this.network = network;
        this.index = index;
        this.self = self;
    }

    @Override
    public NodeId self() {
        return self;
    }

    @Override
    public void open(Receiver receiver) {
        this.receiver = Objects.requireNonNull(receiver, "receiver");
        if (!open) {
            open = true;
            network.livenessChanged();
        }
    }

    @Override
    public void close() {
        if (open) {
            open = false;
            receiver = null;
            network.closed(index);
        }
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public boolean send(NodeId to, Message message) {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(message, "message");
        return open && network.courier().send(index, to, message);
    }

    @Override
    public void broadcast(Message message, int hopLimit) {
        Objects.requireNonNull(message, "message");
        if (hopLimit < 0) {
            throw new IllegalArgumentException("hop limit must be >= 0, got " + hopLimit);
        }
        if (open) {
            network.courier().broadcast(index, message, hopLimit);
        }
    }

    @Override
    public String toString() {
        return "SimTransport[" + self + (open ? ", open]" : ", closed]");
    }
}
