package org.clusterscope.gui.bridge;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clusterscope.core.NodeId;
import org.clusterscope.event.SimEvent;
import org.clusterscope.gui.doc.LinkKey;

/**
 * Folds the overlay events of public mode (PROTOCOL.md §8) into an {@link OverlayLive}: which
 * discovered links are up, which closed lately, and the requests of the last moments with their
 * outcome. Simulation thread only, like the {@link LiveWorld} that owns it.
 */
final class OverlayFold {

    /** Beyond this many arcs (a fast run asks much), the oldest are forgotten: they are faded anyway. */
    private static final int MAX_REQUESTS = 300;
    private static final int MAX_CLOSED = 300;

    private final Map<LinkKey, Long> discovered = new LinkedHashMap<>();
    private final Map<LinkKey, Long> closed = new LinkedHashMap<>();
    /** Requests by (asker, candidate), the newest last. */
    private final Map<List<NodeId>, OverlayLive.Request> requests = new LinkedHashMap<>();
    private boolean seen;

    void onEvent(SimEvent.OverlayEvent event, long wallNanos) {
        seen = true;
        if (event instanceof SimEvent.ConnectRequest e) {
            List<NodeId> pair = List.of(e.a(), e.b());
            requests.remove(pair);
            requests.put(pair, new OverlayLive.Request(e.a(), e.b(), OverlayLive.Outcome.PENDING, wallNanos, 0));
            trim(requests, MAX_REQUESTS);
        } else if (event instanceof SimEvent.Connect e) {
            answered(e.a(), e.b(), OverlayLive.Outcome.ACCEPTED, wallNanos);
            LinkKey key = LinkKey.of(e.a(), e.b());
            closed.remove(key);
            discovered.put(key, wallNanos);
        } else if (event instanceof SimEvent.Refuse e) {
            // a refuses b's request: the arc runs from the asker b to a
            answered(e.b(), e.a(), OverlayLive.Outcome.REFUSED, wallNanos);
        } else if (event instanceof SimEvent.Disconnect e) {
            LinkKey key = LinkKey.of(e.a(), e.b());
            if (discovered.remove(key) != null) {
                closed.put(key, wallNanos);
                trim(closed, MAX_CLOSED);
            }
        }
    }

    private void answered(NodeId asker, NodeId candidate, OverlayLive.Outcome outcome, long wallNanos) {
        List<NodeId> pair = List.of(asker, candidate);
        OverlayLive.Request asked = requests.remove(pair);
        long at = asked == null ? wallNanos : asked.askedNanos();
        requests.put(pair, new OverlayLive.Request(asker, candidate, outcome, at, wallNanos));
        trim(requests, MAX_REQUESTS);
    }

    /** A picture at {@code wallNow}, forgetting the arcs and closed links whose animation is over. */
    OverlayLive freeze(long wallNow) {
        if (!seen) {
            return OverlayLive.EMPTY;
        }
        requests.values().removeIf(r -> !OverlayLive.shown(r, wallNow));
        closed.values().removeIf(at -> OverlayLive.vanish(at, wallNow) <= 0);
        List<OverlayLive.Closed> gone = new ArrayList<>(closed.size());
        closed.forEach((key, at) -> gone.add(new OverlayLive.Closed(key, at)));
        return new OverlayLive(discovered, gone, new ArrayList<>(requests.values()));
    }

    private static <K, V> void trim(Map<K, V> map, int max) {
        Iterator<K> oldest = map.keySet().iterator();
        while (map.size() > max && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }
}
