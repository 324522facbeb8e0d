package org.clusterscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.clusterscope.scenario.InvalidScenarioException;
import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.ScenarioError;
import org.clusterscope.scenario.io.ScenarioReader;

/** Reading a scenario for a command that runs it (`run`, `fuzz`): valid. */
final class RunnableScenario {

    private RunnableScenario() {
    }

    /**
     * The scenario in {@code file}, or null after printing to {@code err} every error of the
     * file (exit status 2 then).
     */
    static Scenario read(Path file, PrintWriter err) {
        Scenario scenario;
        try {
            scenario = new ScenarioReader().read(file);
        } catch (InvalidScenarioException e) {
            e.errors().stream().map(ScenarioError::toString).forEach(err::println);
            err.flush();
            return null;
        }
        return scenario;
    }
}
