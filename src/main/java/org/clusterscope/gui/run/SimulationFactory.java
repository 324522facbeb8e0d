package org.clusterscope.gui.run;

import org.clusterscope.gui.bridge.SimulationPort;

/**
 * Builds a fresh simulation, at virtual time 0, from what the editor holds now. Called on the
 * FX thread; the simulation it returns is from then on used only on the simulation thread.
 */
public interface SimulationFactory {

    /** A new simulation of the current document, or an exception whose message a user can read. */
    SimulationPort create();

    /**
     * The script of the run {@link #create()} would start now (the document's scenario with its
     * seed), so that the run can be rebuilt at any instant and forked; null when this factory
     * cannot replay (then the window neither rewinds nor branches).
     */
    default org.clusterscope.scenario.run.RunScript script() {
        return null;
    }

    /** A new simulation, at virtual time 0, of {@code script} (one from {@link #script()}, maybe forked). */
    default SimulationPort create(org.clusterscope.scenario.run.RunScript script) {
        return create();
    }
}
