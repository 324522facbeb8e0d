package org.clusterscope.gui;

import java.io.PrintStream;

import javafx.application.Application;

/** Starts the JavaFX application from a plain class, so the fat jar can open the window. */
public final class Launcher {

    /** The exit status when the window cannot open (no display, no GTK), as for an invalid file. */
    public static final int NO_WINDOW = 2;

    private Launcher() {
    }

    /**
     * Opens the window and returns when it closes: 0, or {@link #NO_WINDOW} after one line on
     * standard error when there is no display to open it on.
     *
     * @param args empty for the default demo, or the one scenario file to open
     */
    public static int open(String[] args) {
        return open(DisplayCheck.ofThisProcess(), System.err, () -> Application.launch(App.class, args));
    }

    /** {@link #open(String[])} with the check, the error stream and the launch given, for tests. */
    static int open(DisplayCheck check, PrintStream err, Runnable launch) {
        if (!check.hasDisplay()) {
            err.println(DisplayCheck.NO_DISPLAY);
            return NO_WINDOW;
        }
        try {
            launch.run();
            return 0;
        } catch (RuntimeException failure) {
            String line = DisplayCheck.explain(failure).orElseThrow(() -> failure);
            err.println(line);
            return NO_WINDOW;
        }
    }
}
