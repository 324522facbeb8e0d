package org.clusterscope.gui.bridge;

import java.util.Optional;

import org.clusterscope.core.NodeId;
import org.clusterscope.event.SimListener;
import org.clusterscope.runtime.Command;
import org.clusterscope.runtime.Simulation;
import org.clusterscope.scenario.check.ExpectationSession;

/** Adapts the runtime's {@link Simulation} to the {@link SimulationPort} the driver runs. */
public final class RuntimeSimulationPort implements SimulationPort {

    private final Simulation simulation;
    private final ExpectationSession checks;

    private long steps;

    public RuntimeSimulationPort(Simulation simulation, ExpectationSession checks) {
        this.simulation = simulation;
        this.checks = checks;
        simulation.addStepListener(() -> steps++);
    }

    @Override
    public long steps() {
        return steps;
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
        return checks.drain().stream().map(RuntimeSimulationPort::verdict).toList();
    }

    @Override
    public org.clusterscope.runtime.GdbPicture gdbPicture() {
        return simulation.gdbPicture();
    }

    @Override
    public void setGdbMember(String cluster, NodeId node, String role) {
        simulation.setGdbMember(cluster, node, role);
    }

    @Override
    public void subscribe(SimListener listener) {
        simulation.subscribe(listener);
    }

    @Override
    public Optional<NodeId> currentMaster() {
        return simulation.currentMaster();
    }

    @Override
    public boolean apply(Command command) {
        return simulation.apply(command);
    }

    @Override
    public boolean publicMode() {
        return simulation.overlay().isPresent();
    }

    @Override
    public java.util.List<org.clusterscope.runtime.overlay.NodeOverlay> overlayNodes() {
        return simulation.overlay().map(org.clusterscope.runtime.overlay.PublicOverlay::nodes)
                .orElse(java.util.List.of());
    }

    @Override
    public OverlaySample overlaySample() {
        if (simulation.overlay().isEmpty()) {
            return null;
        }
        return OverlayMeasure.of(org.clusterscope.scenario.check.OverlayGraph.of(simulation), simulation.now());
    }

    /** A badge's verdict: passed, failed, or null when the claim is not checked (skipped). */
    private static CheckVerdict verdict(ExpectationSession.Update update) {
        Boolean passed = switch (update.verdict()) {
            case PASS -> Boolean.TRUE;
            case FAIL -> Boolean.FALSE;
            case SKIP -> null;
        };
        return new CheckVerdict(update.index(), passed, update.detail());
    }
}
