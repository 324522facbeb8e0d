package org.clusterscope.event;

/** Receives the simulation's events, on the simulation thread, in the order they happen. */
@FunctionalInterface
public interface SimListener {

    void onEvent(SimEvent event);
}
