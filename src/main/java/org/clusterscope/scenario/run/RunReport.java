package org.clusterscope.scenario.run;

import java.util.List;

import org.clusterscope.runtime.Simulation;
import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.check.ExpectationResult;

/** What a run gave: the verdict on every expectation (in file order) and the simulation as it ended. */
public record RunReport(Scenario scenario, Simulation simulation, List<ExpectationResult> results, long endMicros) {

    public RunReport {
        results = List.copyOf(results);
    }

    /** True when no expectation failed (skipped ones do not fail a run). */
    public boolean allHeld() {
        return results.stream().noneMatch(ExpectationResult::failed);
    }

    public long passed() {
        return results.stream().filter(ExpectationResult::passed).count();
    }

    public long failed() {
        return results.stream().filter(ExpectationResult::failed).count();
    }
}
