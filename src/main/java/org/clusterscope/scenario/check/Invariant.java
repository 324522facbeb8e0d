package org.clusterscope.scenario.check;

import org.clusterscope.runtime.ClusterView;
import org.clusterscope.scenario.InvariantKind;

/**
 * A property of the simulation's present state that should hold after every step (STYLE.md §4,
 * after Kafka's {@code SingleLeader}). {@link InvariantMonitor} feeds it step by step and applies
 * {@code from} and {@code grace}.
 */
public interface Invariant {

    /** The name in files and results, e.g. {@code atMostOneMasterPerComponent}. */
    String name();

    /** What is wrong now, in words, or null when the property holds. */
    String violation(ClusterView sim);

    /** The invariant an {@code always} expectation names. */
    static Invariant of(InvariantKind kind) {
        return switch (kind) {
            case AT_MOST_ONE_MASTER_PER_COMPONENT -> new AtMostOneMasterPerComponent();
            case AT_MOST_ONE_MASTER -> new AtMostOneMaster();
            case GDB_REPLICAS_AGREE -> new GdbReplicasAgree();
        };
    }
}
