package org.clusterscope.cli;

import java.io.PrintWriter;
import java.net.InetSocketAddress;

import org.clusterscope.runtime.StandaloneNode;

import picocli.CommandLine.Option;

/**
 * The multicast group and reach shared by {@code node} and {@code observe}: both must hear the
 * same cluster, so they read these two options the same way and refuse the same bad values.
 */
final class GroupOptions {

    @Option(names = "--group", paramLabel = "ADDRESS:PORT", defaultValue = "230.230.230.230:23000",
            description = "Multicast group (default ${DEFAULT-VALUE}, the Tcl cluster package's).")
    String group;

    @Option(names = "--remote", paramLabel = "TTL", defaultValue = "0",
            description = "Multicast TTL (default ${DEFAULT-VALUE}: this host only, and packets from other hosts "
                    + "are dropped); above 0 other hosts are heard too.")
    int remote;

    /** The group's address, or null after printing why the options are wrong. */
    InetSocketAddress check(PrintWriter err) {
        if (remote < 0 || remote > 255) {
            return fail(err, "invalid --remote " + remote + ": expected a multicast TTL in 0..255");
        }
        try {
            return StandaloneNode.parseGroup(group);
        } catch (IllegalArgumentException e) {
            return fail(err, "invalid --group " + e.getMessage());
        }
    }

    private static InetSocketAddress fail(PrintWriter err, String text) {
        err.println(text);
        err.flush();
        return null;
    }
}
