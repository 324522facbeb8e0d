package org.clusterscope.scenario.check;

import org.clusterscope.core.SimTime;
import org.clusterscope.event.SimEvent;
import org.clusterscope.event.SimListener;

/**
 * Remembers the most telling event of the current simulation step, so that an invariant failure
 * can name the event that broke it: a role change beats a fault, which beats a packet.
 * {@link #clear()} after each step.
 */
public final class StepCause implements SimListener {

    private SimEvent best;
    private int bestRank;

    /**
     * A packet is the least telling cause of a step (rank 1) and a run sends thousands: headless
     * runs that only check (fuzz) then skip building packet events at all.
     */
    @Override
    public boolean wantsPackets() {
        return false;
    }

    @Override
    public void onEvent(SimEvent event) {
        int rank = rank(event);
        if (rank >= bestRank) {
            best = event;
            bestRank = rank;
        }
    }

    /** The event in words, or "" when the step emitted none. */
    public String describe() {
        return best == null ? "" : describe(best);
    }

    public void clear() {
        best = null;
        bestRank = 0;
    }

    static String describe(SimEvent event) {
        String at = SimTime.format(event.time()) + " ";
        if (event instanceof SimEvent.StateChanged s) {
            return at + s.node() + " " + s.from() + " -> " + s.to() + (s.reason() == null ? "" : " (" + s.reason() + ")");
        }
        if (event instanceof SimEvent.NodeStopped s) {
            return at + s.node() + " stopped (" + s.reason() + ")";
        }
        if (event instanceof SimEvent.NodeStarted s) {
            return at + s.node() + " started";
        }
        if (event instanceof SimEvent.PartitionChanged p) {
            return at + p.name() + (p.groups().isEmpty() ? "" : " " + p.groups());
        }
        if (event instanceof SimEvent.LinkChanged l) {
            return at + "link " + l.a() + "-" + l.b() + (l.up() ? " up" : " down");
        }
        return at + event.type();
    }

    private static int rank(SimEvent event) {
        if (event instanceof SimEvent.StateChanged) {
            return 4;
        }
        if (event instanceof SimEvent.NodeStopped || event instanceof SimEvent.NodeStarted) {
            return 3;
        }
        if (event instanceof SimEvent.PartitionChanged || event instanceof SimEvent.LinkChanged) {
            return 2;
        }
        return 1;
    }
}
