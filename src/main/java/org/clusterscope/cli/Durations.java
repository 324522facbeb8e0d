package org.clusterscope.cli;

import java.io.PrintWriter;

import org.clusterscope.core.Span;

/** Reads a duration option with {@link Span#parseInput}, as every duration a person types is read. */
final class Durations {

    private Durations() {
    }

    /** Microseconds, or null after printing why the text is not a duration. */
    static Long parse(String text, PrintWriter err, String option) {
        try {
            Span span = Span.parseInput(text);
            if (span.micros() == 0) {
                err.println("invalid " + option + " '" + text + "': expected a duration longer than 0s");
                err.flush();
                return null;
            }
            return span.micros();
        } catch (IllegalArgumentException e) {
            err.println("invalid " + option + " '" + text + "': " + e.getMessage());
            err.flush();
            return null;
        }
    }
}
