package org.clusterscope.gui.files;

import java.util.List;
import java.util.function.Supplier;

import org.clusterscope.gui.bridge.RuntimeSimulationPort;
import org.clusterscope.gui.bridge.SimulationPort;
import org.clusterscope.gui.run.SimulationFactory;
import org.clusterscope.runtime.Simulation;
import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.check.ExpectationSession;
import org.clusterscope.scenario.run.RunScript;
import org.clusterscope.scenario.run.ScenarioRunner;

/**
 * Builds the simulation exactly as the command line would run the file the editor would save
 * now: {@link ScenarioRunner#build} of the current scenario (edited topology, recorded faults
 * included), with its expectations checked live.
 */
public class ScenarioSimulationFactory implements SimulationFactory {

    private final Supplier<Scenario> scenario;

    public ScenarioSimulationFactory(Supplier<Scenario> scenario) {
        this.scenario = scenario;
    }

    @Override
    public SimulationPort create() {
        return create(script());
    }

    @Override
    public RunScript script() {
        return RunScript.of(scenario.get());
    }

    @Override
    public SimulationPort create(RunScript script) {
        Scenario current = script.scenario();
        Simulation simulation = script.build(List.of());
        return new RuntimeSimulationPort(simulation,
                new ExpectationSession(current.expect(), simulation, current.runFor().micros()));
    }
}
