package org.clusterscope;

import org.clusterscope.cli.ClusterScopeCommand;
import org.clusterscope.gui.Launcher;

import picocli.CommandLine;

/**
 * The entry point of {@code clusterscope.jar}. Without arguments it opens the desktop app; with
 * arguments it runs a command-line mode ({@code run}, {@code validate}, {@code fuzz},
 * {@code bench}, …), or {@code open FILE} opens the app with that scenario. It deliberately does
 * not extend {@code Application}: a fat jar whose main class does fails with "JavaFX runtime
 * components are missing", and {@code mvn javafx:run} would start the toolkit before any check
 * for a display could run.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // no arguments: the window, which refuses in one line (exit 2) when there is no display
        System.exit(args.length == 0 ? Launcher.open(args) : execute(args));
    }

    /** Runs the command line and returns its exit status, without exiting the JVM. */
    public static int execute(String... args) {
        return ClusterScopeCommand.commandLine((org.clusterscope.cli.OpenCommand.Opener) (file, live) -> Launcher.open(
                live ? new String[] {file.toString(), "--live"} : new String[] {file.toString()})).execute(args);
    }
}
