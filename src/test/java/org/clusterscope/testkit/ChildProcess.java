package org.clusterscope.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * A process a test starts (a node, a Tcl member) whose output lines the test waits on. Output
 * and error are read into one list as they come; a wait is answered by the line that matches,
 * with a generous timeout as a safety net only. Closing it kills the process if it still runs.
 */
public final class ChildProcess implements AutoCloseable {

    private final String label;
    private final Process process;
    private final List<String> lines = new ArrayList<>();
    /** Who waits for which line; guarded by {@code lines}. */
    private final List<Waiter> waiters = new ArrayList<>();
    private boolean ended;

    private record Waiter(Predicate<String> line, CompletableFuture<String> found) {
    }

    private ChildProcess(String label, Process process) {
        this.label = label;
        this.process = process;
        Thread reader = new Thread(this::read, label + "-output");
        reader.setDaemon(true);
        reader.start();
    }

    public static ChildProcess start(String label, List<String> command) {
        try {
            return new ChildProcess(label, new ProcessBuilder(command).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + label + ": " + command, e);
        }
    }

    /**
     * A Java process on this test run's class path, running {@code mainClass} with {@code args},
     * whose temporary files (Unix sockets) go to {@code temp}.
     */
    public static List<String> java(Path temp, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "-Djava.io.tmpdir=" + temp.toAbsolutePath(), "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(args);
        return command;
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                synchronized (lines) {
                    lines.add(line);
                    for (Waiter waiter : waiters) {
                        if (waiter.line().test(line)) {
                            waiter.found().complete(line);
                        }
                    }
                }
            }
        } catch (IOException e) {
            // the process ended
        }
        synchronized (lines) {
            ended = true;
            waiters.forEach(waiter -> waiter.found().completeExceptionally(new IOException(label + " ended")));
        }
    }

    /** Sends one line to the process's standard input. */
    public void type(String line) {
        try {
            OutputStream in = process.getOutputStream();
            in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(label + " does not take input any more", e);
        }
    }

    /**
     * Waits until some output line matches; returns it. Fails naming what was awaited, with the
     * output, when the process ends first or the timeout (a safety net) runs out.
     */
    public String await(String what, Predicate<String> line, long timeoutMillis) {
        Waiter waiter = new Waiter(line, new CompletableFuture<>());
        synchronized (lines) {
            for (String each : lines) {
                if (line.test(each)) {
                    return each;
                }
            }
            if (ended) {
                throw failure(label + " ended", what);
            }
            waiters.add(waiter);
        }
        try {
            return waiter.found().get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw failure("timed out after " + timeoutMillis + " ms", what);
        } catch (ExecutionException e) {
            throw failure(label + " ended", what);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        } finally {
            synchronized (lines) {
                waiters.remove(waiter);
            }
        }
    }

    private AssertionError failure(String why, String what) {
        return new AssertionError(why + " waiting for " + label + " to print " + what + "; its output:\n" + output());
    }

    /** Waits for a line containing {@code text}. */
    public String await(String text, long timeoutMillis) {
        return await("'" + text + "'", each -> each.contains(text), timeoutMillis);
    }

    /** Waits until the process has ended; its exit status. */
    public int awaitExit(long timeoutMillis) {
        try {
            if (!process.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
                throw new AssertionError(label + " still runs after " + timeoutMillis + " ms; its output:\n" + output());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        }
    }

    /** Every line so far, one per line. */
    public String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    public List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** Kills the process at once (SIGKILL): a crash, with no chance to say goodbye. */
    public void crash() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            crash();
        }
    }
}
