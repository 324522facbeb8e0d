package org.clusterscope.runtime;

import java.util.List;
import java.util.Optional;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.net.LinkView;
import org.clusterscope.node.NodeSnapshot;
import org.clusterscope.protocol.ProtocolConfig;

/**
 * A running cluster as the checks, the command line and the window see it: read-only, so
 * nothing outside {@code runtime} can change a node's tables or the network behind the
 * commands' back. Call it on the thread that runs the cluster.
 */
public interface ClusterView {

    /** The time now, in microseconds (virtual in the simulator). */
    long now();

    ProtocolConfig protocol();

    /** Every node id, in scenario order. */
    List<NodeId> nodeIds();

    NodeState state(NodeId id);

    /** The master {@code id} names, or null. */
    NodeId master(NodeId id);

    default boolean isRunning(NodeId id) {
        return state(id).isRunning();
    }

    /** Whether {@code id} lists {@code peer} as connected. */
    boolean isConnected(NodeId id, NodeId peer);

    NodeSnapshot snapshot(NodeId id);

    /** Every node's snapshot, in scenario order. */
    List<NodeSnapshot> snapshots();

    /**
     * The {@code @master} of SCENARIO_FORMAT.md: the running node in state master; if several
     * are, the one named by most running nodes, ties in scenario order; empty if none is.
     */
    Optional<NodeId> currentMaster();

    /** Every link, in the order it was first made. */
    List<LinkView> links();

    /**
     * The value {@code id} holds in its global database for {@code group}/{@code key} now
     * (PROTOCOL.md §7): empty when it holds none, the record is deleted or expired, or the
     * cluster has no GDB.
     */
    default Optional<String> gdbValue(NodeId id, String group, String key) {
        return Optional.empty();
    }

    /**
     * The replicated records {@code id} holds now, deletions included, by group and key (local
     * groups left out); empty when the cluster has no GDB.
     */
    default List<GdbPicture.Row> gdbReplicas(NodeId id) {
        return List.of();
    }

    /** Whether {@code id} holds the records of the GDB cluster named {@code cluster}. */
    default boolean gdbHolds(NodeId id, String cluster) {
        return false;
    }

    /** The names of the GDB clusters; empty when there are none. */
    default List<String> gdbClusters() {
        return List.of();
    }

    /** The groups of running nodes that can reach each other over live links now. */
    List<List<NodeId>> components();
}
