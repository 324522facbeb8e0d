package org.clusterscope.scenario;

import java.util.Locale;

/** The kinds of fault {@code fuzz --faults} draws from, by the names the option takes. */
public enum FaultKind {
    /** A node crashes without a word, and starts again later. */
    KILL,
    /** A node leaves with a goodbye, and starts again later. */
    QUIT,
    /** A node restarts at once. */
    RESTART,
    /** The nodes split in two random groups, healed later. */
    PARTITION,
    /** A nemesis pattern (NemesisPattern), healed later. */
    NEMESIS,
    /** One link goes down and comes back. */
    LINK,
    /** One link turns slow and lossy and gets its settings back. */
    LOSS;

    /** The name on the command line: {@code kill}, {@code partition}, … */
    public String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named {@code name}, or null. */
    public static FaultKind named(String name) {
        for (FaultKind kind : values()) {
            if (kind.optionName().equals(name.strip().toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        return null;
    }
}
