package org.clusterscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.clusterscope.scenario.InvalidScenarioException;
import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.ScenarioError;
import org.clusterscope.scenario.io.ScenarioReader;
import org.clusterscope.scenario.run.ScenarioRunner;

/** Reading a scenario for a command that runs it (`run`, `fuzz`): valid, and using nothing this version cannot run. */
final class RunnableScenario {

    private RunnableScenario() {
    }

    /**
     * The scenario in {@code file}, or null after printing to {@code err} every error of the
     * file, or the one line that says which parts of it do not run yet (exit status 2 then).
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
        List<String> unsupported = new ScenarioRunner(scenario).unsupported();
        if (!unsupported.isEmpty()) {
            err.println(file + ": not supported yet: the GDB layer does not run in this version ("
                    + String.join(", ", unsupported) + "); nothing was run");
            err.flush();
            return null;
        }
        return scenario;
    }
}
