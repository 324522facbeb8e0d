package org.clusterscope.node;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Actions run when a node becomes master or slave (PROTOCOL.md §3 rule 6). In the simulator
 * these log, change tags or ask a query; they run on the simulation thread, after the state
 * change has been published.
 */
final class RoleHooks {

    private final List<Consumer<ClusterNode>> onMaster = new ArrayList<>();
    private final List<Consumer<ClusterNode>> onSlave = new ArrayList<>();

    void addOnMaster(Consumer<ClusterNode> action) {
        onMaster.add(action);
    }

    void addOnSlave(Consumer<ClusterNode> action) {
        onSlave.add(action);
    }

    void becameMaster(ClusterNode node) {
        onMaster.forEach(action -> action.accept(node));
    }

    void becameSlave(ClusterNode node) {
        onSlave.forEach(action -> action.accept(node));
    }
}
