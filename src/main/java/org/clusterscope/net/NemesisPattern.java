package org.clusterscope.net;

import java.util.Locale;

/** The named partition patterns of a {@code nemesis} event (PROTOCOL.md §6, after Jepsen). */
public enum NemesisPattern {
    HALVES,
    RANDOM_HALVES,
    ISOLATE,
    BRIDGE,
    MAJORITIES_RING;

    /** The name in files: {@code random-halves}, {@code majorities-ring}, … */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The pattern with this file name, or null. */
    public static NemesisPattern fromJson(String name) {
        for (NemesisPattern pattern : values()) {
            if (pattern.jsonName().equals(name)) {
                return pattern;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return jsonName();
    }
}
