package org.clusterscope.runtime.overlay;

import org.clusterscope.event.SimEvent;

/**
 * Hears the overlay change: a {@link SimEvent.ConnectRequest}, {@link SimEvent.Connect},
 * {@link SimEvent.Refuse} or {@link SimEvent.Disconnect}, each with its two nodes and its
 * reason. The same events travel on the simulation's event stream too.
 */
@FunctionalInterface
public interface OverlayListener {

    void onOverlayEvent(SimEvent.OverlayEvent event);
}
