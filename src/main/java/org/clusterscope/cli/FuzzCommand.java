package org.clusterscope.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.clusterscope.scenario.EventWording;
import org.clusterscope.scenario.FaultKind;
import org.clusterscope.scenario.FaultSchedule.Fault;
import org.clusterscope.scenario.FaultSchedule;
import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.io.IoErrors;
import org.clusterscope.scenario.io.ScenarioWriter;
import org.clusterscope.scenario.run.FuzzRun;

/**
 * {@code fuzz FILE}: runs the scenario many times, each with its own seed and a random fault
 * schedule drawn from that seed ({@link FaultSchedule}), and checks its invariants (SCENARIO_FORMAT.md
 * "The command line"). By default only invariants count, the file's {@code always} checks or,
 * when it has none, atMostOneMasterPerComponent with a grace of one time to live and one
 * heartbeat: a failure then means the protocol did what it must never do. {@code --strict} adds
 * the file's timed expectations. Run i uses seed {@code base + i}; every failure is shrunk to the
 * smallest schedule that still fails the same way, printed with a command that replays it when
 * pasted (STYLE.md §4: a failure names its seed) and, with {@code --save-failures}, written as a
 * scenario file that {@code run} replays and the desktop app opens.
 */
@Command(name = "fuzz", mixinStandardHelpOptions = true,
        description = "Runs a scenario N times with random fault schedules and checks its invariants (--strict: "
                + "its timed expectations too); prints every failing seed shrunk to its smallest schedule, with "
                + "the command that replays it. Exit 0 none failed, 1 some failed, 2 invalid file or arguments.")
