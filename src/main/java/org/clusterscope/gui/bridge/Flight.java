package org.clusterscope.gui.bridge;

import org.clusterscope.core.NodeId;

/** A packet on a link: it left {@code from} at {@code depart} and arrives at {@code to} at {@code arrive}. */
public record Flight(String kind, NodeId from, NodeId to, long depart, long arrive) {

    /** How far along the link the packet is at virtual time {@code now}, from 0 to 1. */
    public double progress(long now) {
        if (arrive <= depart) {
            return 1;
        }
        double p = (now - depart) / (double) (arrive - depart);
        return p < 0 ? 0 : p > 1 ? 1 : p;
    }
}
