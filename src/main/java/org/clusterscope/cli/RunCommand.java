package org.clusterscope.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.clusterscope.core.SimTime;
import org.clusterscope.core.Span;
import org.clusterscope.event.SimListener;
import org.clusterscope.scenario.Narrator;
import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.TrafficCounter;
import org.clusterscope.scenario.check.ExpectationResult;
import org.clusterscope.scenario.io.SafeFile;
import org.clusterscope.scenario.io.TraceWriter;
import org.clusterscope.scenario.run.RunReport;
import org.clusterscope.scenario.run.ScenarioRunner;

/**
 * {@code run FILE}: runs a scenario headless, narrates it, and judges its expectations
 * (SCENARIO_FORMAT.md "The command line"). Exit 0 when every expectation holds, 1 when one
 * failed, 2 when the file or the arguments are invalid or the scenario needs what this version
 * cannot run yet. Several files (a shell glob such as {@code scenarios/*.json}) run one after the
 * other, each under a {@code == FILE} header; the exit status is then the worst of them.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs a scenario headless: a narrated timeline, one PASS/FAIL line per expectation, "
                + "a summary. Exit 0 all expectations hold, 1 one failed, 2 invalid file or arguments.")
public final class RunCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "The scenario file; several files run one after the other.")
    List<Path> files;

    /** The file being run, for messages. */
    private Path file;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for every random draw (default: the file's).")
    Long seed;

    @Option(names = "--for", paramLabel = "DURATION",
            description = "How long to run, " + Span.INPUT_HINT + " (default: the file's runFor).")
    String runFor;

    @Option(names = "--trace", paramLabel = "OUT.jsonl", description = "Write every event as JSON Lines to this file.")
    Path trace;

    @Mixin
    DiagramOutputs drawings = new DiagramOutputs();

    @Option(names = "--quiet", description = "Print only the expectation lines and the summary, not the timeline.")
    boolean quiet;

    @Option(names = "--log", paramLabel = "SECTIONS",
            description = "Print only these sections of the timeline, comma-separated: discovery, election, overlay, "
                    + "network, faults, gdb, notes (default: all).")
    String log;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = SafeWriter.of(spec.commandLine().getOut());
        PrintWriter err = SafeWriter.of(spec.commandLine().getErr());
        if (trace != null && files.size() > 1) {
            err.println("--trace takes one scenario file, not " + files.size());
            err.flush();
            return ExitCodes.INVALID;
        }
        sections = org.clusterscope.scenario.LogSection.all();
        if (log != null) {
            sections = logSections(log, err);
            if (sections == null) {
                return ExitCodes.INVALID;
            }
        }
        if (drawings.wanted() && files.size() > 1) {
            err.println("--diagram and --report take one scenario file, not " + files.size());
            err.flush();
            return ExitCodes.INVALID;
        }
        int worst = ExitCodes.OK;
        for (Path each : files) {
            if (files.size() > 1) {
                out.println("== " + each);
                out.flush();
            }
            file = each;
            worst = Math.max(worst, runFile(out, err));
            if (files.size() > 1 && !quiet) {
                out.println();
            }
        }
        out.flush();
        return worst;
    }

    private java.util.Set<org.clusterscope.scenario.LogSection> sections;

    /** The sections {@code --log} names (SCENARIO_FORMAT.md "The command line"), or null after an error message. */
    private static java.util.Set<org.clusterscope.scenario.LogSection> logSections(String text, PrintWriter err) {
        java.util.Set<org.clusterscope.scenario.LogSection> chosen =
                java.util.EnumSet.noneOf(org.clusterscope.scenario.LogSection.class);
        for (String name : text.split(",", -1)) {
            org.clusterscope.scenario.LogSection section = org.clusterscope.scenario.LogSection.fromName(name.strip());
            if (section == null) {
                err.println("--log: unknown section \"" + org.clusterscope.core.PrintableText.escape(name.strip())
                        + "\" (expected a comma-separated list of: discovery, election, overlay, network, faults, gdb,"
                        + " notes)");
                err.flush();
                return null;
            }
            chosen.add(section);
        }
        return chosen;
    }

    /** Runs {@link #file}; its exit status. */
    private int runFile(PrintWriter out, PrintWriter err) {
        Scenario scenario = RunnableScenario.read(file, err);
        if (scenario == null) {
            return ExitCodes.INVALID;
        }
        if (seed != null) {
            scenario = scenario.withSeed(seed);
        }
        long end = scenario.runFor().micros();
        if (runFor != null) {
            Long parsed = Durations.parse(runFor, err, "--for");
            if (parsed == null) {
                return ExitCodes.INVALID;
            }
            end = parsed;
        }
        if (!drawings.check(file, end, err)) {
            return ExitCodes.INVALID;
        }
        return run(scenario, new ScenarioRunner(scenario), end, out, err);
    }

    private int run(Scenario scenario, ScenarioRunner runner, long end, PrintWriter out, PrintWriter err) {
        if (!quiet) {
            out.println(scenario.name() + (scenario.title() == null ? "" : ": " + scenario.title()));
            out.println("  seed " + scenario.seed() + ", " + scenario.roster().nodes().size() + " nodes, runs for "
                    + SimTime.format(end) + ", election " + scenario.protocol().election() + " by "
                    + scenario.protocol().strategy().jsonName());
        }
        List<SimListener> listeners = new ArrayList<>();
        TrafficCounter traffic = new TrafficCounter();
        listeners.add(traffic);
        if (!quiet) {
            listeners.add(new Narrator(out::println).showing(sections));
        }
        listeners.addAll(drawings.listeners(scenario));
        TraceWriter traceWriter = null;
        SafeFile.Pending traceFile = null;
        if (trace != null) {
            if (SafeFile.sameFile(trace, file)) {
                err.println(trace + ": is the scenario being run; the trace would overwrite it (give another file)");
                err.flush();
                return ExitCodes.INVALID;
            }
            try {
                traceFile = SafeFile.open(trace);
                traceWriter = new TraceWriter(traceFile.stream());
                listeners.add(traceWriter);
            } catch (IOException e) {
                err.println(trace + ": cannot write the trace (" + SafeFile.reason(e) + ")");
                err.flush();
                return ExitCodes.INVALID;
            }
        }
        RunReport report;
        LongRun longRun = LongRun.start(end, out);
        try {
            report = runner.run(end, listeners, longRun::proceed);
        } catch (RuntimeException e) {
            longRun.done();
            if (traceFile != null) {
                traceFile.abandon();
            }
            // a crash inside the simulation is a failed run, told in one line, not a stack trace
            out.flush();
            err.println(file + ": the run stopped: " + e);
            err.flush();
            return ExitCodes.FAILED;
        }
        if (traceWriter != null) {
            try {
                traceWriter.close();
                traceFile.commit();
            } catch (IOException e) {
                traceFile.abandon();
                err.println(trace + ": the trace could not be written whole (" + SafeFile.reason(e) + ")");
                err.flush();
                longRun.done();
                return ExitCodes.INVALID;
            }
        }
        longRun.clear();
        if (drawings.write(scenario, report, out, err) != ExitCodes.OK) {
            longRun.done();
            return ExitCodes.INVALID;
        }
        if (!quiet) {
            out.println();
        }
        if (report.endMicros() < end) {
            out.println("stopped by the user at " + SimTime.format(report.endMicros()) + " of " + SimTime.format(end)
                    + "; what was not checked yet is skipped");
        }
        for (ExpectationResult result : report.results()) {
            out.println(result.line());
        }
        long skipped = report.results().size() - report.passed() - report.failed();
        out.println("summary: " + report.passed() + " of " + report.results().size() + " expectations passed"
                + (report.failed() > 0 ? ", " + report.failed() + " failed" : "")
                + (skipped > 0 ? ", " + skipped + " skipped" : "") + "; " + SimTime.format(report.endMicros())
                + " simulated; " + traffic.summary());
        out.flush();
        longRun.done();
        return report.allHeld() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
