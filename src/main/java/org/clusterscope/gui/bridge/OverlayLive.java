package org.clusterscope.gui.bridge;

import java.util.List;
import java.util.Map;

import org.clusterscope.core.NodeId;
import org.clusterscope.gui.doc.LinkKey;

/**
 * Public mode as the canvas draws it (PROTOCOL.md §8), immutable: the discovered links up now
 * with the wall instant each appeared (it grows in for {@link #APPEAR_NANOS}), the links closed
 * lately (they fade out for {@link #VANISH_NANOS}), and the latest connection requests, each a
 * brief arc from asker to candidate that turns green when accepted and grey when refused.
 * Animations run on wall time, like the drops' fade, so a paused run still shows them finish.
 */
public record OverlayLive(Map<LinkKey, Long> discovered, List<Closed> closed, List<Request> requests) {

    public static final long APPEAR_NANOS = 600_000_000L;
    public static final long VANISH_NANOS = 700_000_000L;
    /** How long an answered request's arc stays on screen. */
    public static final long ANSWERED_NANOS = 1_000_000_000L;
    /** How long an unanswered request's arc stays (a candidate that stopped never answers). */
    public static final long PENDING_NANOS = 2_500_000_000L;

    public static final OverlayLive EMPTY = new OverlayLive(Map.of(), List.of(), List.of());

    public OverlayLive {
        discovered = Map.copyOf(discovered);
        closed = List.copyOf(closed);
        requests = List.copyOf(requests);
    }

    public boolean isEmpty() {
        return discovered.isEmpty() && closed.isEmpty() && requests.isEmpty();
    }

    /** A discovered link that closed at wall instant {@code wallNanos}. */
    public record Closed(LinkKey key, long wallNanos) {
    }

    /** What became of a request. */
    public enum Outcome {
        PENDING, ACCEPTED, REFUSED
    }

    /** {@code from} asked {@code to} at {@code askedNanos}; answered at {@code answeredNanos} (0 while pending). */
    public record Request(NodeId from, NodeId to, Outcome outcome, long askedNanos, long answeredNanos) {
    }

    /** How far a link has grown in at {@code wallNow}: 0 just made, 1 when fully drawn. */
    public static double appear(long bornNanos, long wallNow) {
        return clamp((wallNow - bornNanos) / (double) APPEAR_NANOS);
    }

    /** How much of a closed link is left at {@code wallNow}: 1 just closed, 0 gone. */
    public static double vanish(long closedNanos, long wallNow) {
        return 1 - clamp((wallNow - closedNanos) / (double) VANISH_NANOS);
    }

    /** Whether a request's arc is still shown at {@code wallNow}. */
    public static boolean shown(Request request, long wallNow) {
        return request.outcome() == Outcome.PENDING ? wallNow - request.askedNanos() < PENDING_NANOS
                : wallNow - request.answeredNanos() < ANSWERED_NANOS;
    }

    /** Whether something is still moving at {@code wallNow}, so the next frame must differ. */
    public boolean animating(long wallNow) {
        for (long born : discovered.values()) {
            if (appear(born, wallNow) < 1) {
                return true;
            }
        }
        for (Closed c : closed) {
            if (vanish(c.wallNanos(), wallNow) > 0) {
                return true;
            }
        }
        for (Request r : requests) {
            if (shown(r, wallNow)) {
                return true;
            }
        }
        return false;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
