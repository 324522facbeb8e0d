package org.clusterscope.event;

/** Receives the simulation's events, on the simulation thread, in the order they happen. */
@FunctionalInterface
public interface SimListener {

    void onEvent(SimEvent event);

    /**
     * Whether this listener wants the packet events (sent, hop, delivered, dropped), by far the
     * most numerous: when no listener does, the network does not build them at all.
     */
    default boolean wantsPackets() {
        return true;
    }
}
