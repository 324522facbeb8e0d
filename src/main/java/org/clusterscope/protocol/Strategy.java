package org.clusterscope.protocol;

import java.util.Locale;

import org.clusterscope.core.NodeId;

/**
 * How a node ranks candidates (PROTOCOL.md §3 rule 1): the lowest port, or the earliest birth.
 * Ties go to the smaller id compared as strings, so every node ranks the same way.
 */
public enum Strategy {
    PORT("lowest port"),
    TIME("earliest birth");

    private final String words;

    Strategy(String words) {
        this.words = words;
    }

    /** The value this strategy ranks by: smaller is better. */
    public long key(int port, long birth) {
        return this == PORT ? port : birth;
    }

    /** Whether the candidate ({@code keyA}, {@code a}) ranks before ({@code keyB}, {@code b}). */
    public static boolean ranksBefore(long keyA, NodeId a, long keyB, NodeId b) {
        return keyA < keyB || (keyA == keyB && a.compareTo(b) < 0);
    }

    /** "lowest port" or "earliest birth", for explanations. */
    public String words() {
        return words;
    }

    /** The name used in scenario files: {@code "port"} or {@code "time"}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code "port"} or {@code "time"}; anything else is an {@link IllegalArgumentException} naming the choices. */
    public static Strategy parse(String name) {
        for (Strategy strategy : values()) {
            if (strategy.jsonName().equals(name)) {
                return strategy;
            }
        }
        throw new IllegalArgumentException("unknown strategy '" + name + "' (expected port or time)");
    }

    @Override
    public String toString() {
        return jsonName();
    }
}
