package org.clusterscope.scenario.io;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.clusterscope.scenario.Scenario;

/**
 * Brings a scenario tree written in an older format up to {@link Scenario#CURRENT_FORMAT}, one
 * step at a time, before it is bound (STYLE.md §10, after Akka's {@code JsonMigration}): a file of
 * format 1 read by a version that writes format 3 goes through the step 1→2, then 2→3. Each step
 * edits the JSON tree only, so the binder knows one format.
 *
 * <p>Format 1 is the first format, so the standard chain is empty today; when a format 2 comes,
 * its step from 1 joins {@link #standard()} and a format-1 fixture stays in the tests for good.
 */
public final class FormatMigrations {

    /** One step: turns a tree of format {@link #from()} into format {@code from() + 1}. */
    public interface Step {
        int from();

        void apply(ObjectNode root);
    }

    private final Map<Integer, Step> steps = new TreeMap<>();
    private final int current;

    /** A chain of steps ending at {@code current}; every format from the oldest step up must have its step. */
    public FormatMigrations(int current, List<Step> chain) {
        this.current = current;
        for (Step step : chain) {
            if (step.from() >= current || steps.put(step.from(), step) != null) {
                throw new IllegalArgumentException("migration steps must be distinct and older than " + current);
            }
        }
        int expected = current - 1;
        for (int from : ((TreeMap<Integer, Step>) steps).descendingKeySet()) {
            if (from != expected--) {
                throw new IllegalArgumentException("no migration step from format " + (from + 1));
            }
        }
    }

    /** The chain this version of ClusterScope reads with. */
    public static FormatMigrations standard() {
        return new FormatMigrations(Scenario.CURRENT_FORMAT, List.of());
    }

    public int current() {
        return current;
    }

    /** The oldest format this chain can bring up to date. */
    public int oldest() {
        return steps.isEmpty() ? current : ((TreeMap<Integer, Step>) steps).firstKey();
    }

    public boolean canRead(int format) {
        return format >= oldest() && format <= current;
    }

    /** Applies every step from {@code format} to the current one, then sets {@code "format"} to the current. */
    public void migrate(ObjectNode root, int format) {
        if (!canRead(format)) {
            throw new IllegalArgumentException("cannot migrate format " + format);
        }
        for (int from = format; from < current; from++) {
            steps.get(from).apply(root);
        }
        root.put("format", current);
    }
}
