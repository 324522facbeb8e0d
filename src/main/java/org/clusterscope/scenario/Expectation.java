package org.clusterscope.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.clusterscope.core.NodeState;
import org.clusterscope.core.Span;

/**
 * One entry of {@code expect}: a claim checked at one instant ({@link Timed}, {@code by}) or
 * after every simulation step ({@link Always}). SCENARIO_FORMAT.md "expect" defines each.
 */
public sealed interface Expectation {

    /** An expectation checked once, at {@code by}, after every event at or before it. */
    sealed interface Timed extends Expectation {
        Span by();
    }

    /** {@code { "by": t, "master": id, "among": [ids]? }}; {@code among} is null for all running nodes. */
    record Master(Span by, String master, List<String> among) implements Timed {
        public Master {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(master, "master");
            among = among == null ? null : List.copyOf(among);
        }
    }

    /** {@code { "by": t, "noMaster": [ids] }}. */
    record NoMaster(Span by, List<String> nodes) implements Timed {
        public NoMaster {
            Objects.requireNonNull(by, "by");
            nodes = List.copyOf(nodes);
        }
    }

    /** {@code { "by": t, "state": { id: state, … } }}, in file order. */
    record States(Span by, Map<String, NodeState> states) implements Timed {
        public States {
            Objects.requireNonNull(by, "by");
            states = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(states));
        }
    }

    /** {@code { "by": t, "masters": k }}. */
    record Masters(Span by, int count) implements Timed {
        public Masters {
            Objects.requireNonNull(by, "by");
        }
    }

    /** {@code { "by": t, "converged": true }}. */
    record Converged(Span by) implements Timed {
        public Converged {
            Objects.requireNonNull(by, "by");
        }
    }

    /** {@code { "by": t, "record": { node, group, key, value } }} (GDB). */
    record Record(Span by, String node, String group, String key, String value) implements Timed {
        public Record {
            Objects.requireNonNull(by, "by");
        }
    }

    /** {@code { "by": t, "noRecord": { node, group, key } }} (GDB). */
    record NoRecord(Span by, String node, String group, String key) implements Timed {
        public NoRecord {
            Objects.requireNonNull(by, "by");
        }
    }

    /**
     * {@code { "by": t, "overlay": { "minDegree": k?, "maxDegree": k?, "connected": b?, "maxDiameter": k? } }}
     * (SCENARIO_FORMAT.md "Public mode"): a null field is not checked.
     */
    record Overlay(Span by, Integer minDegree, Integer maxDegree, Boolean connected, Integer maxDiameter)
            implements Timed {
        public Overlay {
            Objects.requireNonNull(by, "by");
        }
    }

    /** {@code { "by": t, "degree": { id: k, … } }}, in file order: each node has exactly k up links to running nodes. */
    record Degree(Span by, Map<String, Integer> degrees) implements Timed {
        public Degree {
            Objects.requireNonNull(by, "by");
            degrees = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(degrees));
        }
    }

    /** {@code { "always": name, "from": t?, "grace": d? }}; null {@code from} and {@code grace} are absent. */
    record Always(InvariantKind invariant, Span from, Span grace) implements Expectation {
        public Always {
            Objects.requireNonNull(invariant, "invariant");
        }

        public long fromMicros() {
            return from == null ? 0 : from.micros();
        }

        public long graceMicros() {
            return grace == null ? 0 : grace.micros();
        }
    }

    /** Whether this expectation belongs to the GDB part of the format. */
    default boolean isGdb() {
        return this instanceof Record || this instanceof NoRecord;
    }
}
