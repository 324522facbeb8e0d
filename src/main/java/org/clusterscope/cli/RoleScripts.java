package org.clusterscope.cli;

import java.io.IOException;
import java.util.Map;
import java.util.function.Consumer;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.runtime.StandaloneNode;

/**
 * The role hooks of a standalone node (PROTOCOL.md §3 rule 6): a shell command run each time the
 * node becomes master or slave, only when {@code --allow-scripts} was given. The command runs in
 * the background with the node's name, role and master in its environment, so a slow script
 * never holds up the protocol.
 */
final class RoleScripts {

    private final String onMaster;
    private final String onSlave;
    private final Consumer<String> say;

    RoleScripts(String onMaster, String onSlave, Consumer<String> say) {
        this.onMaster = onMaster;
        this.onSlave = onSlave;
        this.say = say;
    }

    void install(StandaloneNode node) {
        if (onMaster == null && onSlave == null) {
            return;
        }
        NodeId id = node.id();
        node.onRoleChange((state, master) -> {
            String command = state == NodeState.MASTER ? onMaster : onSlave;
            if (command != null) {
                run(command, state == NodeState.MASTER ? "master" : "slave", id, master);
            }
        });
    }

    private void run(String command, String role, NodeId id, NodeId master) {
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", command).inheritIO();
        Map<String, String> env = builder.environment();
        env.put("CLUSTERSCOPE_NODE", id.value());
        env.put("CLUSTERSCOPE_ROLE", role);
        env.put("CLUSTERSCOPE_MASTER", master == null ? "" : master.value());
        try {
            builder.start();
            say.accept("--on-" + role + ": started " + command);
        } catch (IOException e) {
            say.accept("--on-" + role + ": could not start '" + command + "': " + e.getMessage());
        }
    }
}
