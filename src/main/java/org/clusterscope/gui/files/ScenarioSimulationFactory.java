package org.clusterscope.gui.files;

import java.util.List;
import java.util.function.Supplier;

import org.clusterscope.gui.bridge.RuntimeSimulationPort;
import org.clusterscope.gui.bridge.SimulationPort;
import org.clusterscope.gui.run.SimulationFactory;
import org.clusterscope.runtime.Simulation;
import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.check.ExpectationSession;
import org.clusterscope.scenario.run.ScenarioRunner;

/**
 * Builds the simulation exactly as the command line would run the file the editor would save
 * now: {@link ScenarioRunner#build} of the current scenario (edited topology, recorded faults
 * included), with its expectations checked live.
 */
public final class ScenarioSimulationFactory implements SimulationFactory {

    private final Supplier<Scenario> scenario;

    public ScenarioSimulationFactory(Supplier<Scenario> scenario) {
        this.scenario = scenario;
    }

    @Override
    public SimulationPort create() {
        Scenario current = scenario.get();
        Simulation simulation = new ScenarioRunner(current).build(List.of());
        return new RuntimeSimulationPort(simulation,
                new ExpectationSession(current.expect(), simulation, current.runFor().micros()));
    }
}
