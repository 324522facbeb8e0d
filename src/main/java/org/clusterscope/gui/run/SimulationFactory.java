package org.clusterscope.gui.run;

import org.clusterscope.gui.bridge.SimulationPort;

/**
 * Builds a fresh simulation, at virtual time 0, from what the editor holds now. Called on the
 * FX thread; the simulation it returns is from then on used only on the simulation thread.
 */
public interface SimulationFactory {

    /** A new simulation of the current document, or an exception whose message a user can read. */
    SimulationPort create();
}
