package org.clusterscope.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Golden files (DESIGN.md "Tests"): a small committed file of semantic events, one per line,
 * under {@code src/test/resources/golden/}. A run is compared with it line by line and a
 * mismatch names the first line that differs, with both versions and the lines before it.
 * Run the tests with {@code -Dgolden.update=true} to write the files anew after a change made
 * on purpose, then read the diff before committing it.
 */
public final class Golden {

    public static final Path FOLDER = Path.of("src/test/resources/golden");
    /** The system property that rewrites golden files instead of comparing with them. */
    public static final String UPDATE = "golden.update";
    private static final int CONTEXT = 3;

    private Golden() {
    }

    /** Compares {@code actual} with the golden file {@code name}, or rewrites it under {@code -Dgolden.update=true}. */
    public static void assertMatches(String name, List<String> actual) {
        Path file = FOLDER.resolve(name);
        if (Boolean.getBoolean(UPDATE)) {
            write(file, actual);
            return;
        }
        assertThat(Files.exists(file)).as("no golden file %s: run the tests once with -D%s=true to write it, "
                + "and commit it", file, UPDATE).isTrue();
        String difference = firstDifference(read(file), actual);
        assertThat(difference).as("%s differs from this run. If the change is on purpose, rewrite it with "
                + "-D%s=true and read the diff before committing it", file, UPDATE).isNull();
    }

    /** The first line where {@code expected} and {@code actual} differ, in words with context, or null if none does. */
    public static String firstDifference(List<String> expected, List<String> actual) {
        return firstDifference(expected, actual, "golden", "run");
    }

    /** The same, naming the two sides {@code expectedName} and {@code actualName} (at most 8 letters each). */
    public static String firstDifference(List<String> expected, List<String> actual, String expectedName,
            String actualName) {
        int shared = Math.min(expected.size(), actual.size());
        for (int i = 0; i < shared; i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                return describe(expected, actual, i, expectedName, actualName);
            }
        }
        if (expected.size() != actual.size()) {
            return describe(expected, actual, shared, expectedName, actualName);
        }
        return null;
    }

    private static String describe(List<String> expected, List<String> actual, int at, String expectedName,
            String actualName) {
        StringBuilder text = new StringBuilder();
        text.append("first difference at line ").append(at + 1).append(" (").append(expectedName).append(' ')
                .append(expected.size()).append(" lines, ").append(actualName).append(' ').append(actual.size())
                .append(" lines)\n");
        for (int i = Math.max(0, at - CONTEXT); i < at; i++) {
            text.append(String.format("%8s | ", "same")).append(expected.get(i)).append('\n');
        }
        text.append(String.format("%8s | ", expectedName))
                .append(at < expected.size() ? expected.get(at) : "(end)").append('\n');
        text.append(String.format("%8s | ", actualName))
                .append(at < actual.size() ? actual.get(at) : "(end)").append('\n');
        return text.toString();
    }

    private static List<String> read(Path file) {
        try {
            return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, List<String> lines) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
