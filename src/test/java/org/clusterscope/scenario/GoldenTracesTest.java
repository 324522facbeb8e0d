package org.clusterscope.scenario;

import org.clusterscope.scenario.run.ScenarioRunner;

import java.nio.file.Path;
import java.util.List;

import org.clusterscope.core.SimTime;
import org.clusterscope.scenario.io.ScenarioReader;
import org.clusterscope.testkit.Golden;
import org.clusterscope.testkit.SemanticTrace;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One scenario and seed give one run, on every machine (DESIGN.md "Threads"): a few example
 * scenarios, run for their first seconds, must give the committed golden traces event for event
 * (packets, hops with their arrival times, votes, counts, role changes, faults). A difference
 * names its first line; {@code -Dgolden.update=true} rewrites the files after a change made on
 * purpose.
 */
class GoldenTracesTest {

    @ParameterizedTest(name = "{0} for {1} s")
    @CsvSource({
            "ring-kill-master, 12", // an election, then the master killed at 10 s
            "split-2-2, 12",        // both halves of a split dispatch themselves
            "quit-vs-kill, 12",     // a goodbye against a silent crash
            "lossy-slow-links, 6",  // jitter and loss draws
    })
    void theTraceIsTheGoldenOne(String name, int seconds) throws Exception {
        Scenario scenario = new ScenarioReader().read(Path.of("scenarios", name + ".json"));
        SemanticTrace trace = new SemanticTrace();

        new ScenarioRunner(scenario).run(SimTime.ms(seconds * 1_000L), List.of(trace));

        Golden.assertMatches("scenarios/" + name + ".seed" + scenario.seed() + "." + seconds + "s.jsonl", trace.lines());
    }
}
