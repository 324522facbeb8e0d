package org.clusterscope.scenario;

import java.util.Objects;

/**
 * One thing wrong with a scenario file: where (file, line, column, JSON path) and what was
 * expected. Line and column count from 1; 0 means the position is unknown (a file that cannot
 * be read at all).
 */
public record ScenarioError(String source, int line, int column, String path, String message)
        implements Comparable<ScenarioError> {

    public ScenarioError {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** {@code ring.json:12:20: $.events[2].partition[1][0]: unknown node id "n9" …}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(source);
        if (line > 0) {
            text.append(':').append(line).append(':').append(column);
        }
        text.append(": ");
        if (!path.isEmpty()) {
            text.append(path).append(": ");
        }
        return text.append(message).toString();
    }

    @Override
    public int compareTo(ScenarioError other) {
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }
}
