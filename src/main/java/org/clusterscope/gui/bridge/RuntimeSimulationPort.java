package org.clusterscope.gui.bridge;

import org.clusterscope.runtime.Command;

import java.util.Optional;

import org.clusterscope.core.NodeId;
import org.clusterscope.event.SimListener;
import org.clusterscope.runtime.Simulation;

/** Adapts the runtime's {@link Simulation} to the {@link SimulationPort} the driver runs. */
public final class RuntimeSimulationPort implements SimulationPort {

    private final Simulation simulation;
    private final LiveChecks checks;

    public RuntimeSimulationPort(Simulation simulation, LiveChecks checks) {
        this.simulation = simulation;
        this.checks = checks;
    }

    public Simulation simulation() {
        return simulation;
    }

    @Override
    public long now() {
        return simulation.now();
    }

    @Override
    public boolean step() {
        boolean ran = simulation.step();
        checks.checkDue(simulation.now() - 1);
        return ran;
    }

    /** Stops at every instant a check is due, so that it sees every event at or before it and none after. */
    @Override
    public void runUntil(long time) {
        while (checks.nextInstant() <= time) {
            long instant = checks.nextInstant();
            simulation.runUntil(instant);
            checks.checkDue(instant);
        }
        simulation.runUntil(time);
    }

    @Override
    public java.util.List<CheckVerdict> drainVerdicts() {
        return checks.drain();
    }

    @Override
    public void subscribe(SimListener listener) {
        simulation.events().subscribe(listener);
    }

    @Override
    public Optional<NodeId> currentMaster() {
        return simulation.currentMaster();
    }

    @Override
    public boolean apply(Command command) {
        return simulation.apply(command);
    }
}
