package org.clusterscope.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.clusterscope.event.SimEvent;
import org.clusterscope.scenario.check.ExpectationResult;
import org.clusterscope.scenario.check.Verdict;
import org.clusterscope.scenario.io.ScenarioReader;
import org.clusterscope.scenario.run.RunReport;
import org.clusterscope.scenario.run.ScenarioRunner;

/** Running scenarios: every example passes, and failures say what was seen instead. */
class ScenarioRunnerTest {

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    private static Scenario read(String file) throws Exception {
        return new ScenarioReader().read(Path.of(file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleScenarioPassesAndIsTeachable(Path file) throws Exception {
        Scenario scenario = new ScenarioReader().read(file);

        RunReport report = new ScenarioRunner(scenario).run(scenario.runFor().micros(), List.of());

        assertThat(report.results()).extracting(ExpectationResult::line).allMatch(line -> line.startsWith("PASS"));
        assertThat(report.results()).isNotEmpty();
        assertThat(scenario.title()).isNotBlank();
        assertThat(scenario.description()).hasSizeGreaterThan(120);
    }

    @Test
    void theFormatPageExamplePassesWithTheNarratedOutcome() throws Exception {
        Scenario scenario = read("scenarios/ring-kill-master.json");
        List<String> timeline = new ArrayList<>();

        RunReport report = new ScenarioRunner(scenario).run(scenario.runFor().micros(),
                List.of(new Narrator(timeline::add)));

        assertThat(report.results()).extracting(ExpectationResult::line).containsExactly(
                "PASS by 8s master n1",
                "PASS by 18s master n2",
                "PASS by 28s state n5=dispatched",
                "PASS by 28s master n2 among n2,n3,n4",
                "PASS by 38s master n1",
                "PASS always atMostOneMasterPerComponent");
        assertThat(timeline).anyMatch(line -> line.contains("10.000s  n1 is killed"));
        assertThat(timeline).anyMatch(line -> line.contains("n2 becomes MASTER"));
        assertThat(timeline).anyMatch(line -> line.contains("n5 dispatches itself: lost 3 > connected 1"));
        assertThat(timeline).anyMatch(line -> line.contains("partition: {n2,n3,n4} | {n5} | {n1}"));
    }

    @Test
    void failedExpectationsSayWhatWasSeenInstead() throws Exception {
        Scenario scenario = read("src/test/resources/scenarios/runs/wrong-expectations.json");

        RunReport report = new ScenarioRunner(scenario).run(scenario.runFor().micros(), List.of());

        assertThat(report.results()).extracting(ExpectationResult::line).containsExactly(
                "FAIL by 5s master a2: a2 is slave, a1 names a1 (master), a3 names a1, b1 names b1 (master), "
                        + "b2 names b1, b3 names b1",
                "PASS by 5s masters 2",
                "FAIL by 5s converged: a1,a2,a3 name a1; b1,b2,b3 name b1",
                "FAIL by 5s noMaster b2: b2 names b1",
                "FAIL by 5s state a1=slave: a1 is master",
                "PASS always atMostOneMasterPerComponent",
                "FAIL always atMostOneMaster: at 1s 2 masters: {a1,b1} (after 1s b1 joining -> master "
                        + "(b1 is master: 3 of 3 votes)); 1 more time later",
                "PASS always atMostOneMaster from 1s grace 20s");
        assertThat(report.allHeld()).isFalse();
    }

    @Test
    void anAtMasterThatNamesNobodyIsSkippedWithAWarning() throws Exception {
        Scenario scenario = read("src/test/resources/scenarios/runs/nobody-is-master.json");
        List<SimEvent> events = new ArrayList<>();

        RunReport report = new ScenarioRunner(scenario).run(scenario.runFor().micros(), List.of(events::add));

        assertThat(events).filteredOn(e -> e instanceof SimEvent.Warning).extracting(e -> ((SimEvent.Warning) e).text())
                .containsExactly("kill @master at 2s: no running node is master, so the command is skipped");
        assertThat(report.allHeld()).isTrue();
    }

    @Test
    void expectationsBeyondAShortenedRunAreSkippedNotFailed() throws Exception {
        Scenario scenario = read("scenarios/ring-kill-master.json");

        RunReport report = new ScenarioRunner(scenario).run(20_000_000L, List.of());

        assertThat(report.results()).extracting(ExpectationResult::verdict).containsExactly(
                Verdict.PASS, Verdict.PASS, Verdict.SKIP, Verdict.SKIP, Verdict.SKIP, Verdict.PASS);
        assertThat(report.results().get(2).line()).isEqualTo("SKIP by 28s state n5=dispatched: the run ends at 20s");
        assertThat(report.allHeld()).isTrue();
    }

    @Test
    void gdbWritesRunAndTheirRecordsAreChecked() throws Exception {
        Scenario scenario = read("src/test/resources/scenarios/runs/uses-gdb.json");

        RunReport report = new ScenarioRunner(scenario).run(scenario.runFor().micros(), List.of());

        assertThat(report.results()).extracting(ExpectationResult::line)
                .containsExactly("PASS by 5s record n2 g.gdb.x/k=v");
    }

    @Test
    void buildingGivesTheGuiTheSameSimulationWithNothingRunYet() throws Exception {
        Scenario scenario = read("scenarios/tezt-star-clique.json");

        var sim = new ScenarioRunner(scenario).build(List.of());

        assertThat(sim.nodeIds()).extracting(Object::toString).containsExactlyElementsOf(scenario.roster().ids());
        assertThat(sim.links()).hasSize(5 + 6 + 4);
        assertThat(sim.now()).isZero();
        assertThat(sim.snapshot(org.clusterscope.core.NodeId.of("leaf.3")).port()).isEqualTo(8103);
    }
}
