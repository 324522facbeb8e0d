package org.clusterscope.event;

import java.util.ArrayList;
import java.util.List;

/**
 * The fan-out of {@link SimEvent}s to listeners, in subscription order. Emitters may ask
 * {@link #hasListeners()} first to skip building events nobody reads, which matters on the hot
 * path of packet hops.
 */
public final class EventStream implements SimListener {

    private SimListener[] listeners = new SimListener[0];
    private boolean packetListeners;

    public void subscribe(SimListener listener) {
        List<SimListener> copy = new ArrayList<>(List.of(listeners));
        copy.add(listener);
        listeners = copy.toArray(SimListener[]::new);
        packetListeners = copy.stream().anyMatch(SimListener::wantsPackets);
    }

    public void unsubscribe(SimListener listener) {
        List<SimListener> copy = new ArrayList<>(List.of(listeners));
        copy.remove(listener);
        listeners = copy.toArray(SimListener[]::new);
        packetListeners = copy.stream().anyMatch(SimListener::wantsPackets);
    }

    /** Whether some listener wants packet events ({@link SimListener#wantsPackets()}). */
    public boolean hasPacketListeners() {
        return packetListeners;
    }

    public boolean hasListeners() {
        return listeners.length > 0;
    }

    /** Publishes an event to every listener. */
    @Override
    public void onEvent(SimEvent event) {
        for (SimListener listener : listeners) {
            listener.onEvent(event);
        }
    }
}
