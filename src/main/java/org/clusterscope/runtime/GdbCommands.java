package org.clusterscope.runtime;

import java.util.function.Predicate;
import java.util.function.Supplier;

import org.clusterscope.core.NodeId;
import org.clusterscope.gdb.GdbNode;

/**
 * The GDB commands (PROTOCOL.md §7) as both composition roots apply them: a node writes or
 * deletes a record, a network goes down or comes back. A run without GDB clusters skips each
 * with a warning. {@link Simulation} and {@link LiveCluster} differ only in how they reach a
 * node's database ({@link NodeDatabases}), so that is all they give.
 */
final class GdbCommands {

    /** How a root runs a change on one node's database: at once on the simulation thread, or on the node's own thread. */
    @FunctionalInterface
    interface NodeDatabases {
        /** Applies {@code change} to {@code node}'s database and returns its answer. */
        boolean change(NodeId node, Predicate<GdbNode> change);
    }

    private final ClusterControl control;
    private final Supplier<GdbLayer> layer;
    private final String root;
    private final NodeDatabases databases;

    /**
     * @param control   where warnings go
     * @param layer     the run's GDB layer, read at each command; null until configured, or for a run without GDB
     * @param root      the root as the warning names it: "this simulation", "this live cluster"
     * @param databases how a node's database is reached
     */
    GdbCommands(ClusterControl control, Supplier<GdbLayer> layer, String root, NodeDatabases databases) {
        this.control = control;
        this.layer = layer;
        this.root = root;
        this.databases = databases;
    }

    boolean write(NodeId node, String group, String key, String value, Command command) {
        return present(command) != null && databases.change(node, gdb -> gdb.write(group, key, value).applied());
    }

    boolean delete(NodeId node, String group, String key, Command command) {
        return present(command) != null && databases.change(node, gdb -> gdb.delete(group, key).applied());
    }

    boolean setNetDown(String net, boolean down, Command command) {
        GdbLayer current = present(command);
        return current != null && current.setNetDown(net, down, command, control);
    }

    /** The layer, or null after warning that the run has none. */
    private GdbLayer present(Command command) {
        GdbLayer current = layer.get();
        if (current == null) {
            control.warn(command.describe() + ": " + root + " runs no GDB clusters, so the command is skipped");
        }
        return current;
    }
}
