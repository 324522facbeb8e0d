package org.clusterscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.clusterscope.testkit.ChildProcess;
import org.clusterscope.testkit.NetNamespace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Standalone nodes as a user runs them, each in its own process, on multicast inside a private
 * network namespace (no packet touches the host's network; skipped with a printed reason where a
 * namespace cannot be made). Every wait is on a line of output, with a generous timeout as a
 * safety net.
 */
class NodeProcessTest {

    private static final long PATIENCE_MS = 60_000;

    @TempDir
    static Path temp;

    private static ChildProcess node(NetNamespace namespace, String name, List<String> options) {
        List<String> args = new ArrayList<>(List.of("node", "--name", name, "--heartbeat", "500", "--ttl", "2000"));
        args.addAll(options);
        return ChildProcess.start(name, namespace.command(ChildProcess.java(temp, "org.clusterscope.Main", args)));
    }

    private static ChildProcess observer(NetNamespace namespace) {
        return ChildProcess.start("observe", namespace.command(ChildProcess.java(temp, "org.clusterscope.Main",
                List.of("observe", "--ttl", "2000"))));
    }

    @Test
    void threeNodesInThreeProcessesElectAMasterAndElectAgainWhenOneStops() {
        try (NetNamespace namespace = NetNamespace.create();
                ChildProcess observe = observer(namespace);
                ChildProcess n1 = node(namespace, "n1", List.of("--port", "8081", "--tags", "db"))) {
            observe.await("observing", PATIENCE_MS);
            n1.await("n1 starts (port 8081)", PATIENCE_MS);
            try (ChildProcess n2 = node(namespace, "n2", List.of("--port", "8082", "--allow-scripts",
                        "--on-master", "echo SCRIPT $CLUSTERSCOPE_NODE is $CLUSTERSCOPE_ROLE"));
                    // n1 holds 8081 already: n3 is told, and listens on a free port instead
                    ChildProcess n3 = node(namespace, "n3", List.of("--port", "8081"))) {
                n3.await("port 8081 is busy; n3 listens on port", PATIENCE_MS);

                n1.await("n1 becomes MASTER", PATIENCE_MS);
                n2.await("n2 is slave of n1", PATIENCE_MS);
                n3.await("n3 is slave of n1", PATIENCE_MS);
                // on a busy machine the observer may first hear n1 once it already leads: then its
                // first line about n1 says so ("n1 appears: port 8081, master, …")
                observe.await("n1 shown as master", each -> each.contains("n1 is now MASTER")
                        || each.contains("n1 appears") && each.contains(", master,"), PATIENCE_MS);
                observe.await("n1 appears", each -> each.contains("n1 appears") && each.contains("tags db"),
                        PATIENCE_MS);

                // Ctrl-C, or a power cut: the master says nothing, and its peers find out by silence
                n1.crash();
                n2.await("n2 loses n1", PATIENCE_MS);
                n2.await("n2 becomes MASTER", PATIENCE_MS);
                n3.await("n3 is slave of n2", PATIENCE_MS);
                n2.await("SCRIPT n2 is master", PATIENCE_MS);
                observe.await("n1 is lost", PATIENCE_MS);

                // n1 comes back, takes the lead again (lowest port), then leaves gracefully with q
                try (ChildProcess again = node(namespace, "n1", List.of("--port", "8081"))) {
                    again.await("n1 becomes MASTER", PATIENCE_MS);
                    n2.await("n2 steps down, slave of n1", PATIENCE_MS);
                    again.type("q");
                    assertThat(again.awaitExit(PATIENCE_MS)).as("exit status after q").isZero();
                    assertThat(again.output()).contains("n1 quits gracefully, saying goodbye");
                }
                n2.await("n2 records the goodbye of n1", PATIENCE_MS);
                n3.await("n3 records the goodbye of n1", PATIENCE_MS);
                observe.await("n1 leaves: goodbye", PATIENCE_MS);

                // a second node named n2: the first one says so (their packets read as one node's)
                try (ChildProcess namesake = node(namespace, "n2", List.of("--port", "8090"))) {
                    n2.await("another node on the group is named n2 too (TCP port 8090)", PATIENCE_MS);
                }
                assertThat(n2.output()).doesNotContain("Exception");
            }
        }
    }
}
