package org.clusterscope.scenario.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.SimTime;
import org.clusterscope.net.LinkView;
import org.clusterscope.runtime.ClusterView;
import org.clusterscope.runtime.GdbPicture;

/**
 * The convergence promise of PROTOCOL.md §7: once the network has been whole (one component,
 * every link up and lossless, the same nodes running) and no record has been written for two sync
 * periods, every running holder of a cluster holds the same version of every key. Until then,
 * replicas may differ: that is how records spread. It keeps, step to step, since when the network
 * has been whole, so one instance watches one run.
 */
public final class GdbReplicasAgree implements Invariant {

    /** Two sync periods: every holder has sent its records to every other once, and they arrived. */
    static final long SETTLE_MICROS = SimTime.ms(2000);

    private String shape;
    private long wholeSince = -1;

    @Override
    public String name() {
        return "gdbReplicasAgree";
    }

    @Override
    public String violation(ClusterView sim) {
        List<String> clusters = sim.gdbClusters();
        if (clusters.isEmpty()) {
            return null;
        }
        String now = shape(sim);
        if (now == null) {
            shape = null;
            wholeSince = -1;
            return null;
        }
        if (!now.equals(shape)) {
            shape = now;
            wholeSince = sim.now();
        }
        List<NodeId> running = sim.nodeIds().stream().filter(sim::isRunning).toList();
        long latestWrite = Long.MIN_VALUE;
        for (NodeId id : running) {
            for (GdbPicture.Row row : sim.gdbReplicas(id)) {
                latestWrite = Math.max(latestWrite, row.timestamp());
            }
        }
        if (sim.now() - Math.max(wholeSince, latestWrite) < SETTLE_MICROS) {
            return null;
        }
        for (String cluster : clusters) {
            NodeId first = null;
            List<GdbPicture.Row> reference = null;
            for (NodeId id : running) {
                if (!sim.gdbHolds(id, cluster)) {
                    continue;
                }
                List<GdbPicture.Row> held = sim.gdbReplicas(id).stream().filter(r -> cluster.equals(r.cluster())).toList();
                if (reference == null) {
                    first = id;
                    reference = held;
                } else if (!Objects.equals(held, reference)) {
                    return "replicas of " + cluster + " differ after the network was whole for "
                            + SimTime.format(sim.now() - wholeSince) + ": " + first + " holds " + describe(reference)
                            + ", " + id + " holds " + describe(held);
                }
            }
        }
        return null;
    }

    /** The running set when the network is whole, else null. */
    private static String shape(ClusterView sim) {
        for (LinkView link : sim.links()) {
            if (!link.live() || link.settings().loss() > 0) {
                return null;
            }
        }
        if (sim.components().size() > 1) {
            return null;
        }
        List<String> running = new ArrayList<>();
        for (NodeId id : sim.nodeIds()) {
            if (sim.isRunning(id)) {
                running.add(id.value());
            }
        }
        return String.join(",", running);
    }

    private static String describe(List<GdbPicture.Row> rows) {
        List<String> parts = new ArrayList<>();
        for (GdbPicture.Row r : rows) {
            parts.add(r.group() + "/" + r.key() + "=" + (r.value() == null ? "(deleted)" : r.value()) + " by "
                    + r.writer() + " at " + SimTime.format(r.timestamp()));
        }
        return parts.isEmpty() ? "nothing" : String.join(", ", parts);
    }
}
