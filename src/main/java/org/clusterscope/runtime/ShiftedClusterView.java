package org.clusterscope.runtime;

import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.net.LinkView;
import org.clusterscope.node.NodeSnapshot;
import org.clusterscope.protocol.ProtocolConfig;

/**
 * A cluster seen through another clock: every question goes to {@code view}, but the time is
 * {@code now} and the GDB records' instants are counted from {@code origin}. A live run's checks
 * read the real nodes this way, as time since the run began, or with the time held at one look.
 */
public record ShiftedClusterView(ClusterView view, LongSupplier clock, long origin) implements ClusterView {

    /** {@code view} with its clock and its records read as time since {@code origin}. */
    public static ClusterView since(ClusterView view, long origin) {
        return new ShiftedClusterView(view, () -> view.now() - origin, origin);
    }

    /** {@code view} with its time standing still at {@code now}: the nodes go on, the clock does not. */
    public static ClusterView at(ClusterView view, long now) {
        return new ShiftedClusterView(view, () -> now, 0);
    }

    @Override
    public long now() {
        return clock.getAsLong();
    }

    @Override
    public ProtocolConfig protocol() {
        return view.protocol();
    }

    @Override
    public List<NodeId> nodeIds() {
        return view.nodeIds();
    }

    @Override
    public NodeState state(NodeId id) {
        return view.state(id);
    }

    @Override
    public NodeId master(NodeId id) {
        return view.master(id);
    }

    @Override
    public boolean isConnected(NodeId id, NodeId peer) {
        return view.isConnected(id, peer);
    }

    @Override
    public NodeSnapshot snapshot(NodeId id) {
        return view.snapshot(id);
    }

    @Override
    public List<NodeSnapshot> snapshots() {
        return view.snapshots();
    }

    @Override
    public Optional<NodeId> currentMaster() {
        return view.currentMaster();
    }

    @Override
    public List<LinkView> links() {
        return view.links();
    }

    @Override
    public List<List<NodeId>> components() {
        return view.components();
    }

    @Override
    public Optional<String> gdbValue(NodeId id, String group, String key) {
        return view.gdbValue(id, group, key);
    }

    @Override
    public List<GdbPicture.Row> gdbReplicas(NodeId id) {
        List<GdbPicture.Row> rows = view.gdbReplicas(id);
        return origin == 0 ? rows : rows.stream().map(row -> row.since(origin)).toList();
    }

    @Override
    public boolean gdbHolds(NodeId id, String cluster) {
        return view.gdbHolds(id, cluster);
    }

    @Override
    public List<String> gdbClusters() {
        return view.gdbClusters();
    }
}
