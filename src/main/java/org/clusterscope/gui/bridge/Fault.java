package org.clusterscope.gui.bridge;

import java.util.List;

import org.clusterscope.core.NodeId;

/**
 * A fault the user applies by hand. Each is a small named value (STYLE.md §5): the bridge
 * applies it on the simulation thread, the log narrates it, and "record" mode turns it into a
 * timed scenario event.
 */
public sealed interface Fault {

    /** A few plain words for the log, e.g. "kill n1". */
    String describe();

    record Kill(NodeId node) implements Fault {
        public String describe() {
            return "kill " + node;
        }
    }

    record Quit(NodeId node) implements Fault {
        public String describe() {
            return "quit " + node;
        }
    }

    record Restart(NodeId node) implements Fault {
        public String describe() {
            return "restart " + node;
        }
    }

    /** Kill whoever is master when the fault is applied. */
    record KillMaster() implements Fault {
        public String describe() {
            return "kill the master";
        }
    }

    record Partition(List<List<NodeId>> groups) implements Fault {
        public Partition {
            groups = groups.stream().map(List::copyOf).toList();
        }

        public String describe() {
            return "partition " + groups;
        }
    }

    /** A named nemesis pattern ("halves", "random-halves", "isolate", "bridge", "majorities-ring"). */
    record Nemesis(String pattern, NodeId node) implements Fault {
        public String describe() {
            return "nemesis " + pattern + (node == null ? "" : " " + node);
        }
    }

    record Heal() implements Fault {
        public String describe() {
            return "heal";
        }
    }

    record LinkDown(NodeId a, NodeId b) implements Fault {
        public String describe() {
            return "link " + a + "—" + b + " down";
        }
    }

    record LinkUp(NodeId a, NodeId b) implements Fault {
        public String describe() {
            return "link " + a + "—" + b + " up";
        }
    }

    /** New latency, jitter (ms) and loss (0–1) for one link. */
    record SetLink(NodeId a, NodeId b, double latencyMs, double jitterMs, double loss) implements Fault {
        public String describe() {
            return String.format("link %s—%s: %s ms ± %s ms, loss %.0f%%", a, b, trim(latencyMs), trim(jitterMs),
                    loss * 100);
        }

        private static String trim(double value) {
            return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
        }
    }
}
