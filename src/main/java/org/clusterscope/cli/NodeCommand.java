package org.clusterscope.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.clusterscope.protocol.ProtocolConfig;
import org.clusterscope.protocol.Strategy;
import org.clusterscope.runtime.StandaloneNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code node --name n1}: one node on the real network. It joins the cluster by multicast,
 * narrates its role changes and the peers it finds and loses as {@code run} does, answers
 * queries, and takes a few commands on standard input ({@code q} quits gracefully). Ctrl-C is a
 * crash: the node says nothing, and its peers find out by silence.
 */
@Command(name = "node", mixinStandardHelpOptions = true,
        description = {"Joins a cluster on the real network as one node: multicast beacons, TCP and Unix-socket "
                + "messages, the same protocol as the simulator. Prints its role changes and the peers it finds "
                + "and loses.",
            "On standard input: q (quit gracefully), peers, query [TAG...], tags A,B, restart, help. "
                + "Ctrl-C is a crash: peers find out by silence."})
public final class NodeCommand implements Callable<Integer> {

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The node's name, unique in the cluster.")
    String name;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8081",
            description = "TCP port to listen on and to rank by under --strategy port (default ${DEFAULT-VALUE}); "
                    + "a busy port is replaced by a free one.")
    int port;

    @Option(names = "--strategy", paramLabel = "port|time", defaultValue = "port",
            description = "Vote for the lowest port or for the earliest start (default ${DEFAULT-VALUE}).")
    String strategy;

    @Option(names = "--heartbeat", paramLabel = "DURATION", defaultValue = "1000",
            description = "Beacon interval, e.g. 1000, 1500ms or 2s (default ${DEFAULT-VALUE} ms).")
    String heartbeat;

    @Option(names = "--ttl", paramLabel = "DURATION", defaultValue = "3500",
            description = "How long a silent peer is kept before it counts as lost (default ${DEFAULT-VALUE} ms).")
    String ttl;

    @Option(names = "--tags", paramLabel = "A,B", split = ",", description = "The node's tags.")
    List<String> tags = new ArrayList<>();

    @Mixin
    GroupOptions network = new GroupOptions();

    @Option(names = "--on-master", paramLabel = "CMD", description = "Shell command run each time the node becomes "
            + "master (needs --allow-scripts).")
    String onMaster;

    @Option(names = "--on-slave", paramLabel = "CMD", description = "Shell command run each time the node becomes "
            + "a slave (needs --allow-scripts).")
    String onSlave;

    @Option(names = "--allow-scripts", description = "Allow --on-master and --on-slave to run shell commands.")
    boolean allowScripts;

    @Option(names = "--debug", description = "Also print every packet sent, delivered and dropped, and every vote count.")
    boolean debug;

    @Spec
    CommandSpec spec;

    /** Standard input; tests hand their own. */
    InputStream input = System.in;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        NodeOptions options = NodeOptions.read(this, err);
        if (options == null) {
            return ExitCodes.INVALID;
        }
        String problem = StandaloneNode.multicastProblem(options.group(), network.remote);
        if (problem != null) {
            err.println("cannot join the cluster: " + problem);
            err.flush();
            return ExitCodes.FAILED;
        }
        NodeConsole console = new NodeConsole(out, debug);
        try (StandaloneNode node = new StandaloneNode(name, port, tags, options.protocol(), options.group(),
                network.remote, console)) {
            new RoleScripts(onMaster, onSlave, line -> console.print(NodeConsole.now() + line)).install(node);
            console.answerQueries(node);
            console.print(node.id() + " listens on " + node.listening());
            console.print("Type q and Enter to quit gracefully; Ctrl-C crashes the node (peers find out by silence).");
            node.start();
            CountDownLatch quit = new CountDownLatch(1);
            Thread reader = new Thread(() -> readCommands(console, node, quit), "node-console");
            reader.setDaemon(true);
            reader.start();
            try {
                quit.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            node.quit();
        }
        return ExitCodes.OK;
    }

    /** Reads commands until {@code q}; at the end of the input the node keeps running (started in the background). */
    private void readCommands(NodeConsole console, StandaloneNode node, CountDownLatch quit) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!console.command(node, line.trim())) {
                    quit.countDown();
                    return;
                }
            }
        } catch (IOException e) {
            // no more input: the node runs on until it is killed
        }
    }

    /** The options, checked; null after printing why they are wrong. */
    record NodeOptions(ProtocolConfig protocol, InetSocketAddress group) {

        static NodeOptions read(NodeCommand c, PrintWriter err) {
            if ((c.onMaster != null || c.onSlave != null) && !c.allowScripts) {
                err.println((c.onMaster != null ? "--on-master" : "--on-slave")
                        + " runs a shell command on this machine; add --allow-scripts to allow it");
                err.flush();
                return null;
            }
            if (c.name.isBlank()) {
                return fail(err, "--name must not be blank");
            }
            if (c.port <= 0 || c.port > 65_535) {
                return fail(err, "invalid --port " + c.port + ": expected 1..65535");
            }
            Strategy strategy;
            try {
                strategy = Strategy.parse(c.strategy);
            } catch (IllegalArgumentException e) {
                return fail(err, "invalid --strategy '" + c.strategy + "': expected port or time");
            }
            Long heartbeat = Durations.parse(c.heartbeat, err, "--heartbeat");
            Long ttl = heartbeat == null ? null : Durations.parse(c.ttl, err, "--ttl");
            if (heartbeat == null || ttl == null) {
                return null;
            }
            if (heartbeat < 1_000 || ttl < 1_000) {
                return fail(err, "--heartbeat and --ttl must be at least 1ms");
            }
            InetSocketAddress group = c.network.check(err);
            if (group == null) {
                return null;
            }
            ProtocolConfig protocol = ProtocolConfig.defaults().withStrategy(strategy)
                    .withTimings(heartbeat / 1_000, ttl / 1_000);
            return new NodeOptions(protocol, group);
        }

        private static NodeOptions fail(PrintWriter err, String text) {
            err.println(text);
            err.flush();
            return null;
        }
    }
}
