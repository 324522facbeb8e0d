package org.clusterscope.scenario;

import java.util.List;
import java.util.Objects;

/** What a scenario event does (SCENARIO_FORMAT.md "events" and "GDB clusters"). */
public sealed interface Action {

    /** The field name of this action in a file, e.g. {@code "kill"}. */
    String keyword();

    /** The four life actions on one node. */
    enum LifeKind {
        KILL, QUIT, RESTART, START;

        public String keyword() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** {@code kill}, {@code quit}, {@code restart} or {@code start} of a node or of {@code @master}. */
    record Life(LifeKind kind, NodeTarget target) implements Action {
        public Life {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(target, "target");
        }

        public String keyword() {
            return kind.keyword();
        }
    }

    /** {@code partition}: these groups, plus one group of every node not named. */
    record Partition(List<List<String>> groups) implements Action {
        public Partition {
            groups = groups.stream().map(List::copyOf).toList();
        }

        public String keyword() {
            return "partition";
        }
    }

    /** {@code nemesis}: a named pattern; {@code node} is the one to cut off for {@code isolate}, or null. */
    record Nemesis(NemesisPattern pattern, String node) implements Action {
        public Nemesis {
            Objects.requireNonNull(pattern, "pattern");
        }

        public String keyword() {
            return "nemesis";
        }
    }

    /** {@code heal}: removes every partition and brings every link back up. */
    record Heal() implements Action {
        public String keyword() {
            return "heal";
        }
    }

    /** {@code linkDown}: takes the link between a and b down. */
    record LinkDown(String a, String b) implements Action {
        public String keyword() {
            return "linkDown";
        }
    }

    /** {@code linkUp}: brings the link between a and b back up. */
    record LinkUp(String a, String b) implements Action {
        public String keyword() {
            return "linkUp";
        }
    }

    /** {@code setLink}: changes a link's latency, jitter or loss. */
    record SetLink(String a, String b, LinkOverrides overrides) implements Action {
        public SetLink {
            Objects.requireNonNull(overrides, "overrides");
        }

        public String keyword() {
            return "setLink";
        }
    }

    /** {@code tags}: replaces a node's tags. */
    record SetTags(String node, List<String> tags) implements Action {
        public SetTags {
            tags = List.copyOf(tags);
        }

        public String keyword() {
            return "tags";
        }
    }

    /** {@code note}: a line of narration for the log and the timeline. */
    record Note(String text) implements Action {
        public Note {
            Objects.requireNonNull(text, "text");
        }

        public String keyword() {
            return "note";
        }
    }

    /** {@code write}: a node writes a GDB record. */
    record GdbWrite(String node, String group, String key, String value) implements Action {
        public String keyword() {
            return "write";
        }
    }

    /** {@code delete}: a node deletes a GDB record. */
    record GdbDelete(String node, String group, String key) implements Action {
        public String keyword() {
            return "delete";
        }
    }

    /** {@code netDown}: takes a GDB network offline. */
    record NetDown(String net) implements Action {
        public String keyword() {
            return "netDown";
        }
    }

    /** {@code netUp}: brings a GDB network back. */
    record NetUp(String net) implements Action {
        public String keyword() {
            return "netUp";
        }
    }

    /** Whether this action belongs to the GDB part of the format. */
    default boolean isGdb() {
        return this instanceof GdbWrite || this instanceof GdbDelete || this instanceof NetDown
                || this instanceof NetUp;
    }
}
