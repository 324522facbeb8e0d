package org.clusterscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;

import org.clusterscope.core.NodeId;
import org.clusterscope.node.ClusterNode;
import org.clusterscope.runtime.LiveCluster;

/**
 * The role hooks of a standalone node (PROTOCOL.md §3 rule 6): a shell command run each time the
 * node becomes master or slave, only when {@code --allow-scripts} was given. The command runs in
 * the background with the node's name, role and master in its environment, so a slow script
 * never holds up the protocol.
 */
final class RoleScripts {

    private final String onMaster;
    private final String onSlave;
    private final PrintWriter out;

    RoleScripts(String onMaster, String onSlave, PrintWriter out) {
        this.onMaster = onMaster;
        this.onSlave = onSlave;
        this.out = out;
    }

    void install(LiveCluster cluster, NodeId id) {
        cluster.onNode(id, node -> {
            if (onMaster != null) {
                node.onBecomeMaster(n -> run(onMaster, "master", n));
            }
            if (onSlave != null) {
                node.onBecomeSlave(n -> run(onSlave, "slave", n));
            }
            return null;
        });
    }

    private void run(String command, String role, ClusterNode node) {
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", command).inheritIO();
        Map<String, String> env = builder.environment();
        env.put("CLUSTERSCOPE_NODE", node.id().value());
        env.put("CLUSTERSCOPE_ROLE", role);
        env.put("CLUSTERSCOPE_MASTER", node.master() == null ? "" : node.master().value());
        try {
            builder.start();
            say("--on-" + role + ": started " + command);
        } catch (IOException e) {
            say("--on-" + role + ": could not start '" + command + "': " + e.getMessage());
        }
    }

    private void say(String line) {
        synchronized (out) {
            out.println(NodeConsole.timeOfDay(System.currentTimeMillis() * 1_000) + line);
            out.flush();
        }
    }
}
