package org.clusterscope.gui.bridge;

import org.clusterscope.core.NodeId;

/**
 * A packet on a link: it left {@code from} at {@code depart} and arrives at {@code to} at
 * {@code arrive}. It is drawn moving from {@code depart} to {@code shownUntil}, which is at least
 * {@code arrive}: a 20 ms hop seen at 1× would be a flicker, so the animation lasts long enough
 * to follow by eye (like OMNeT++'s message animation), while the simulation itself is not slowed.
 */
public record Flight(String kind, NodeId from, NodeId to, long depart, long arrive, long shownUntil) {

    public Flight(String kind, NodeId from, NodeId to, long depart, long arrive) {
        this(kind, from, to, depart, arrive, arrive);
    }

    /** How far along the link the packet is drawn at virtual time {@code now}, from 0 to 1. */
    public double progress(long now) {
        if (shownUntil <= depart) {
            return 1;
        }
        double p = (now - depart) / (double) (shownUntil - depart);
        return p < 0 ? 0 : p > 1 ? 1 : p;
    }
}