public final class FuzzCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file.")
    Path file;

    @Option(names = "--runs", paramLabel = "N", description = "How many runs (default: ${DEFAULT-VALUE}).")
    int runs = 20;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the first run (default: the file's seed).")
    Long seed;

    @Option(names = "--faults", paramLabel = "KINDS", split = ",",
            description = "Kinds of fault to draw, comma-separated: kill, quit, restart, partition, nemesis, link, loss "
                    + "(default: all).")
    List<String> faultNames;

    @Option(names = "--jobs", paramLabel = "J", description = "Runs at once (default: the processors).")
    Integer jobs;

    @Option(names = "--strict", description = "Also check the file's timed expectations, not only invariants.")
    boolean strict;

    @Option(names = "--save-failures", paramLabel = "DIR",
            description = "Write each shrunk failure to DIR as a scenario file that run replays.")
    Path saveFailures;

    @Spec
    CommandSpec spec;

    /** What one seed gave, shrunk when it failed. */
    private record Result(long seed, List<Fault> faults, FuzzRun.Outcome outcome, List<Fault> shrunk,
            FuzzRun.Outcome shrunkOutcome) {
    }

    @Override
    public Integer call() {
        PrintWriter out = SafeWriter.of(spec.commandLine().getOut());
        PrintWriter err = SafeWriter.of(spec.commandLine().getErr());
        if (runs < 1) {
            return invalid(err, "invalid --runs " + runs + ": expected 1 or more");
        }
        int threads = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        if (threads < 1) {
            return invalid(err, "invalid --jobs " + threads + ": expected 1 or more");
        }
        Set<FaultKind> kinds = EnumSet.allOf(FaultKind.class);
        if (faultNames != null) {
            kinds = EnumSet.noneOf(FaultKind.class);
            for (String name : faultNames) {
                FaultKind kind = FaultKind.named(name);
                if (kind == null) {
                    return invalid(err, "invalid --faults \"" + name + "\": expected kill, quit, restart, partition, "
                            + "nemesis, link or loss");
                }
                kinds.add(kind);
            }
        }
        if (saveFailures != null) {
            try {
                Files.createDirectories(saveFailures);
            } catch (IOException e) {
                return invalid(err, saveFailures + ": cannot make the folder (" + IoErrors.reason(e) + ")");
            }
        }
        Scenario read = RunnableScenario.read(file, err);
        if (read == null) {
            return ExitCodes.INVALID;
        }
        Scenario scenario = FuzzRun.checked(read, strict);
        long base = seed != null ? seed : scenario.seed();
        out.println("fuzz " + scenario.name() + ": " + runs + (runs == 1 ? " run" : " runs") + " from seed " + base
                + (strict ? ", invariants and timed expectations" : ", invariants only")
                + (faultNames != null ? ", faults " + kinds.stream().map(FaultKind::optionName)
                        .collect(Collectors.joining(",")) : ""));
        out.flush();

        Set<FaultKind> chosen = kinds;
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "fuzz");
            thread.setDaemon(true);
            return thread;
        });
        Progress progress = new Progress(runs);
        List<Long> failing = new ArrayList<>();
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long runSeed = base + i;
                futures.add(pool.submit(() -> {
                    Result result = one(scenario, runSeed, chosen);
                    progress.done(result.outcome().hasFailed());
                    return result;
                }));
            }
            // the report is in seed order, whatever order the runs end in
            for (Future<Result> future : futures) {
                Result result = future.get();
                if (result.outcome().hasFailed()) {
                    failing.add(result.seed());
                    progress.clear();
                    report(result, scenario, out);
                }
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.FAILED;
        } catch (ExecutionException e) {
            err.println("fuzz stopped: " + e.getCause());
            err.flush();
            return ExitCodes.FAILED;
        } finally {
            pool.shutdownNow();
            progress.clear();
        }
        out.println("summary: " + failing.size() + " of " + runs + " runs failed"
                + (failing.isEmpty() ? "" : " (seeds " + failing.stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")) + ")"));
        out.flush();
        return failing.isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private static Result one(Scenario scenario, long runSeed, Set<FaultKind> kinds) {
        List<Fault> faults = FaultSchedule.draw(scenario, runSeed, kinds);
        FuzzRun run = new FuzzRun(scenario, runSeed);
        FuzzRun.Outcome outcome = run.run(faults);
        if (!outcome.hasFailed()) {
            return new Result(runSeed, faults, outcome, faults, outcome);
        }
        List<Fault> shrunk = run.shrink(faults, outcome);
        return new Result(runSeed, faults, outcome, shrunk, run.run(shrunk));
    }

    private void report(Result result, Scenario scenario, PrintWriter out) {
        out.println("seed " + result.seed() + ": FAIL with faults " + wording(result.faults()));
        result.outcome().failures().forEach(problem -> out.println("  " + problem));
        if (result.shrunk().size() < result.faults().size() || !result.shrunk().equals(result.faults())) {
            out.println("  shrunk to " + result.shrunk().size() + (result.shrunk().size() == 1 ? " fault: " : " faults: ")
                    + wording(result.shrunk()));
            result.shrunkOutcome().failures().forEach(problem -> out.println("    " + problem));
        }
        List<String> replay = new ArrayList<>(List.of("fuzz", file.toAbsolutePath().toString(), "--runs", "1",
                "--seed", Long.toString(result.seed())));
        if (faultNames != null) {
            replay.add("--faults");
            replay.add(String.join(",", faultNames));
        }
        if (strict) {
            replay.add("--strict");
        }
        out.println("  replay: " + Launch.command(replay));
        if (saveFailures != null) {
            Path target = saveFailures.resolve(scenario.name() + "-seed-" + result.seed() + ".json");
            Scenario shrunk = FaultSchedule.apply(scenario, result.seed(), result.shrunk());
            try {
                new ScenarioWriter().write(shrunk, target);
                out.println("  saved: " + target + "; replay it with: "
                        + Launch.command(List.of("run", target.toAbsolutePath().toString())));
            } catch (IOException e) {
                out.println("  " + target + ": cannot be saved (" + IoErrors.reason(e) + ")");
            }
        }
    }

    private static String wording(List<Fault> faults) {
        return faults.isEmpty() ? "none (the file's own events fail)"
                : FaultSchedule.events(faults).stream().map(EventWording::of).collect(Collectors.joining(", "));
    }

    private static int invalid(PrintWriter err, String message) {
        err.println(message);
        err.flush();
        return ExitCodes.INVALID;
    }

    /**
     * Runs done, failures, runs per second and time left: a line redrawn on a terminal, a plain
     * line at each tenth of the runs otherwise (on the error stream, apart from the report).
     */
    private static final class Progress {
        private final int total;
        private final long started = System.nanoTime();
        private final PrintStream terminal = System.console() != null ? System.err : null;
        private int done;
        private int failed;
        private int width;
        private long lastShown;

        Progress(int total) {
            this.total = total;
        }

        synchronized void done(boolean failedRun) {
            done++;
            failed += failedRun ? 1 : 0;
            long now = System.nanoTime();
            if (terminal != null) {
                if (now - lastShown > 200_000_000L || done == total) {
                    lastShown = now;
                    String line = bar() + " " + done + "/" + total + " runs, " + failed + " failed, " + rate()
                            + ", " + left() + " left";
                    terminal.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
                    terminal.flush();
                    width = line.length();
                }
            } else if (total >= 50 && done % (total / 10) == 0) {
                System.err.println("progress: " + done + " of " + total + " runs, " + failed + " failed, " + rate()
                        + ", " + left() + " left");
            }
        }

        synchronized void clear() {
            if (terminal != null && width > 0) {
                terminal.print("\r" + " ".repeat(width) + "\r");
                terminal.flush();
                width = 0;
                lastShown = 0;
            }
        }

        synchronized String rate() {
            double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
            return String.format(java.util.Locale.ROOT, "%.1f runs/s", done / seconds);
        }

        private String left() {
            double seconds = (System.nanoTime() - started) / 1e9;
            long remaining = done == 0 ? 0 : Math.round(seconds / done * (total - done));
            return remaining >= 60 ? remaining / 60 + "m" + remaining % 60 + "s" : remaining + "s";
        }

        private String bar() {
            int filled = done * 20 / total;
            return "[" + "#".repeat(filled) + ".".repeat(20 - filled) + "]";
        }
    }
}
