package org.clusterscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.clusterscope.core.Span;
import org.clusterscope.scenario.EventWording;
import org.clusterscope.scenario.Expectation;
import org.clusterscope.scenario.FaultSchedule;
import org.clusterscope.scenario.InvariantKind;
import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.check.ExpectationResult;
import org.clusterscope.scenario.run.RunReport;
import org.clusterscope.scenario.run.ScenarioRunner;

/**
 * {@code fuzz FILE}: runs the scenario many times, each with its own seed and a random fault
 * schedule drawn from that seed ({@link FaultSchedule}), and checks its expectations and
 * invariants. When the file has no {@code always}, atMostOneMasterPerComponent is checked with a
 * grace of one time to live and one heartbeat, the time two merging halves take to agree. Run i
 * uses seed {@code base + i}, so {@code fuzz FILE --runs 1 --seed S} replays run S exactly; every
 * failing seed is printed with that command (STYLE.md §4: a failure names its seed).
 */
@Command(name = "fuzz", mixinStandardHelpOptions = true,
        description = "Runs a scenario N times with random fault schedules, checks invariants and expectations, "
                + "prints every failing seed with the command that replays it. Exit 0 none failed, 1 some failed, "
                + "2 invalid file or arguments.")
public final class FuzzCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file.")
    Path file;

    @Option(names = "--runs", paramLabel = "N", description = "How many runs (default: ${DEFAULT-VALUE}).")
    int runs = 20;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the first run (default: the file's seed).")
    Long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (runs < 1) {
            err.println("invalid --runs " + runs + ": expected 1 or more");
            err.flush();
            return ExitCodes.INVALID;
        }
        Scenario scenario = RunnableScenario.read(file, err);
        if (scenario == null) {
            return ExitCodes.INVALID;
        }
        if (scenario.expect().stream().noneMatch(e -> e instanceof Expectation.Always)) {
            List<Expectation> expect = new ArrayList<>(scenario.expect());
            // two masters meeting after a heal is the protocol for up to a time to live (SCENARIO_FORMAT.md "grace")
            Span grace = Span.ofMicros((scenario.protocol().ttlMs() + scenario.protocol().heartbeatMs()) * 1000);
            expect.add(new Expectation.Always(InvariantKind.AT_MOST_ONE_MASTER_PER_COMPONENT, null, grace));
            if (scenario.gdb() != null && !scenario.gdb().clusters().isEmpty()) {
                // replicated records: the replicas agree once the network has been whole for two sync periods
                expect.add(new Expectation.Always(InvariantKind.GDB_REPLICAS_AGREE, null, null));
            }
            scenario = scenario.withExpect(expect);
        }
        long base = seed != null ? seed : scenario.seed();
        out.println("fuzz " + scenario.name() + ": " + runs + (runs == 1 ? " run" : " runs") + " from seed " + base);
        List<Long> failing = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long runSeed = base + i;
            Scenario variant = FaultSchedule.apply(scenario, runSeed);
            List<String> problems = run(variant);
            if (!problems.isEmpty()) {
                failing.add(runSeed);
                out.println("seed " + runSeed + ": FAIL with faults " + FaultSchedule.faults(scenario, runSeed).stream()
                        .map(EventWording::of).collect(Collectors.joining(", ")));
                problems.forEach(problem -> out.println("  " + problem));
                out.println("  replay: java -jar target/clusterscope.jar fuzz " + file + " --runs 1 --seed " + runSeed);
            }
            out.flush();
        }
        out.println("summary: " + failing.size() + " of " + runs + " runs failed"
                + (failing.isEmpty() ? "" : " (seeds " + failing.stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")) + ")"));
        out.flush();
        return failing.isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /** The failed verdicts of one run, or the crash that stopped it; empty when it held. */
    private static List<String> run(Scenario variant) {
        try {
            RunReport report = new ScenarioRunner(variant).run(variant.runFor().micros(), List.of());
            return report.results().stream().filter(ExpectationResult::failed).map(ExpectationResult::line).toList();
        } catch (RuntimeException e) {
            return List.of("CRASH " + e);
        }
    }
}
