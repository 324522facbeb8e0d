package org.clusterscope.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.clusterscope.scenario.InvalidScenarioException;
import org.clusterscope.scenario.ScenarioError;
import org.clusterscope.scenario.io.MalformedCorpus;
import org.clusterscope.scenario.io.ScenarioReader;

/**
 * {@code fuzz-input [FILE…] [--count N] [--seed S]}: reads a corpus of broken variants of the
 * given scenario files (the built-in demo by default) and checks that each is refused with
 * positioned errors, within 5 s and 512 MB of allocation each (SCENARIO_FORMAT.md "Input
 * limits"). Prints the slowest file and the one that allocated most. Exit 0 when all held, 1 otherwise.
 */
@Command(name = "fuzz-input", mixinStandardHelpOptions = true,
        description = "Reads N broken variants of scenario files and checks each is refused cleanly, within 5 s "
                + "and 512 MB. Exit 0 when all were, 1 otherwise.")
public final class FuzzInputCommand implements Callable<Integer> {

    private static final long MAX_NANOS = 5_000_000_000L;
    private static final long MAX_BYTES = 512L * 1024 * 1024;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Good scenario files to break (default: the demo).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--count", paramLabel = "N", description = "How many broken files (default: ${DEFAULT-VALUE}).")
    int count = 10_000;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the corpus (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = SafeWriter.of(spec.commandLine().getOut());
        List<byte[]> seeds = new ArrayList<>();
        for (Path file : files) {
            try {
                seeds.add(ScenarioReader.readLimited(file));
            } catch (InvalidScenarioException e) {
                e.errors().forEach(out::println);
                out.flush();
                return ExitCodes.INVALID;
            }
        }
        if (seeds.isEmpty()) {
            try (InputStream in = FuzzInputCommand.class.getResourceAsStream("/org/clusterscope/scenarios/ring-kill-master.json")) {
                if (in == null) {
                    out.println("no FILE given and no built-in demo found");
                    out.flush();
                    return ExitCodes.INVALID;
                }
                seeds.add(in.readAllBytes());
            }
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        ScenarioReader reader = new ScenarioReader();
        int bad = 0;
        long slowest = 0;
        String slowestName = "";
        long most = 0;
        String mostName = "";
        for (MalformedCorpus.Sample sample : MalformedCorpus.generate(seeds, count, seed)) {
            long bytesBefore = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            String problem = null;
            try {
                reader.read(sample.name(), sample.content());
                problem = "was accepted";
            } catch (InvalidScenarioException e) {
                for (ScenarioError error : e.errors()) {
                    if (error.line() <= 0 || error.path().isEmpty()) {
                        problem = "an error without its place: " + error;
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                problem = "escaped as " + e;
            }
            long nanos = System.nanoTime() - start;
            long bytes = threads.getCurrentThreadAllocatedBytes() - bytesBefore;
            if (problem == null && nanos > MAX_NANOS) {
                problem = "took " + nanos / 1_000_000 + " ms";
            }
            if (problem == null && bytes > MAX_BYTES) {
                problem = "allocated " + bytes / (1024 * 1024) + " MB";
            }
            if (nanos > slowest) {
                slowest = nanos;
                slowestName = sample.name();
            }
            if (bytes > most) {
                most = bytes;
                mostName = sample.name();
            }
            if (problem != null) {
                bad++;
                out.println(sample.name() + ": " + problem);
            }
        }
        out.println("fuzz-input: " + count + " broken files from seed " + seed + ", " + (count - bad)
                + " refused cleanly, " + bad + " not");
        out.println("  slowest: " + String.format(java.util.Locale.ROOT, "%.1f", slowest / 1e6) + " ms (" + slowestName
                + "), most allocated: " + most / (1024 * 1024) + " MB (" + mostName + ")");
        out.flush();
        return bad == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
