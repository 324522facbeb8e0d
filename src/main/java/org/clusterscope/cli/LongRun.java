package org.clusterscope.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.clusterscope.core.SimTime;

/**
 * What a run that may last long owes its user: on a terminal, a progress line once it has run
 * for two seconds; and on Ctrl-C, a clean stop between two slices of the run, after which the
 * command prints the verdicts so far and its summary before the program ends.
 */
final class LongRun {

    private static final long SHOW_AFTER_NANOS = 2_000_000_000L;
    private static final long SHOW_EVERY_NANOS = 500_000_000L;

    private final long end;
    private final PrintWriter out;
    private final PrintStream terminal;
    private final long started = System.nanoTime();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;
    private volatile boolean stopRequested;
    private long lastShown;
    private int shownWidth;

    private LongRun(long end, PrintWriter out, PrintStream terminal) {
        this.end = end;
        this.out = out;
        this.terminal = terminal;
        this.hook = new Thread(this::interrupted, "stop-run");
    }

    /** Watches a run to {@code end} virtual microseconds; progress goes to the terminal, if there is one. */
    static LongRun start(long end, PrintWriter out) {
        LongRun run = new LongRun(end, out, System.console() != null ? System.err : null);
        try {
            Runtime.getRuntime().addShutdownHook(run.hook);
        } catch (IllegalStateException shuttingDown) {
            run.stopRequested = true;
        }
        return run;
    }

    /** Between two slices of the run: false once the user asked to stop. */
    boolean proceed(long now) {
        if (stopRequested) {
            return false;
        }
        if (terminal != null) {
            long nanos = System.nanoTime();
            if (nanos - started > SHOW_AFTER_NANOS && nanos - lastShown > SHOW_EVERY_NANOS) {
                lastShown = nanos;
                out.flush();
                String line = "  running: " + SimTime.format(now) + " of " + SimTime.format(end) + " simulated ("
                        + (now * 100 / Math.max(1, end)) + " %); Ctrl-C stops with a summary";
                terminal.print("\r" + line + " ".repeat(Math.max(0, shownWidth - line.length())));
                terminal.flush();
                shownWidth = line.length();
            }
        }
        return true;
    }

    /** Wipes the progress line before the results are printed. */
    void clear() {
        if (terminal != null && shownWidth > 0) {
            terminal.print("\r" + " ".repeat(shownWidth) + "\r");
            terminal.flush();
            shownWidth = 0;
        }
    }

    /** The command has printed everything: the program may end. */
    void done() {
        clear();
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running and waits for this very call
        }
    }

    /** Ctrl-C: ask the run to stop and wait, a while, for its summary to be printed. */
    private void interrupted() {
        stopRequested = true;
        try {
            finished.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
