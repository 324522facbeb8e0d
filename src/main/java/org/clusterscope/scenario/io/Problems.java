package org.clusterscope.scenario.io;

import java.util.ArrayList;
import java.util.List;

import org.clusterscope.scenario.ScenarioError;

/** Collects every problem of one file, each placed by its JSON path, then sorted in file order. */
final class Problems {

    private final String source;
    private final LocatedTree tree;
    private final List<ScenarioError> errors = new ArrayList<>();

    Problems(String source, LocatedTree tree) {
        this.source = source;
        this.tree = tree;
    }

    /** A problem with the value at {@code path}. */
    void at(String path, String message) {
        add(path, message, false);
    }

    /** A problem with the field name at {@code path} (an unknown or duplicate field). */
    void atKey(String path, String message) {
        add(path, message, true);
    }

    private void add(String path, String message, boolean atKey) {
        int[] position = tree.position(path, atKey);
        errors.add(new ScenarioError(source, position[0], position[1], path, message));
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    int count() {
        return errors.size();
    }

    /** Every problem, in the order of the file (stable for problems at one spot). */
    List<ScenarioError> sorted() {
        List<ScenarioError> copy = new ArrayList<>(errors);
        copy.sort(null);
        return copy;
    }
}
