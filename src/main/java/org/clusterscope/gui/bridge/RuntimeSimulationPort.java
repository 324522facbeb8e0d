package org.clusterscope.gui.bridge;

import java.util.Optional;

import org.clusterscope.core.NodeId;
import org.clusterscope.event.SimListener;
import org.clusterscope.net.sim.LinkSettings;
import org.clusterscope.net.sim.Nemesis;
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
    public boolean apply(Fault fault) {
        if (fault instanceof Fault.Kill f) {
            simulation.kill(f.node());
        } else if (fault instanceof Fault.Quit f) {
            simulation.quit(f.node());
        } else if (fault instanceof Fault.Restart f) {
            simulation.restart(f.node());
        } else if (fault instanceof Fault.KillMaster) {
            Optional<NodeId> master = simulation.currentMaster();
            if (master.isEmpty()) {
                return false;
            }
            simulation.kill(master.get());
        } else if (fault instanceof Fault.Partition f) {
            simulation.partition(f.groups());
        } else if (fault instanceof Fault.Nemesis f) {
            simulation.nemesis(nemesis(f.pattern(), f.node()));
        } else if (fault instanceof Fault.Heal) {
            simulation.heal();
        } else if (fault instanceof Fault.LinkDown f) {
            simulation.linkDown(f.a(), f.b());
        } else if (fault instanceof Fault.LinkUp f) {
            simulation.linkUp(f.a(), f.b());
        } else if (fault instanceof Fault.SetLink f) {
            simulation.setLink(f.a(), f.b(), new LinkSettings(f.latencyMs(), f.jitterMs(), f.loss()));
        }
        return true;
    }

    /** The nemesis pattern of a scenario name (PROTOCOL.md §6). */
    public static Nemesis nemesis(String pattern, NodeId node) {
        return switch (pattern) {
            case "halves" -> new Nemesis.Halves();
            case "random-halves" -> new Nemesis.RandomHalves();
            case "isolate" -> new Nemesis.Isolate(node);
            case "bridge" -> new Nemesis.Bridge();
            case "majorities-ring" -> new Nemesis.MajoritiesRing();
            default -> throw new IllegalArgumentException("unknown nemesis pattern '" + pattern + "'");
        };
    }
}
