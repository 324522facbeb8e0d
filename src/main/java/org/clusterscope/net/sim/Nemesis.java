package org.clusterscope.net.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import org.clusterscope.core.NodeId;
import org.clusterscope.net.NemesisPattern;

/**
 * The named partition patterns of PROTOCOL.md §6, after Jepsen's nemeses. Each computes the
 * groups of a partition over the nodes running at that instant, given in scenario order; the
 * network applies them, and nodes not running fall into the implicit extra group, cut off from
 * everyone. Groups may overlap: two nodes keep their link when some group holds both.
 */
public sealed interface Nemesis {

    /** Which of the named patterns this is. */
    NemesisPattern pattern();

    /** The pattern's name as written in a scenario file. */
    default String name() {
        return pattern().jsonName();
    }

    /** The groups this pattern makes of {@code running} (scenario order), drawing from {@code random} if it shuffles. */
    List<List<NodeId>> groups(List<NodeId> running, RandomGenerator random);

    /** Split at ⌊n/2⌋, smaller half first. */
    record Halves() implements Nemesis {
        public NemesisPattern pattern() {
            return NemesisPattern.HALVES;
        }

        public List<List<NodeId>> groups(List<NodeId> running, RandomGenerator random) {
            return NemesisShapes.halves(running);
        }
    }

    /** {@link Halves} after a shuffle. */
    record RandomHalves() implements Nemesis {
        public NemesisPattern pattern() {
            return NemesisPattern.RANDOM_HALVES;
        }

        public List<List<NodeId>> groups(List<NodeId> running, RandomGenerator random) {
            return NemesisShapes.halves(NemesisShapes.shuffled(running, random));
        }
    }

    /** Cuts one node (the given one, or a random running one when {@code node} is null) off from all others. */
    record Isolate(NodeId node) implements Nemesis {
        public NemesisPattern pattern() {
            return NemesisPattern.ISOLATE;
        }

        public List<List<NodeId>> groups(List<NodeId> running, RandomGenerator random) {
            if (running.isEmpty()) {
                return List.of();
            }
            NodeId victim = node != null ? node : running.get(random.nextInt(running.size()));
            List<NodeId> others = new ArrayList<>(running);
            if (!others.remove(victim)) {
                // the named node is not running: it already sits in the extra group, cut off
                return List.of(List.copyOf(running));
            }
            List<List<NodeId>> groups = new ArrayList<>();
            groups.add(List.of(victim));
            if (!others.isEmpty()) {
                groups.add(List.copyOf(others));
            }
            return List.copyOf(groups);
        }
    }

    /**
     * Two halves that cannot see each other and one node, the first of the larger half, that sees
     * both: groups {@code [smaller + bridge]} and {@code [larger]}, overlapping in the bridge.
     */
    record Bridge() implements Nemesis {
        public NemesisPattern pattern() {
            return NemesisPattern.BRIDGE;
        }

        public List<List<NodeId>> groups(List<NodeId> running, RandomGenerator random) {
            List<List<NodeId>> halves = NemesisShapes.halves(running);
            if (halves.size() < 2) {
                return halves;
            }
            List<NodeId> smaller = new ArrayList<>(halves.get(0));
            List<NodeId> larger = halves.get(1);
            smaller.add(larger.get(0));
            return List.of(List.copyOf(smaller), larger);
        }
    }

    /**
     * The shuffled nodes form a ring; a link stays up only between nodes within ring distance
     * d = ⌈⌊n/2⌋/2⌉, so each node sees 2d+1 nodes counting itself, a majority, and no two see the same
     * set. The groups are the n windows of d+1 consecutive ring nodes: two nodes share a window
     * exactly when they are within distance d.
     */
    record MajoritiesRing() implements Nemesis {
        public NemesisPattern pattern() {
            return NemesisPattern.MAJORITIES_RING;
        }

        public List<List<NodeId>> groups(List<NodeId> running, RandomGenerator random) {
            List<NodeId> ring = NemesisShapes.shuffled(running, random);
            int n = ring.size();
            int reach = (n / 2 + 1) / 2;
            if (n == 0) {
                return List.of();
            }
            if (2 * reach + 1 >= n) {
                // everyone is within reach of everyone: one group, nothing cut
                return List.of(List.copyOf(ring));
            }
            List<List<NodeId>> windows = new ArrayList<>(n);
            for (int start = 0; start < n; start++) {
                List<NodeId> window = new ArrayList<>(reach + 1);
                for (int k = 0; k <= reach; k++) {
                    window.add(ring.get((start + k) % n));
                }
                windows.add(List.copyOf(window));
            }
            return List.copyOf(windows);
        }
    }

    /** The pattern of this name; {@code node} is only for {@code isolate} (null: a random running node). */
    static Nemesis of(NemesisPattern pattern, NodeId node) {
        return switch (pattern) {
            case HALVES -> new Halves();
            case RANDOM_HALVES -> new RandomHalves();
            case ISOLATE -> new Isolate(node);
            case BRIDGE -> new Bridge();
            case MAJORITIES_RING -> new MajoritiesRing();
        };
    }
}
