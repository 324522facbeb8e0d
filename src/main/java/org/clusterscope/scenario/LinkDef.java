package org.clusterscope.scenario;

import java.util.List;
import java.util.Objects;

import org.clusterscope.net.LinkOverrides;

/**
 * One entry of {@code links}: a single link or a shape that stands for many (PROTOCOL.md §5).
 * Every shape carries the same {@link LinkOverrides}, applied to each link it makes.
 */
public sealed interface LinkDef {

    LinkOverrides overrides();

    /** The ids this entry names, in the order written. */
    List<String> nodeIds();

    /** {@code { "link": [a, b] }}. */
    record Single(String a, String b, LinkOverrides overrides) implements LinkDef {
        public Single {
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
            Objects.requireNonNull(overrides, "overrides");
        }

        public List<String> nodeIds() {
            return List.of(a, b);
        }
    }

    /** {@code { "ring": [ids] }}: each neighbour pair and the last to the first. */
    record Ring(List<String> ids, LinkOverrides overrides) implements LinkDef {
        public Ring {
            ids = List.copyOf(ids);
            Objects.requireNonNull(overrides, "overrides");
        }

        public List<String> nodeIds() {
            return ids;
        }
    }

    /** {@code { "clique": [ids] }}: every pair. */
    record Clique(List<String> ids, LinkOverrides overrides) implements LinkDef {
        public Clique {
            ids = List.copyOf(ids);
            Objects.requireNonNull(overrides, "overrides");
        }

        public List<String> nodeIds() {
            return ids;
        }
    }

    /** {@code { "star": center, "to": [ids] }}: the center to each other. */
    record Star(String center, List<String> to, LinkOverrides overrides) implements LinkDef {
        public Star {
            Objects.requireNonNull(center, "center");
            to = List.copyOf(to);
            Objects.requireNonNull(overrides, "overrides");
        }

        public List<String> nodeIds() {
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(center), to.stream()).toList();
        }
    }

    /** {@code { "connect": [[ids], [ids]] }}: every node of the first list to every node of the second. */
    record Connect(List<String> left, List<String> right, LinkOverrides overrides) implements LinkDef {
        public Connect {
            left = List.copyOf(left);
            right = List.copyOf(right);
            Objects.requireNonNull(overrides, "overrides");
        }

        public List<String> nodeIds() {
            return java.util.stream.Stream.concat(left.stream(), right.stream()).toList();
        }
    }
}
